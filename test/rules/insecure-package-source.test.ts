import rule from '../../rules/insecure-package-source.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const KEY_URL = `https://dhi.io/keyring/${KEY}`;
const HTTP_KEY_URL = `http://dhi.io/keyring/${KEY}`;

runRuleTests(rule, {
  valid: [
    { name: 'apt: https hardened source and key', code: df('FROM debian:trixie', 'RUN curl -fsSL https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.gpg] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list') },
    { name: 'apt: the base image default http sources are not written by the file', code: df('FROM debian:trixie', 'RUN apt-get update && apt-get install -y curl') },
    { name: 'documented pattern over https', code: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`, 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl') },
    { name: 'an http line commented out', code: df('FROM alpine:3.23', `RUN printf '%s\\n' "# http://dhi.io/apk/alpine/v3.23/main" https://dhi.io/apk/alpine/v3.23/main > /etc/apk/repositories`) },
    { name: 'an http download that is neither key nor repository', code: df('FROM alpine:3.23', 'RUN wget http://example.org/app.tar.gz') },
    { name: 'ADD of a key over https', code: df('FROM alpine:3.23', `ADD ${KEY_URL} /etc/apk/keys/`) },
    { name: 'apt: Docker\'s own source line, plain http bound to a keyring', code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list') },
    { name: 'apt: the same in deb822 with Signed-By', code: df('FROM debian:trixie', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: http://dhi.io/deb/debian/main', 'Suites: trixie', 'Components: main', 'Signed-By: /usr/share/keyrings/dhi-deb.gpg', 'EOF') },
  ],
  invalid: [
    {
      name: 'exec form: the -X URL of the one command it runs (no fix inside the JSON)',
      code: df('FROM alpine:3.23', 'RUN ["apk","add","--allow-untrusted","-X","http://example.com/alpine","curl"]'),
      errors: [{ messageId: 'repository', line: 2, column: 44, endColumn: 69 }],
      output: null,
    },
    {
      name: 'key downloaded over http in an ONBUILD trigger',
      code: df('FROM alpine:3.23', `ONBUILD RUN wget -q -O /etc/apk/keys/${KEY} ${HTTP_KEY_URL}`),
      errors: [{ messageId: 'key', line: 2, column: 78, endColumn: 139 }],
      output: df('FROM alpine:3.23', `ONBUILD RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: 'key downloaded over http',
      code: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} ${HTTP_KEY_URL}`, 'RUN apk add curl'),
      errors: [{ messageId: 'key', line: 2, column: 70, endLine: 2, endColumn: 131, message: `The signing key ${HTTP_KEY_URL} is downloaded over plain http` }],
      output: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`, 'RUN apk add curl'),
    },
    {
      name: 'an unknown host gets no fix',
      code: df('FROM alpine:3.23', 'RUN apk add -X http://mirror.example.org/alpine/v3.23/main curl'),
      errors: [{ messageId: 'repository', line: 2, column: 16, endColumn: 59, message: 'The repository http://mirror.example.org/alpine/v3.23/main' }],
    },
    {
      name: 'repository in a heredoc COPY',
      code: df('FROM alpine:3.23', 'COPY <<EOF /etc/apk/repositories', 'http://dhi.io/apk/alpine/v3.23/main', 'EOF'),
      errors: [{ messageId: 'repository', line: 3, column: 1, endColumn: 36 }],
      output: df('FROM alpine:3.23', 'COPY <<EOF /etc/apk/repositories', 'https://dhi.io/apk/alpine/v3.23/main', 'EOF'),
    },
    {
      name: 'ADD of a key over http, CRLF kept',
      code: `FROM alpine:3.24\r\nADD ${HTTP_KEY_URL} /etc/apk/keys/\r\n`,
      errors: [{ messageId: 'key', line: 2, column: 5, endColumn: 66 }],
      output: `FROM alpine:3.24\r\nADD ${KEY_URL} /etc/apk/keys/\r\n`,
    },
    {
      name: 'multi-stage with an ARG-based FROM: the URL holds a variable',
      code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS build', 'ARG ALPINE', 'RUN echo "http://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories', 'FROM build', 'RUN apk add -X http://dl-cdn.alpinelinux.org/alpine/v3.23/community curl'),
      errors: [
        { messageId: 'repository', line: 4, column: 10, endColumn: 52, message: 'http://dhi.io/apk/alpine/v3.23/main' },
        { messageId: 'repository', line: 6, column: 16, endColumn: 68 },
      ],
      output: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS build', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories', 'FROM build', 'RUN apk add -X https://dl-cdn.alpinelinux.org/alpine/v3.23/community curl'),
    },
    {
      name: 'key fetched to a temporary file, moved later; continuation with a comment line',
      code: df('FROM alpine:3.23', 'RUN wget -q -O /tmp/k.pub \\', '# the key', `    ${HTTP_KEY_URL} && \\`, `    mv /tmp/k.pub /etc/apk/keys/${KEY}`),
      errors: [{ messageId: 'key', line: 4, column: 5, endColumn: 66 }],
      output: df('FROM alpine:3.23', 'RUN wget -q -O /tmp/k.pub \\', '# the key', `    ${KEY_URL} && \\`, `    mv /tmp/k.pub /etc/apk/keys/${KEY}`),
    },
    {
      name: 'heredoc RUN, key piped into tee',
      code: df('FROM alpine:3.23', 'RUN <<EOF', `curl -fsSL ${HTTP_KEY_URL} | tee /etc/apk/keys/${KEY}`, 'EOF'),
      errors: [{ messageId: 'key', line: 3, column: 12, endColumn: 73 }],
      output: df('FROM alpine:3.23', 'RUN <<EOF', `curl -fsSL ${KEY_URL} | tee /etc/apk/keys/${KEY}`, 'EOF'),
    },
    {
      name: 'credentials never reach the message',
      code: df('FROM alpine:3.23', 'RUN echo "http://bob:hunter2@mirror.example.org/alpine/v3.23/main" > /etc/apk/repositories'),
      errors: [{ messageId: 'repository', line: 2, column: 11, message: 'The repository http://mirror.example.org/alpine/v3.23/main' }],
    },
    {
      name: 'apt: an http key piped to gpg; the public source over http bound to the keyring is Docker\'s own form',
      unsafe: true,
      code: df('FROM debian:trixie', 'RUN curl -fsSL http://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.gpg] http://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'key', line: 2, column: 16, endColumn: 70 }],
      output: df('FROM debian:trixie', 'RUN curl -fsSL https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.gpg] http://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
    },
    {
      name: 'apt: the enterprise security source over http, where credentials travel (https upgrade is unsafe: apt needs ca-certificates)',
      unsafe: true,
      code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb-sec.gpg] http://dhi.io/deb/debian/security trixie main" > /etc/apt/sources.list.d/dhi-sec.list'),
      errors: [{ messageId: 'aptSource', line: 2, column: 63, endColumn: 96, message: 'The apt source http://dhi.io/deb/debian/security is fetched over plain http' }],
      output: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb-sec.gpg] https://dhi.io/deb/debian/security trixie main" > /etc/apt/sources.list.d/dhi-sec.list'),
    },
    {
      name: 'apt: the public source over http bound to no keyring',
      unsafe: true,
      code: df('FROM debian:trixie', 'RUN echo "deb http://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
      errors: [{ messageId: 'aptSource', line: 2, column: 15, endColumn: 44 }],
      output: df('FROM debian:trixie', 'RUN echo "deb https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list'),
    },
    {
      name: 'apt: upstream http source in a deb822 heredoc (no fix: host not known to serve TLS)',
      code: df('FROM debian:trixie', 'COPY <<EOF /etc/apt/sources.list.d/debian.sources', 'Types: deb', 'URIs: http://deb.debian.org/debian', 'Suites: trixie', 'EOF'),
      errors: [{ messageId: 'aptSource', line: 4, column: 7, endColumn: 35 }],
      output: null,
    },
  ],
});
