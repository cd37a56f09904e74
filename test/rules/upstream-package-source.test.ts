import rule from '../../rules/upstream-package-source.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';

runRuleTests(rule, {
  valid: [
    { name: 'documented public pattern', code: df('FROM alpine:3.23', `RUN cd /etc/apk/keys && \\`, `    wget https://dhi.io/keyring/${KEY}`, 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk update && \\', '    apk add libpng') },
    { name: 'DHI dev base is already hardened', code: df('FROM dhi.io/golang:1.26-alpine3.23-dev', 'RUN apk add git') },
    { name: 'no package installs', code: df('FROM alpine:3.23', 'RUN echo hi') },
    { name: 'apk del does not fetch', code: df('FROM alpine:3.23', 'RUN apk del curl') },
    { name: 'repositories copied from the build context are unknown', code: df('FROM alpine:3.23', 'COPY repositories /etc/apk/repositories', 'RUN apk add curl') },
    { name: 'heredoc COPY of the hardened URL', code: df('FROM alpine:3.24', 'COPY <<EOF /etc/apk/repositories', 'https://dhi.io/apk/alpine/v3.24/main', 'EOF', 'RUN apk add curl') },
    { name: 'child stage inherits the parent setup', code: df('FROM alpine:3.23 AS base', 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'FROM base', 'RUN apk add curl') },
    { name: 'trusted mirror', policy: { mirrors: [{ url: 'https://mirror.example.com/dhi/v{release}/main', keyName: 'm.rsa.pub', keyUrl: null, keySha256: null, auth: false }] }, code: df('FROM alpine:3.23', 'RUN echo https://mirror.example.com/dhi/v3.23/main > /etc/apk/repositories && apk add curl') },
    { name: 'ARG-resolved release in the URL', code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories && apk add curl') },
  ],
  invalid: [
    {
      name: 'plain alpine base',
      code: df('FROM alpine:3.23', 'RUN apk add --no-cache curl'),
      errors: [{ messageId: 'upstream', line: 2, column: 5, endLine: 2, endColumn: 28, message: "the base image's default repositories" }],
      output: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add --no-cache curl'),
    },
    {
      name: 'add-checksum key style, CRLF kept',
      options: { keyInstall: 'add-checksum' },
      code: 'FROM alpine:3.24\r\nRUN apk add curl\r\n',
      errors: [{ messageId: 'upstream', line: 2, column: 5 }],
      output: `FROM alpine:3.24\r\nADD --checksum=sha256:0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd https://dhi.io/keyring/${KEY} /etc/apk/keys/${KEY}\r\nRUN echo "https://dhi.io/apk/alpine/v3.24/main" > /etc/apk/repositories\r\nRUN apk add curl\r\n`,
    },
    {
      name: 'lower-case file, key already present',
      code: df('from alpine:3.23', `add https://dhi.io/keyring/${KEY} /etc/apk/keys/`, 'run apk add curl'),
      errors: [{ messageId: 'upstream', line: 3, column: 5 }],
      output: df('from alpine:3.23', `add https://dhi.io/keyring/${KEY} /etc/apk/keys/`, 'run echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'run apk add curl'),
    },
    {
      name: 'release not served',
      code: df('FROM alpine:3.20', 'RUN apk add curl'),
      errors: [{ messageId: 'notServed', line: 2, column: 5, message: 'Alpine 3.20 has no hardened repository' }],
    },
    {
      name: 'unpinned base',
      code: df('FROM alpine', 'RUN apk add curl'),
      errors: [{ messageId: 'unknownRelease', line: 2, column: 5 }],
    },
    {
      name: 'upstream mirror via sed, multi-stage, continuation with a comment line',
      code: df(
        'FROM golang:1.22-alpine3.23 AS build',
        "RUN sed -i 's/dl-cdn.alpinelinux.org/mirror.example.org/' /etc/apk/repositories && \\",
        '# a comment BuildKit drops',
        '    apk add git',
        'FROM alpine:3.23',
        'RUN apk add ca-certificates',
      ),
      errors: [
        { messageId: 'upstream', line: 4, column: 5, message: 'https://mirror.example.org/alpine/v3.23/main' },
        { messageId: 'upstream', line: 6, column: 5 },
      ],
      output: df(
        'FROM golang:1.22-alpine3.23 AS build',
        `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`,
        '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories',
        "RUN sed -i 's/dl-cdn.alpinelinux.org/mirror.example.org/' /etc/apk/repositories && \\",
        '# a comment BuildKit drops',
        '    apk add git',
        'FROM alpine:3.23',
        `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`,
        '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories',
        'RUN apk add ca-certificates',
      ),
    },
    {
      name: 'a child stage inherits the setup the fix gives its parent',
      code: df('FROM alpine:3.23 AS base', 'RUN apk add curl', 'FROM base', 'RUN apk add git'),
      errors: [
        { messageId: 'upstream', line: 2, column: 5 },
        { messageId: 'upstream', line: 4, column: 5 },
      ],
      output: df('FROM alpine:3.23 AS base', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl', 'FROM base', 'RUN apk add git'),
    },
    {
      name: 'no fix when the same RUN writes an unhardened list before installing',
      code: df('FROM alpine:3.23', 'RUN echo "https://mirror.example.org/alpine/v3.23/main" > /etc/apk/repositories && apk add curl'),
      errors: [{ messageId: 'upstream', line: 2, column: 84 }],
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.23', 'RUN <<EOF', 'apk update', 'apk add curl', 'EOF'),
      errors: [{ messageId: 'upstream', line: 4, column: 1 }],
      output: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN <<EOF', 'apk update', 'apk add curl', 'EOF'),
    },
  ],
});
