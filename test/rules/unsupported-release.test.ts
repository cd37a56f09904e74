import rule from '../../rules/unsupported-release.js';
import { df, runRuleTests } from '../rule-tester.js';

const SERVED = 'served: v3.23, v3.24';

runRuleTests(rule, {
  valid: [
    { name: 'apt: trixie source on a trixie base', code: df('FROM debian:trixie-slim', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list') },
    { name: 'apt: suite from the image on a trixie base', code: df('FROM debian:13', 'RUN echo "deb https://dhi.io/deb/debian/main $(lsb_release -cs) main" > /etc/apt/sources.list') },
    { name: 'served release matching the base', code: df('FROM alpine:3.24', 'RUN echo "https://dhi.io/apk/alpine/v3.24/main" > /etc/apk/repositories', 'RUN apk add curl') },
    { name: 'release computed from a served base', code: df('FROM alpine:3.23', 'RUN echo "https://dhi.io/apk/alpine/v$(cut -d. -f1,2 /etc/alpine-release)/main" > /etc/apk/repositories') },
    { name: 'unknown release in the URL is not judged', code: df('FROM alpine:3.23', 'RUN echo "https://dhi.io/apk/alpine/v${UNKNOWN}/main" > /etc/apk/repositories') },
    { name: 'old base without a hardened repository is another rule', code: df('FROM alpine:3.20', 'RUN apk add curl') },
    { name: 'upstream URLs are not judged', code: df('FROM alpine:3.23', 'RUN echo "https://dl-cdn.alpinelinux.org/alpine/edge/main" > /etc/apk/repositories') },
    {
      name: 'a trusted mirror serves what its owner chose',
      policy: { mirrors: [{ url: 'https://mirror.example.com/dhi/v{release}/main', keyName: 'm.rsa.pub', keyUrl: null, keySha256: null, auth: false }] },
      code: df('FROM alpine:3.22', 'RUN echo https://mirror.example.com/dhi/v3.22/main > /etc/apk/repositories'),
    },
  ],
  invalid: [
    {
      name: 'edge URL',
      code: df('FROM alpine:3.23', 'RUN echo "https://dhi.io/apk/alpine/edge/main" > /etc/apk/repositories', 'RUN apk add curl'),
      errors: [{ messageId: 'repositoryRelease', line: 2, column: 11, endLine: 2, endColumn: 46, message: `https://dhi.io/apk/alpine/edge/main names Alpine edge, which the hardened repositories do not serve (${SERVED})` }],
    },
    {
      name: 'base release not served',
      code: df('FROM alpine:3.20', 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl'),
      errors: [{ messageId: 'baseRelease', line: 2, column: 11, endColumn: 47, message: 'The base image alpine:3.20 is Alpine 3.20' }],
    },
    {
      name: 'old release in -X, latest-stable in a heredoc COPY',
      code: df('FROM alpine:3.23', 'COPY <<EOF /etc/apk/repositories', 'https://dhi.io/apk/alpine/latest-stable/main', 'EOF', 'RUN apk add -X https://dhi.io/apk/alpine/v3.21/main curl'),
      errors: [
        { messageId: 'repositoryRelease', line: 3, column: 1, endColumn: 45, message: 'names Alpine latest-stable' },
        { messageId: 'repositoryRelease', line: 5, column: 16, endColumn: 52, message: 'names Alpine 3.21' },
      ],
    },
    {
      name: 'release read from an unserved base image, CRLF',
      code: 'FROM alpine:3.22\r\nRUN echo "https://dhi.io/apk/alpine/v$(cut -d. -f1,2 /etc/alpine-release)/main" > /etc/apk/repositories\r\n',
      errors: [{ messageId: 'baseRelease', line: 2, column: 10, endColumn: 80, message: 'https://dhi.io/apk/alpine/v3.22/main cannot supply' }],
    },
    {
      name: 'ARG-based FROM on edge, multi-stage',
      code: df('ARG TAG=edge', 'FROM alpine:${TAG} AS base', 'RUN echo https://dhi.io/apk/alpine/v3.24/main > /etc/apk/repositories', 'FROM base', 'RUN apk add -X https://dhi.io/apk/alpine/v3.24/main curl'),
      errors: [
        { messageId: 'baseRelease', line: 3, column: 10, endColumn: 46, message: 'The base image alpine:edge is Alpine edge' },
        { messageId: 'baseRelease', line: 5, column: 16, endColumn: 52 },
      ],
    },
    {
      name: 'continuation with a comment line',
      code: df('FROM alpine:3.24', 'RUN printf "%s\\n" \\', '# old one', '  https://dhi.io/apk/alpine/v3.22/main > /etc/apk/repositories'),
      errors: [{ messageId: 'repositoryRelease', line: 4, column: 3, endColumn: 39 }],
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.24', 'RUN <<EOF', 'echo https://dhi.io/apk/alpine/v3.22/main > /etc/apk/repositories', 'apk add curl', 'EOF'),
      errors: [{ messageId: 'repositoryRelease', line: 3, column: 6, endColumn: 42 }],
    },
    {
      name: 'apt: suite not served',
      code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main bookworm main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'aptSuite', line: 2, column: 90, endColumn: 98, message: 'the suite bookworm, which the hardened Debian sources do not serve (served: trixie)' }],
    },
    {
      name: 'apt: base release not served (suite from the image), multi-stage',
      code: df('FROM debian:bookworm AS a', 'FROM a', 'RUN echo "deb https://dhi.io/deb/debian/main $(. /etc/os-release && echo $VERSION_CODENAME) main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'aptBaseRelease', line: 3, column: 15, endColumn: 45, message: 'The base image debian:bookworm is Debian bookworm' }],
    },
    {
      name: 'apt: Ubuntu base',
      code: df('FROM ubuntu:24.04', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'aptUbuntu', line: 2, column: 59, message: 'there is no hardened source for Ubuntu' }],
    },
    {
      name: 'apt: a hardened source that names no repository, corrected in place',
      code: df('FROM debian:trixie-slim', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.gpg] https://dhi.io/deb/debian trixie main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'aptNoRepository', line: 2, column: 59, endColumn: 84, message: 'The source https://dhi.io/deb/debian names no repository: the hardened Debian packages are served under https://dhi.io/deb/debian/main' }],
      output: df('FROM debian:trixie-slim', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.gpg] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
    },
    {
      name: 'apt: the same in deb822, with a trailing slash and plain http kept',
      code: df('FROM debian:trixie-slim', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: http://dhi.io/deb/debian/', 'Suites: trixie', 'Components: main', 'Signed-By: /usr/share/keyrings/dhi-deb.gpg', 'EOF'),
      errors: [{ messageId: 'aptNoRepository', line: 4, column: 7, endColumn: 32 }],
      output: df('FROM debian:trixie-slim', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: http://dhi.io/deb/debian/main/', 'Suites: trixie', 'Components: main', 'Signed-By: /usr/share/keyrings/dhi-deb.gpg', 'EOF'),
    },
  ],
});
