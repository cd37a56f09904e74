import rule from '../../rules/mixed-package-sources.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const GET_KEY = `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY}`;
const MAIN = 'https://dhi.io/apk/alpine/v3.23/main';
const COMMUNITY = 'https://dl-cdn.alpinelinux.org/alpine/v3.23/community';

runRuleTests(rule, {
  valid: [
    {
      name: 'apt: the hardened source beside the Debian sources is the documented pattern (quiet without strict)',
      code: df(
        'FROM debian:trixie',
        'ADD --chmod=644 --checksum=sha256:9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290 https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key /usr/share/keyrings/dhi-deb.asc',
        'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list',
        'RUN apt-get update && apt-get install -y curl',
      ),
    },
    { name: 'apt: strict, only the hardened source of a DHI dev image', options: { strict: true }, code: df('FROM dhi.io/python:3.13-dev', 'RUN apt-get update && apt-get install -y curl') },
    { name: 'documented pattern replaces the list', code: df('FROM alpine:3.23', GET_KEY, `RUN echo "${MAIN}" > /etc/apk/repositories`, 'RUN apk add curl') },
    { name: 'DHI dev base with the enterprise configuration', code: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN apk add dhi-enterprise-conf && apk add openssl') },
    { name: 'DHI dev base alone', code: df('FROM dhi.io/golang:1.26-alpine3.23-dev', 'RUN apk add git') },
    { name: 'no hardened repository at all is another rule', code: df('FROM alpine:3.23', 'RUN apk add curl') },
    { name: 'a pinned upstream line no package asks for', code: df('FROM alpine:3.23', `RUN printf '%s\\n' ${MAIN} "@comm ${COMMUNITY}" > /etc/apk/repositories`, 'RUN apk add curl') },
    { name: 'apk update alone installs nothing', code: df('FROM alpine:3.23', `RUN echo ${MAIN} >> /etc/apk/repositories && apk update`) },
    { name: 'a list copied from the build context is unknown', code: df('FROM alpine:3.23', 'COPY repositories /etc/apk/repositories', `RUN echo ${MAIN} >> /etc/apk/repositories && apk add curl`) },
    { name: 'heredoc COPY of the hardened URL', code: df('FROM alpine:3.24', 'COPY <<EOF /etc/apk/repositories', 'https://dhi.io/apk/alpine/v3.24/main', 'EOF', 'RUN apk add curl') },
    { name: 'ARG-resolved release, replaced', code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories && apk add curl') },
    { name: 'apt is not checked (mixed sources are expected there)', code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.gpg] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list && apt-get install -y curl') },
    { name: 'DHI: Docker\'s own upstream lines in a 3.24 dev image are not reported by default', code: df('FROM dhi.io/node:24-alpine3.24-dev', 'RUN apk add --no-cache git') },
    { name: 'DHI: alpine-base 3.24 keeps only the hardened repository, even with strict', options: { strict: true }, code: df('FROM dhi.io/alpine-base:3.24-dev', 'RUN apk add curl') },
    { name: 'DHI: a 3.22 image has no hardened repository to mix with (another rule)', options: { strict: true }, code: df('FROM dhi.io/node:24-alpine3.22-dev', 'RUN apk add git') },
  ],
  invalid: [
    {
      name: 'appended onto the base list',
      code: df('FROM alpine:3.23', GET_KEY, `RUN echo "${MAIN}" >> /etc/apk/repositories`, 'RUN apk add curl'),
      errors: [{ messageId: 'baseAppended', line: 3, column: 49, endLine: 3, endColumn: 51, message: `(https://dl-cdn.alpinelinux.org/alpine/v3.23/main, ${COMMUNITY}) stay active beside the hardened repository ${MAIN}` }],
      output: df('FROM alpine:3.23', GET_KEY, `RUN echo "${MAIN}" > /etc/apk/repositories`, 'RUN apk add curl'),
    },
    {
      name: 'upstream -X on a DHI dev base (unsafe removal)',
      code: df('FROM dhi.io/alpine-base:3.23-dev', `RUN apk add -X ${COMMUNITY} htop`),
      errors: [{ messageId: 'unhardenedFlag', line: 2, column: 13, endLine: 2, endColumn: 69, message: `-X ${COMMUNITY} adds a repository` }],
      unsafe: true,
      output: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN apk add htop'),
    },
    {
      name: 'upstream -X is not dropped by the safe fixes',
      code: df('FROM dhi.io/alpine-base:3.23-dev', `RUN apk add --repository=${COMMUNITY} htop`),
      errors: [{ messageId: 'unhardenedFlag', line: 2, column: 13, endColumn: 79, message: `--repository ${COMMUNITY}` }],
      output: null,
    },
    {
      name: 'tee -a, continuation with a comment line',
      code: df('FROM alpine:3.23', `RUN echo "${MAIN}" | tee -a /etc/apk/repositories && \\`, '# then install', '    apk add curl'),
      errors: [{ messageId: 'baseAppended', line: 2, column: 55, endColumn: 57 }],
      output: df('FROM alpine:3.23', `RUN echo "${MAIN}" | tee /etc/apk/repositories && \\`, '# then install', '    apk add curl'),
    },
    {
      name: 'CRLF kept',
      code: 'FROM alpine:3.24\r\nRUN echo https://dhi.io/apk/alpine/v3.24/main >> /etc/apk/repositories\r\nRUN apk add curl\r\n',
      errors: [{ messageId: 'baseAppended', line: 2, column: 47, endColumn: 49 }],
      output: 'FROM alpine:3.24\r\nRUN echo https://dhi.io/apk/alpine/v3.24/main > /etc/apk/repositories\r\nRUN apk add curl\r\n',
    },
    {
      name: 'multi-stage: reported once, at the parent stage\'s write',
      code: df('FROM alpine:3.23 AS base', `RUN echo ${MAIN} >> /etc/apk/repositories && apk add curl`, 'FROM base', 'RUN apk add git', 'FROM base AS other', 'RUN apk add jq'),
      errors: [{ messageId: 'baseAppended', line: 2, column: 47 }],
      output: df('FROM alpine:3.23 AS base', `RUN echo ${MAIN} > /etc/apk/repositories && apk add curl`, 'FROM base', 'RUN apk add git', 'FROM base AS other', 'RUN apk add jq'),
    },
    {
      name: 'ARG-based FROM',
      code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" >> /etc/apk/repositories && apk add curl'),
      errors: [{ messageId: 'baseAppended', line: 4, column: 54, message: `beside the hardened repository ${MAIN}` }],
      output: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories && apk add curl'),
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.23', 'RUN <<EOF', `echo "${MAIN}" >> /etc/apk/repositories`, 'apk add curl', 'EOF'),
      errors: [{ messageId: 'baseAppended', line: 3, column: 45, endColumn: 47 }],
      output: df('FROM alpine:3.23', 'RUN <<EOF', `echo "${MAIN}" > /etc/apk/repositories`, 'apk add curl', 'EOF'),
    },
    {
      name: 'an upstream line written beside the hardened one',
      code: df('FROM alpine:3.23', `RUN printf '%s\\n' ${MAIN} ${COMMUNITY} > /etc/apk/repositories`, 'RUN apk add curl && apk add git'),
      errors: [{ messageId: 'unhardenedEntry', line: 2, column: 56, endColumn: 109, message: `${COMMUNITY} is not a hardened repository` }],
    },
    {
      name: 'a pinned upstream line used by pkg@tag',
      code: df('FROM alpine:3.23', `RUN printf '%s\\n' ${MAIN} "@comm ${COMMUNITY}" > /etc/apk/repositories`, 'RUN apk add curl', 'RUN apk add htop@comm'),
      errors: [{ messageId: 'unhardenedEntry', line: 2, column: 63, endColumn: 116 }],
    },
    {
      name: 'an append of hardened and upstream lines is not fixed',
      code: df('FROM alpine:3.23', `RUN printf '%s\\n' ${MAIN} ${COMMUNITY} >> /etc/apk/repositories && apk add curl`),
      errors: [
        { messageId: 'unhardenedEntry', line: 2, column: 56 },
        { messageId: 'baseAppended', line: 2, column: 110, endColumn: 112 },
      ],
    },
    {
      name: 'hardened only with -X: the base list stays',
      code: df('FROM alpine:3.23', `RUN apk add -X ${MAIN} curl`),
      errors: [{ messageId: 'baseKept', line: 2, column: 13, endColumn: 52 }],
    },
    {
      name: 'hardened list in repositories.d beside the base list',
      code: df('FROM alpine:3.23', `RUN echo ${MAIN} > /etc/apk/repositories.d/dhi.list && apk add curl`),
      errors: [{ messageId: 'baseKept', line: 2, column: 10, endColumn: 46 }],
    },
    {
      name: 'upstream line appended on a DHI dev base',
      code: df('FROM dhi.io/alpine-base:3.23-dev', `RUN echo ${COMMUNITY} >> /etc/apk/repositories && apk add htop`),
      errors: [{ messageId: 'unhardenedEntry', line: 2, column: 10, endColumn: 63 }],
    },
    {
      name: 'the enterprise security line is fine; the appended main line is fixed',
      code: df('FROM alpine:3.23', `RUN echo ${MAIN} >> /etc/apk/repositories && apk add dhi-enterprise-conf && apk add openssl`),
      errors: [{ messageId: 'baseAppended', line: 2, column: 47 }],
      output: df('FROM alpine:3.23', `RUN echo ${MAIN} > /etc/apk/repositories && apk add dhi-enterprise-conf && apk add openssl`),
    },
    {
      name: 'apt: strict reports the Debian sources kept beside the hardened one',
      options: { strict: true },
      code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptMixed', line: 3, column: 23, message: 'apt uses http://deb.debian.org/debian, http://deb.debian.org/debian-security beside the hardened source https://dhi.io/deb/debian/main' }],
    },
    {
      name: 'DHI: strict reports the upstream lines Docker keeps in a 3.23 dev image',
      options: { strict: true },
      code: df('FROM dhi.io/node:24-alpine3.23-dev', 'RUN apk add --no-cache git'),
      errors: [{ messageId: 'dhiBaseKept', line: 2, column: 5, message: 'The base image dhi.io/node:24-alpine3.23-dev keeps Docker\'s upstream repositories (https://dl-cdn.alpinelinux.org/alpine/v3.23/main, https://dl-cdn.alpinelinux.org/alpine/v3.23/community) beside the hardened repository https://dhi.io/apk/alpine/v3.23/main' }],
    },
  ],
});
