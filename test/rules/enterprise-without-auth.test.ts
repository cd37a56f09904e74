import rule from '../../rules/enterprise-without-auth.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const SETUP = [`RUN cd /etc/apk/keys && wget https://dhi.io/keyring/${KEY}`, 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk update && apk add dhi-enterprise-conf'];
const EXPORT = 'export HTTP_AUTH="$(cat /run/secrets/http_auth)" && ';
const MOUNT = '--mount=type=secret,id=http_auth ';

const APT_SEC = 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb-sec.asc] https://dhi.io/deb/debian/security trixie main" > /etc/apt/sources.list.d/dhi-sec.list';

runRuleTests(rule, {
  valid: [
    { name: 'apt: secret mounted in auth.conf.d', code: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update && apt-get install -y curl') },
    {
      name: 'apt: the mounted secret copied into auth.conf.d for the commands of the RUN and removed at its end',
      code: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /etc/apt/auth.conf.d/dhi.conf && apt-get update && apt-get install -y curl && rm /etc/apt/auth.conf.d/dhi.conf'),
    },
    {
      name: 'the secret\'s path held in a build argument, as the auth-scope page shows',
      code: df('FROM alpine:3.23', ...SETUP, 'ARG TOKEN_FILE=/run/secrets/http_auth', `RUN ${MOUNT}export HTTP_AUTH="$(cat "$TOKEN_FILE")" && apk update && apk add openssl-fips`),
    },
    {
      name: 'a copy of the mounted secret saved by the RUN and read from there',
      code: df('FROM alpine:3.23', ...SETUP, `RUN ${MOUNT}cp /run/secrets/http_auth /tmp/auth && export HTTP_AUTH="$(cat /tmp/auth)" && apk add openssl-fips && rm /tmp/auth`),
    },
    {
      name: 'apk: the mounted secret saved as .netrc (left in the layer: secret-file-in-image\'s finding, not "without credentials")',
      code: df('FROM alpine:3.23', ...SETUP, 'RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc', 'RUN apk add openssl-fips'),
    },
    {
      name: 'apt: a literal auth.conf written by the RUN reaches apt (secret-file-in-image reports the literal)',
      code: df('FROM debian:trixie', APT_SEC, 'RUN printf "machine dhi.io login ci password x\\n" > /etc/apt/auth.conf.d/dhi.conf', 'RUN apt-get update && apt-get install -y curl'),
    },
    { name: 'apt: public main source needs no credentials', code: df('FROM debian:trixie', 'RUN echo "deb https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list && apt-get update') },
    { name: 'credentials exported from the mounted secret', code: df('FROM alpine:3.23', ...SETUP, `RUN ${MOUNT}\\`, `    ${EXPORT}\\`, '    apk update && \\', '    apk add openssl-fips') },
    { name: 'secret mounted as HTTP_AUTH', code: df('FROM alpine:3.23', ...SETUP, 'RUN --mount=type=secret,id=http_auth,env=HTTP_AUTH apk update && apk add openssl-fips') },
    { name: 'secret mounted as .netrc', code: df('FROM alpine:3.23', ...SETUP, 'RUN --mount=type=secret,id=netrc,target=/root/.netrc apk add openssl-fips') },
    { name: 'a prefix from the secret on the command itself', code: df('FROM alpine:3.23', ...SETUP, `RUN ${MOUNT}HTTP_AUTH="$(cat /run/secrets/http_auth)" apk add openssl-fips`) },
    { name: "a prefix that stops short is auth-scope's finding", code: df('FROM alpine:3.23', ...SETUP, `RUN ${MOUNT}\\`, '    HTTP_AUTH="$(cat /run/secrets/http_auth)" \\', '    apk update && \\', '    apk add openssl-fips') },
    { name: 'installing the configuration package needs no credentials', code: df('FROM alpine:3.23', ...SETUP) },
    { name: 'public repository only', code: df('FROM alpine:3.23', ...SETUP.slice(0, 2), 'RUN apk add curl') },
    { name: 'apk del downloads nothing', code: df('FROM alpine:3.23', ...SETUP, 'RUN apk del curl') },
    { name: 'the security repository was overwritten', code: df('FROM alpine:3.23', ...SETUP, 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories && apk add curl') },
  ],
  invalid: [
    {
      name: 'an export of HTTP_AUTH the model cannot read as the secret: its value is replaced, no second export is added',
      code: df('FROM alpine:3.23', ...SETUP, 'ARG TOKEN_FILE', `RUN ${MOUNT}export HTTP_AUTH="$(cat "$TOKEN_FILE")" && apk add openssl-fips`),
      errors: [{ messageId: 'noAuth', line: 6, column: 81 }],
      unsafe: true,
      output: df('FROM alpine:3.23', ...SETUP, 'ARG TOKEN_FILE', `RUN ${MOUNT}${EXPORT}apk add openssl-fips`),
    },
    {
      name: 'a copy of the secret removed by an earlier RUN is gone when apk runs',
      code: df('FROM alpine:3.23', ...SETUP, 'RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc && rm /root/.netrc', 'RUN apk add openssl-fips'),
      errors: [{ messageId: 'noAuth', line: 6, column: 5 }],
      unsafe: true,
      output: df('FROM alpine:3.23', ...SETUP, 'RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc && rm /root/.netrc', `RUN ${MOUNT}${EXPORT}apk add openssl-fips`),
    },
    {
      name: 'enterprise repository without credentials',
      unsafe: true,
      code: df('FROM alpine:3.23', ...SETUP, 'RUN apk update && \\', '    apk add openssl-fips'),
      errors: [
        { messageId: 'noAuth', line: 5, column: 5, endLine: 5, endColumn: 15, message: '`apk update` fetches from https://dhi.io/apk/alpine/v3.23/security, which needs credentials, but HTTP_AUTH is not set from a build secret in this RUN.' },
        { messageId: 'noAuth', line: 6, column: 5, endLine: 6, endColumn: 25, message: '`apk add` fetches' },
      ],
      output: df('FROM alpine:3.23', ...SETUP, `RUN ${MOUNT}${EXPORT}apk update && \\`, '    apk add openssl-fips'),
    },
    {
      name: 'the fix is unsafe: nothing changes with safe fixes only',
      code: df('FROM alpine:3.24', 'RUN echo "https://dhi.io/apk/alpine/v3.24/security" >> /etc/apk/repositories', 'RUN apk add openssl-fips'),
      errors: [{ messageId: 'noAuth', line: 3, column: 5, message: 'https://dhi.io/apk/alpine/v3.24/security' }],
      output: null,
    },
    {
      name: 'secret mounted at a custom path but not exported',
      unsafe: true,
      code: df('FROM alpine:3.23', ...SETUP, 'RUN --mount=type=secret,id=http_auth,target=/tmp/auth apk add openssl-fips'),
      errors: [{ messageId: 'noAuth', line: 5, column: 55 }],
      output: df('FROM alpine:3.23', ...SETUP, 'RUN --mount=type=secret,id=http_auth,target=/tmp/auth export HTTP_AUTH="$(cat /tmp/auth)" && apk add openssl-fips'),
    },
    {
      name: 'HTTP_AUTH from an ARG is no build secret',
      unsafe: true,
      code: df('FROM alpine:3.23', 'ARG HTTP_AUTH', ...SETUP, 'RUN export HTTP_AUTH="$HTTP_AUTH" && apk add openssl-fips'),
      errors: [{ messageId: 'noAuth', line: 6, column: 38 }],
      output: df('FROM alpine:3.23', 'ARG HTTP_AUTH', ...SETUP, `RUN ${MOUNT}${EXPORT}apk add openssl-fips`),
    },
    {
      name: 'authenticated repository given with -X',
      unsafe: true,
      code: df('FROM alpine:3.24', 'RUN apk add -X https://dhi.io/apk/alpine/v3.24/els openssl'),
      errors: [{ messageId: 'noAuth', line: 2, column: 5, message: 'https://dhi.io/apk/alpine/v3.24/els' }],
      output: df('FROM alpine:3.24', `RUN ${MOUNT}${EXPORT}apk add -X https://dhi.io/apk/alpine/v3.24/els openssl`),
    },
    {
      name: 'multi-stage with an ARG-based FROM: the child inherits the security repository',
      unsafe: true,
      code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS base', ...SETUP, 'FROM base', 'RUN apk add openssl-fips'),
      errors: [{ messageId: 'noAuth', line: 7, column: 5 }],
      output: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS base', ...SETUP, 'FROM base', `RUN ${MOUNT}${EXPORT}apk add openssl-fips`),
    },
    {
      name: 'heredoc RUN',
      unsafe: true,
      code: df('FROM alpine:3.23', ...SETUP, 'RUN <<EOF', 'apk update', 'apk add openssl-fips', 'EOF'),
      errors: [
        { messageId: 'noAuth', line: 6, column: 1 },
        { messageId: 'noAuth', line: 7, column: 1 },
      ],
      output: df('FROM alpine:3.23', ...SETUP, `RUN ${MOUNT}<<EOF`, `${EXPORT}apk update`, 'apk add openssl-fips', 'EOF'),
    },
    {
      name: 'continuation with a comment line, CRLF kept',
      unsafe: true,
      code: ['FROM alpine:3.23', ...SETUP, 'RUN set -eux; \\', '# the enterprise packages', '    apk add openssl-fips', ''].join('\r\n'),
      errors: [{ messageId: 'noAuth', line: 7, column: 5 }],
      output: ['FROM alpine:3.23', ...SETUP, `RUN ${MOUNT}set -eux; \\`, '# the enterprise packages', `    ${EXPORT}apk add openssl-fips`, ''].join('\r\n'),
    },
    {
      name: 'no fix on the right of ||',
      unsafe: true,
      code: df('FROM alpine:3.23', ...SETUP, 'RUN test -f /done || apk add openssl-fips'),
      errors: [{ messageId: 'noAuth', line: 5, column: 22 }],
    },
    {
      name: 'apt: security source without a secret mount, one finding a RUN',
      unsafe: true,
      code: df('FROM debian:trixie', APT_SEC, 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptNoAuth', line: 3, column: 5, endColumn: 19, message: '`apt-get update` fetches from https://dhi.io/deb/debian/security, which needs credentials, but this RUN mounts no secret in /etc/apt/auth.conf.d' }],
      output: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update && apt-get install -y curl'),
    },
    {
      name: 'apt: a secret mounted elsewhere does not count; deb822 source, multi-stage',
      code: df('FROM debian:trixie AS base', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: https://dhi.io/deb/debian/security', 'Suites: trixie', 'Components: main', 'EOF', 'FROM base', 'RUN --mount=type=secret,id=netrc apt-get install -y curl'),
      errors: [{ messageId: 'aptNoAuth', line: 9, column: 34 }],
      output: null,
    },
    {
      name: 'apt: the netrc secret mounted without a target: the fix adds target= and mode= to that mount',
      unsafe: true,
      code: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,id=netrc apt-get update && apt-get install -y openssl'),
      errors: [{ messageId: 'aptNoAuth', line: 3, column: 34 }],
      output: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update && apt-get install -y openssl'),
    },
    {
      name: 'apt: the netrc secret mounted at a wrong target: only its value is replaced, the other options and mode= stay',
      unsafe: true,
      code: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,id=netrc,target=/root/.netrc,mode=0400,required \\', '    apt-get update'),
      errors: [{ messageId: 'aptNoAuth', line: 4, column: 5 }],
      output: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0400,required \\', '    apt-get update'),
    },
    {
      name: 'apt: a wrong dst= of the netrc mount as its last option, mode= added',
      unsafe: true,
      code: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=cache,target=/var/cache/apt --mount=type=secret,id=netrc,dst=/tmp/netrc apt-get update'),
      errors: [{ messageId: 'aptNoAuth', line: 3, column: 90 }],
      output: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=cache,target=/var/cache/apt --mount=type=secret,id=netrc,dst=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update'),
    },
    {
      name: 'apt: a netrc mount named by its target only keeps its id when the target moves',
      unsafe: true,
      code: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,target=/run/secrets/netrc apt-get update'),
      errors: [{ messageId: 'aptNoAuth', line: 3, column: 51 }],
      output: df('FROM debian:trixie', APT_SEC, 'RUN --mount=type=secret,target=/etc/apt/auth.conf.d/dhi.conf,id=netrc,mode=0600 apt-get update'),
    },
    {
      name: 'apt: a configured Debian mirror with auth: true needs the credentials too',
      policy: { debMirrors: [{ url: 'https://deb.example.com/dhi/security', keyUrl: null, keySha256: null, auth: true }] },
      code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/usr/share/keyrings/s.gpg] https://deb.example.com/dhi/security trixie main" > /etc/apt/sources.list.d/s.list', 'RUN apt-get update'),
      errors: [{ messageId: 'aptNoAuth', line: 3, column: 5, message: 'fetches from https://deb.example.com/dhi/security, which needs credentials' }],
      unsafe: true,
      output: df(
        'FROM debian:trixie',
        'RUN echo "deb [signed-by=/usr/share/keyrings/s.gpg] https://deb.example.com/dhi/security trixie main" > /etc/apt/sources.list.d/s.list',
        'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update',
      ),
    },
  ],
});
