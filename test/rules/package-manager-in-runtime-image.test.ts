import rule from '../../rules/package-manager-in-runtime-image.js';
import { df, runRuleTests } from '../rule-tester.js';

const DIGEST = 'sha256:' + 'a'.repeat(64);

runRuleTests(rule, {
  valid: [
    { name: 'dev variant', code: df('FROM dhi.io/python:3.14-alpine3.24-dev', 'RUN apk add --no-cache curl') },
    { name: 'sdk variant', code: df('FROM dhi.io/golang:1.26-alpine3.23-sdk', 'RUN apk add git') },
    { name: 'fips dev variant', code: df('FROM dhi.io/python:3.14-alpine3.24-fips-dev', 'RUN apk add git') },
    { name: 'runtime image without package commands', code: df('FROM dhi.io/python:3.14-alpine3.24', 'COPY app.py /app/', 'RUN echo ready') },
    { name: 'not a DHI image', code: df('FROM python:3.14-alpine3.24', 'RUN apk add curl') },
    { name: 'build in dev, copy into runtime', code: df('FROM dhi.io/python:3.14-alpine3.24-dev AS build', 'RUN apk add curl', 'FROM dhi.io/python:3.14-alpine3.24', 'COPY --from=build /usr/bin/curl /usr/bin/curl') },
  ],
  invalid: [
    {
      name: 'apk in an Alpine runtime image',
      unsafe: true,
      code: df('FROM dhi.io/python:3.14-alpine3.24', 'RUN apk add --no-cache curl'),
      errors: [{ messageId: 'runtimeImage', line: 2, column: 5, endLine: 2, endColumn: 28, message: '`apk add` runs in a stage based on dhi.io/python:3.14-alpine3.24, a DHI runtime image without a package manager' }],
      output: df('FROM dhi.io/python:3.14-alpine3.24-dev', 'RUN apk add --no-cache curl'),
    },
    {
      name: 'the fix is unsafe',
      code: df('FROM dhi.io/alpine-base:3.24', 'RUN apk add curl'),
      errors: [{ messageId: 'runtimeImage', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'alpine-base',
      unsafe: true,
      code: df('FROM dhi.io/alpine-base:3.24', 'RUN apk add curl'),
      errors: [{ messageId: 'runtimeImage', line: 2, column: 5, message: 'dhi.io/alpine-base:3.24' }],
      output: df('FROM dhi.io/alpine-base:3.24-dev', 'RUN apk add curl'),
    },
    {
      name: 'apt-get in a Debian runtime image, one finding a RUN',
      unsafe: true,
      code: df('FROM dhi.io/node:24', 'RUN apt-get update && apt-get install -y git'),
      errors: [{ messageId: 'runtimeImage', line: 2, column: 5, endColumn: 19, message: '`apt-get update` runs' }],
      output: df('FROM dhi.io/node:24-dev', 'RUN apt-get update && apt-get install -y git'),
    },
    {
      name: 'fips variant',
      unsafe: true,
      code: df('FROM dhi.io/python:3.14-alpine3.24-fips', 'RUN apk add curl'),
      errors: [{ messageId: 'runtimeImage', line: 2, column: 5 }],
      output: df('FROM dhi.io/python:3.14-alpine3.24-fips-dev', 'RUN apk add curl'),
    },
    {
      name: 'multi-stage: a stage built on the runtime stage is reported without a fix of its own',
      unsafe: true,
      code: df('FROM dhi.io/python:3.14-alpine3.24 AS app', 'RUN apk add curl', 'FROM app', 'RUN apk add jq'),
      errors: [
        { messageId: 'runtimeImage', line: 2, column: 5 },
        { messageId: 'runtimeImage', line: 4, column: 5, message: 'dhi.io/python:3.14-alpine3.24' },
      ],
      output: df('FROM dhi.io/python:3.14-alpine3.24-dev AS app', 'RUN apk add curl', 'FROM app', 'RUN apk add jq'),
    },
    {
      name: 'ARG-based FROM: no fix',
      unsafe: true,
      code: df('ARG PY=3.14', 'FROM dhi.io/python:${PY}-alpine3.24', 'RUN apk add curl'),
      errors: [{ messageId: 'runtimeImage', line: 3, column: 5, message: 'dhi.io/python:3.14-alpine3.24' }],
    },
    {
      name: 'digest-pinned: no fix',
      unsafe: true,
      code: df(`FROM dhi.io/python:3.14-alpine3.24@${DIGEST}`, 'RUN apk add curl'),
      errors: [{ messageId: 'runtimeImage', line: 2, column: 5 }],
    },
    {
      name: 'heredoc RUN',
      unsafe: true,
      code: df('FROM dhi.io/alpine-base:3.23', 'RUN <<EOF', 'set -e', 'apk add curl', 'EOF'),
      errors: [{ messageId: 'runtimeImage', line: 4, column: 1, endColumn: 13 }],
      output: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN <<EOF', 'set -e', 'apk add curl', 'EOF'),
    },
    {
      name: 'continuation with a comment line, CRLF kept',
      unsafe: true,
      code: ['FROM dhi.io/alpine-base:3.23', 'RUN set -e; \\', '# tools', '    apk add \\', '      curl', ''].join('\r\n'),
      errors: [{ messageId: 'runtimeImage', line: 4, column: 5, endLine: 5, endColumn: 11 }],
      output: ['FROM dhi.io/alpine-base:3.23-dev', 'RUN set -e; \\', '# tools', '    apk add \\', '      curl', ''].join('\r\n'),
    },
    {
      name: 'image mirror configured as DHI',
      unsafe: true,
      policy: { dhiImageMirrors: ['myorg/dhi-'] },
      code: df('FROM myorg/dhi-python:3.14-alpine3.24', 'RUN apk add curl'),
      errors: [{ messageId: 'runtimeImage', line: 2, column: 5, message: 'myorg/dhi-python:3.14-alpine3.24' }],
      output: df('FROM myorg/dhi-python:3.14-alpine3.24-dev', 'RUN apk add curl'),
    },
  ],
});
