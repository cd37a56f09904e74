import rule from '../../rules/unknown-dhi-tag.js';
import { df, runRuleTests } from '../rule-tester.js';

const DIGEST = 'sha256:' + 'b'.repeat(64);

runRuleTests(rule, {
  valid: [
    { name: 'a tag the catalog lists', code: df('FROM dhi.io/node:24-alpine3.24-dev') },
    { name: 'a newer patch release', code: df('FROM dhi.io/node:24.99.3-alpine3.23-dev') },
    { name: 'a newer major than the snapshot', code: df('FROM dhi.io/node:30-dev') },
    { name: 'a short alias of the newest Alpine', code: df('FROM dhi.io/node:26-alpine-sfw-dev') },
    { name: 'a Debian codename for the distro', code: df('FROM dhi.io/python:3.13-trixie-dev') },
    { name: 'dotnet -sdk', code: df('FROM dhi.io/dotnet:9-sdk-alpine3.23') },
    { name: 'php -fpm', code: df('FROM dhi.io/php:8.4-alpine3.23-fpm') },
    { name: 'static, a later date', code: df('FROM dhi.io/static:20270101-alpine3.24') },
    { name: 'fips, published to subscribers only', code: df('FROM dhi.io/python:3.14-alpine3.24-fips-dev') },
    { name: 'an image with a latest tag', code: df('FROM dhi.io/context7-mcp') },
    { name: 'digest only: the digest names the image', code: df(`FROM dhi.io/debian-base@${DIGEST}`) },
    { name: 'a tag with a digest', code: df(`FROM dhi.io/debian-base:trixie-dev@${DIGEST}`) },
    { name: 'not a DHI image', code: df('FROM node:24-alpine3.24-dev-dev') },
    { name: 'a mirror with its own date suffix', code: df('FROM ghcr.io/acme/dhi-alpine-base:3.23-dev-2026-04-18') },
    { name: 'an image of its own under a configured mirror prefix', policy: { dhiImageMirrors: ['myorg/dhi-'] }, code: df('FROM myorg/dhi-mytool:1.2') },
    { name: 'an unresolved variable', code: df('ARG TAG', 'FROM dhi.io/node:${TAG}') },
    { name: 'built FROM a stage: judged at that stage', code: df('FROM dhi.io/node:24-dev AS build', 'FROM build') },
  ],
  invalid: [
    {
      name: 'dotnet has -sdk, not -dev',
      unsafe: true,
      code: df('FROM dhi.io/dotnet:9-alpine3.23-dev AS build', 'RUN apk add icu-libs'),
      errors: [{ messageId: 'unknownTag', line: 1, column: 6, endColumn: 36, message: "dhi.io/dotnet:9-alpine3.23-dev: Docker's DHI catalog (commit 30c3db9) has no tag of dhi.io/dotnet with these variants, distro and release, so the pull would fail; nearest: 9-sdk-alpine3.23, 9-alpine3.23" }],
      output: df('FROM dhi.io/dotnet:9-sdk-alpine3.23 AS build', 'RUN apk add icu-libs'),
    },
    {
      name: 'a doubled variant',
      unsafe: true,
      code: df('FROM dhi.io/node:24-alpine3.24-dev-dev'),
      errors: [{ messageId: 'unknownTag', line: 1, column: 6, message: 'nearest: 24-alpine3.24-dev,' }],
      output: df('FROM dhi.io/node:24-alpine3.24-dev'),
    },
    {
      name: 'an Alpine release the image is not built on',
      unsafe: true,
      code: df('FROM dhi.io/alpine-base:3.25-dev'),
      errors: [{ messageId: 'unknownTag', line: 1, column: 6, message: 'nearest: 3.24-dev' }],
      output: df('FROM dhi.io/alpine-base:3.24-dev'),
    },
    {
      name: 'a Debian release the image is not built on',
      unsafe: true,
      code: df('FROM dhi.io/php:8.4-debian12-fpm'),
      errors: [{ messageId: 'unknownTag', line: 1, column: 6, message: 'nearest: 8.4-fpm,' }],
      output: df('FROM dhi.io/php:8.4-fpm'),
    },
    {
      name: 'a mirror layout keeps its name in the fix',
      unsafe: true,
      code: df('FROM myorg/dhi-node:24-alpine3.24-dev-dev'),
      errors: [{ messageId: 'unknownTag', line: 1, column: 6, message: 'myorg/dhi-node:24-alpine3.24-dev-dev: ' }],
      output: df('FROM myorg/dhi-node:24-alpine3.24-dev'),
    },
    {
      name: 'with a digest: reported, not fixed',
      code: df(`FROM dhi.io/node:24-alpine3.24-dev-dev@${DIGEST}`),
      errors: [{ messageId: 'unknownTag', line: 1, column: 6 }],
    },
    {
      name: 'a base the config declares to be a DHI image: reported, the FROM left alone',
      policy: { baseImages: { 'myorg/base:1.4': 'dhi.io/node:24-alpine3.24-dev-dev' } },
      code: df('FROM myorg/base:1.4'),
      errors: [{ messageId: 'unknownTag', line: 1, column: 6, message: 'myorg/base:1.4 (declared as dhi.io/node:24-alpine3.24-dev-dev): ' }],
    },
    {
      name: 'no tag',
      code: df('FROM dhi.io/node'),
      errors: [{ messageId: 'noTag', line: 1, column: 6, endColumn: 17, message: 'dhi.io/node names no tag, and dhi.io/node has no `latest`: the pull would fail; name one, such as 26' }],
    },
    {
      name: 'an image the catalog does not have, with a near name',
      code: df('FROM dhi.io/nodejs:24'),
      errors: [{ messageId: 'unknownImage', line: 1, column: 6, message: 'has no image dhi.io/nodejs; did you mean dhi.io/node?' }],
    },
    {
      name: 'an image the catalog does not have',
      code: df('FROM dhi.io/zzzz-unheard-of:1'),
      errors: [{ messageId: 'unknownImage', line: 1, column: 6, message: 'has no image dhi.io/zzzz-unheard-of.' }],
    },
  ],
});
