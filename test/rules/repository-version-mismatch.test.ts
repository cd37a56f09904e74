import rule from '../../rules/repository-version-mismatch.js';
import { df, runRuleTests } from '../rule-tester.js';

const REPOS = '/etc/apk/repositories';
const echo = (release: string, channel = 'main') => `RUN echo "https://dhi.io/apk/alpine/v${release}/${channel}" > ${REPOS}`;

runRuleTests(rule, {
  valid: [
    { name: 'the global ARG declared in the stage', code: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories') },
    { name: 'a base image whose own environment may set the variable: unknown, not empty', code: df('ARG NODE_VERSION=22', 'FROM node:${NODE_VERSION}-alpine3.23', 'RUN echo "https://dhi.io/apk/alpine/v${NODE_VERSION}/main" > /etc/apk/repositories') },
    { name: 'apt: suite matches the base', code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list') },
    { name: 'apt: suite from the FROM ARG', code: df('ARG CODENAME=trixie', 'FROM debian:${CODENAME}', 'ARG CODENAME', 'RUN echo "deb https://dhi.io/deb/debian/main ${CODENAME} main" > /etc/apt/sources.list.d/dhi.list') },
    { name: 'same release', code: df('FROM alpine:3.24', echo('3.24'), 'RUN apk add curl') },
    { name: 'patch tag and digest', code: df('FROM alpine:3.23.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', echo('3.23')) },
    { name: 'release computed from /etc/alpine-release', code: df('FROM alpine:3.24', `RUN echo "https://dhi.io/apk/alpine/v$(cut -d. -f1,2 /etc/alpine-release)/main" > ${REPOS}`) },
    { name: 'release from the FROM\'s own ARG', code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE}', 'ARG ALPINE', `RUN echo "https://dhi.io/apk/alpine/v\${ALPINE}/main" > ${REPOS}`) },
    { name: 'release from the FROM\'s ARG overridden on the command line', buildArgs: { ALPINE: '3.24' }, code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE}', 'ARG ALPINE', `RUN echo "https://dhi.io/apk/alpine/v\${ALPINE}/main" > ${REPOS}`) },
    { name: 'DHI dev base with its own repositories', code: df('FROM dhi.io/golang:1.26-alpine3.23-dev', 'RUN apk add git') },
    { name: 'unpinned base is unpinned-base-image\'s business', code: df('FROM alpine:latest', echo('3.23')) },
    { name: 'upstream URLs are not hardened', code: df('FROM alpine:3.24', `RUN echo "https://dl-cdn.alpinelinux.org/alpine/v3.23/main" > ${REPOS}`) },
    { name: 'child stage of a matching parent', code: df('FROM alpine:3.23 AS base', echo('3.23'), 'FROM base', 'RUN apk add -X https://dhi.io/apk/alpine/v3.23/main git') },
  ],
  invalid: [
    {
      name: 'a global ARG the stage does not declare is empty in its RUN: the repository has no release',
      code: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE}', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories', 'RUN apk add curl'),
      errors: [{ messageId: 'undeclaredArg', line: 3, column: 10, message: 'the repository written is https://dhi.io/apk/alpine/v/main' }],
      output: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories', 'RUN apk add curl'),
    },
    {
      name: 'repository one release behind',
      code: df('FROM alpine:3.24', echo('3.23'), 'RUN apk add curl'),
      errors: [{ messageId: 'mismatch', line: 2, column: 37, endLine: 2, endColumn: 42, message: 'The repository is for Alpine 3.23, but the base image alpine:3.24 is Alpine 3.24' }],
      output: df('FROM alpine:3.24', echo('3.24'), 'RUN apk add curl'),
    },
    {
      name: '-X on the command line, Alpine in the tag',
      code: df('FROM golang:1.26-alpine3.23', 'RUN apk add --no-cache -X https://dhi.io/apk/alpine/v3.24/main git'),
      errors: [{ messageId: 'mismatch', line: 2, column: 53, endColumn: 58, message: 'golang:1.26-alpine3.23 is Alpine 3.23' }],
      output: df('FROM golang:1.26-alpine3.23', 'RUN apk add --no-cache -X https://dhi.io/apk/alpine/v3.23/main git'),
    },
    {
      name: 'base release not served: reported, no fix',
      code: df('FROM alpine:3.22', echo('3.23')),
      errors: [{ messageId: 'mismatch', line: 2, column: 37, message: 'alpine:3.22 is Alpine 3.22' }],
    },
    {
      name: 'edge base: reported, no fix',
      code: df('FROM alpine:edge', echo('3.24')),
      errors: [{ messageId: 'mismatch', line: 2, column: 37, message: 'is Alpine edge' }],
    },
    {
      name: 'printf with two URLs',
      code: df('FROM alpine:3.23', `RUN printf '%s\\n' https://dhi.io/apk/alpine/v3.24/main https://dhi.io/apk/alpine/v3.24/security > ${REPOS}`),
      errors: [
        { messageId: 'mismatch', line: 2, column: 45 },
        { messageId: 'mismatch', line: 2, column: 82, endColumn: 87 },
      ],
      output: df('FROM alpine:3.23', `RUN printf '%s\\n' https://dhi.io/apk/alpine/v3.23/main https://dhi.io/apk/alpine/v3.23/security > ${REPOS}`),
    },
    {
      name: 'DHI dev base, heredoc COPY',
      code: df('FROM dhi.io/python:3.14-alpine3.24-fips-dev', `COPY <<EOF ${REPOS}`, 'https://dhi.io/apk/alpine/v3.23/main', 'EOF'),
      errors: [{ messageId: 'mismatch', line: 3, column: 27, endColumn: 32, message: 'dhi.io/python:3.14-alpine3.24-fips-dev is Alpine 3.24' }],
      output: df('FROM dhi.io/python:3.14-alpine3.24-fips-dev', `COPY <<EOF ${REPOS}`, 'https://dhi.io/apk/alpine/v3.24/main', 'EOF'),
    },
    {
      name: 'sed rewrites the release of the base repositories: reported on the expression, no fix',
      code: df('FROM dhi.io/golang:1.26-alpine3.23-dev', `RUN sed -i 's/v3.23/v3.24/' ${REPOS} && apk add git`),
      errors: [{ messageId: 'mismatch', line: 2, column: 12, endColumn: 28, message: 'for Alpine 3.24' }],
    },
    {
      name: 'sed writing a whole URL: the release is fixed inside the expression',
      code: df('FROM alpine:3.24', `RUN sed -i 's|.*|https://dhi.io/apk/alpine/v3.23/main|' ${REPOS} && apk add git`),
      errors: [{ messageId: 'mismatch', line: 2, column: 44, endColumn: 49 }],
      output: df('FROM alpine:3.24', `RUN sed -i 's|.*|https://dhi.io/apk/alpine/v3.24/main|' ${REPOS} && apk add git`),
    },
    {
      name: 'release from another ARG: reported on the word, no fix',
      code: df('FROM alpine:3.23', 'ARG REPO_RELEASE=3.24', `RUN echo "https://dhi.io/apk/alpine/v\${REPO_RELEASE}/main" >> ${REPOS}`),
      errors: [{ messageId: 'mismatch', line: 3, column: 10, endColumn: 59 }],
    },
    {
      name: 'multi-stage, ARG-based FROM',
      code: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE} AS build', echo('3.23'), 'FROM alpine:3.23', echo('3.23')),
      errors: [{ messageId: 'mismatch', line: 3, column: 37, message: 'alpine:3.24 is Alpine 3.24' }],
      output: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE} AS build', echo('3.24'), 'FROM alpine:3.23', echo('3.23')),
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.24', 'RUN <<EOF', `echo https://dhi.io/apk/alpine/v3.23/main > ${REPOS}`, 'apk add curl', 'EOF'),
      errors: [{ messageId: 'mismatch', line: 3, column: 32, endColumn: 37 }],
      output: df('FROM alpine:3.24', 'RUN <<EOF', `echo https://dhi.io/apk/alpine/v3.24/main > ${REPOS}`, 'apk add curl', 'EOF'),
    },
    {
      name: 'continuation with a comment line',
      code: df('FROM alpine:3.24', 'RUN apk update && \\', '# security fixes come from the hardened repository', '    apk add -X https://dhi.io/apk/alpine/v3.23/security openssl'),
      errors: [{ messageId: 'mismatch', line: 4, column: 42, endColumn: 47 }],
      output: df('FROM alpine:3.24', 'RUN apk update && \\', '# security fixes come from the hardened repository', '    apk add -X https://dhi.io/apk/alpine/v3.24/security openssl'),
    },
    {
      name: 'CRLF kept',
      code: `FROM alpine:3.23\r\n${echo('3.24')}\r\n`,
      errors: [{ messageId: 'mismatch', line: 2, column: 37 }],
      output: `FROM alpine:3.23\r\n${echo('3.23')}\r\n`,
    },
    {
      name: 'trusted mirror',
      policy: { mirrors: [{ url: 'https://mirror.example.com/dhi/v{release}/main', keyName: 'm.rsa.pub', keyUrl: null, keySha256: null, auth: false }] },
      code: df('FROM alpine:3.24', `RUN echo https://mirror.example.com/dhi/v3.23/main > ${REPOS}`),
      errors: [{ messageId: 'mismatch', line: 2, column: 41 }],
      output: df('FROM alpine:3.24', `RUN echo https://mirror.example.com/dhi/v3.24/main > ${REPOS}`),
    },
    {
      name: 'apt: bookworm suite on a trixie base, fixed to trixie',
      code: df('FROM debian:13-slim', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main bookworm main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'aptMismatch', line: 2, column: 90, endColumn: 98, message: 'Debian bookworm, but the base image debian:13-slim is Debian trixie' }],
      output: df('FROM debian:13-slim', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
    },
    {
      name: 'apt: add-apt-repository with a bookworm suite on a trixie base, fixed to trixie',
      code: df('FROM debian:trixie', 'RUN add-apt-repository -y "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main bookworm main"'),
      errors: [{ messageId: 'aptMismatch', line: 2, column: 107, endColumn: 115 }],
      output: df('FROM debian:trixie', 'RUN add-apt-repository -y "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main"'),
    },
    {
      name: 'apt: deb822 Suites line, heredoc',
      code: df('FROM debian:trixie', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: https://dhi.io/deb/debian/main', 'Suites: bookworm', 'Components: main', 'EOF'),
      errors: [{ messageId: 'aptMismatch', line: 5, column: 9, endColumn: 17 }],
      output: df('FROM debian:trixie', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: https://dhi.io/deb/debian/main', 'Suites: trixie', 'Components: main', 'EOF'),
    },
    {
      name: 'apt: base not served: no fix',
      code: df('FROM debian:bookworm', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'aptMismatch', line: 2, column: 90, endColumn: 96 }],
      output: null,
    },
  ],
});
