import rule from '../../rules/unpinned-base-image.js';
import { df, runRuleTests } from '../rule-tester.js';

const REPOS = '/etc/apk/repositories';
const echo = (release: string, channel = 'main', op = '>') => `RUN echo "https://dhi.io/apk/alpine/v${release}/${channel}" ${op} ${REPOS}`;
const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

runRuleTests(rule, {
  valid: [
    { name: 'pinned base', code: df('FROM alpine:3.23', echo('3.23')) },
    { name: 'pinned by tag and digest', code: df(`FROM alpine:3.24@${DIGEST}`, echo('3.24')) },
    { name: 'unpinned base, release computed from /etc/alpine-release', code: df('FROM alpine', `RUN echo "https://dhi.io/apk/alpine/v$(cut -d. -f1,2 /etc/alpine-release)/main" > ${REPOS}`) },
    { name: 'release from the FROM\'s ARG with no default', code: df('ARG ALPINE', 'FROM alpine:${ALPINE}', 'ARG ALPINE', `RUN echo "https://dhi.io/apk/alpine/v\${ALPINE}/main" > ${REPOS}`) },
    { name: 'unpinned base with upstream repositories only', code: df('FROM alpine:latest', 'RUN apk add curl') },
    { name: 'base given with --build-arg', buildArgs: { BASE: 'alpine:3.23' }, code: df('ARG BASE', 'FROM ${BASE}', echo('3.23')) },
    { name: 'DHI dev base, pinned', code: df('FROM dhi.io/alpine-base:3.24-dev', 'RUN apk add curl') },
    { name: 'not Alpine', code: df('FROM debian:trixie-slim', 'RUN apt-get update') },
  ],
  invalid: [
    {
      name: 'the repository is for a release Docker does not serve: no pin to it is offered',
      code: df('FROM alpine', echo('3.22')),
      errors: [{ messageId: 'unpinned', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'no tag',
      unsafe: true,
      code: df('FROM alpine', echo('3.23'), 'RUN apk add curl'),
      errors: [{ messageId: 'unpinned', line: 1, column: 6, endLine: 1, endColumn: 12, message: 'uses the Alpine 3.23 hardened repository, but the base image alpine does not pin an Alpine release' }],
      output: df('FROM alpine:3.23', echo('3.23'), 'RUN apk add curl'),
    },
    {
      name: 'latest, with a platform flag and a stage name',
      unsafe: true,
      code: df('FROM --platform=$BUILDPLATFORM docker.io/library/alpine:latest AS build', echo('3.24')),
      errors: [{ messageId: 'unpinned', line: 1, column: 32, endColumn: 63 }],
      output: df('FROM --platform=$BUILDPLATFORM docker.io/library/alpine:3.24 AS build', echo('3.24')),
    },
    {
      name: 'major-only tag, -X repository',
      unsafe: true,
      code: df('FROM alpine:3', 'RUN apk add -X https://dhi.io/apk/alpine/v3.24/main curl'),
      errors: [{ messageId: 'unpinned', line: 1, column: 6, endColumn: 14 }],
      output: df('FROM alpine:3.24', 'RUN apk add -X https://dhi.io/apk/alpine/v3.24/main curl'),
    },
    {
      name: 'unversioned -alpine variant',
      unsafe: true,
      code: df('FROM node:22-alpine', echo('3.23')),
      errors: [{ messageId: 'unpinned', line: 1, column: 6, endColumn: 20, message: 'node:22-alpine' }],
      output: df('FROM node:22-alpine3.23', echo('3.23')),
    },
    {
      name: 'the safe fixes alone leave it',
      code: df('FROM alpine', echo('3.23')),
      errors: [{ messageId: 'unpinned', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'ARG with no default: no fix',
      unsafe: true,
      code: df('ARG BASE', 'FROM ${BASE}', echo('3.23')),
      errors: [{ messageId: 'variable', line: 2, column: 6, endColumn: 13, message: 'the base image comes from the build argument BASE, which has no default' }],
    },
    {
      name: 'ARG whose default is unpinned: reported, no fix on the variable',
      unsafe: true,
      code: df('ARG IMAGE=alpine', 'FROM ${IMAGE}', echo('3.23')),
      errors: [{ messageId: 'unpinned', line: 2, column: 6, endColumn: 14, message: 'base image alpine does not pin' }],
    },
    {
      name: 'digest only: no fix',
      unsafe: true,
      code: df(`FROM alpine@${DIGEST}`, echo('3.23')),
      errors: [{ messageId: 'digestOnly', line: 1, column: 6, endColumn: 84, message: 'pinned by digest only' }],
    },
    {
      name: 'DHI base without a tag: no fix',
      unsafe: true,
      code: df('FROM dhi.io/alpine-base', echo('3.23')),
      errors: [{ messageId: 'unpinned', line: 1, column: 6 }],
    },
    {
      name: 'repositories of two releases: no fix',
      unsafe: true,
      code: df('FROM alpine', echo('3.23'), echo('3.24', 'security', '>>')),
      errors: [{ messageId: 'unpinned', line: 1, column: 6 }],
    },
    {
      name: 'multi-stage: the child\'s repository, reported once on the parent image',
      unsafe: true,
      code: df('FROM alpine:latest AS base', echo('3.23'), 'FROM base', echo('3.23', 'security', '>>'), 'FROM alpine:3.23', echo('3.23')),
      errors: [{ messageId: 'unpinned', line: 1, column: 6, endColumn: 19 }],
      output: df('FROM alpine:3.23 AS base', echo('3.23'), 'FROM base', echo('3.23', 'security', '>>'), 'FROM alpine:3.23', echo('3.23')),
    },
    {
      name: 'heredoc RUN',
      unsafe: true,
      code: df('FROM alpine', 'RUN <<EOF', `echo https://dhi.io/apk/alpine/v3.24/main > ${REPOS}`, 'apk add curl', 'EOF'),
      errors: [{ messageId: 'unpinned', line: 1, column: 6 }],
      output: df('FROM alpine:3.24', 'RUN <<EOF', `echo https://dhi.io/apk/alpine/v3.24/main > ${REPOS}`, 'apk add curl', 'EOF'),
    },
    {
      name: 'continuation with a comment line',
      unsafe: true,
      code: df('FROM alpine:latest', 'RUN apk update && \\', '# from the hardened repository', '    apk add -X https://dhi.io/apk/alpine/v3.23/main openssl'),
      errors: [{ messageId: 'unpinned', line: 1, column: 6 }],
      output: df('FROM alpine:3.23', 'RUN apk update && \\', '# from the hardened repository', '    apk add -X https://dhi.io/apk/alpine/v3.23/main openssl'),
    },
    {
      name: 'CRLF kept',
      unsafe: true,
      code: `FROM alpine\r\n${echo('3.24')}\r\n`,
      errors: [{ messageId: 'unpinned', line: 1, column: 6 }],
      output: `FROM alpine:3.24\r\n${echo('3.24')}\r\n`,
    },
  ],
});
