import rule from '../../rules/auth-scope.js';
import { df, runRuleTests } from '../rule-tester.js';

const MOUNT = 'RUN --mount=type=secret,id=http_auth';
const READ = '"$(cat /run/secrets/http_auth)"';

runRuleTests(rule, {
  valid: [
    { name: 'exported for the whole RUN', code: df('FROM alpine:3.23', `${MOUNT} \\`, `    export HTTP_AUTH=${READ} && \\`, '    apk update && \\', '    apk add openssl-fips') },
    { name: 'secret mounted as an environment variable', code: df('FROM alpine:3.23', `${MOUNT},env=HTTP_AUTH apk update && apk add openssl-fips`) },
    { name: 'a prefix on each command', code: df('FROM alpine:3.23', `${MOUNT} HTTP_AUTH=${READ} apk update && HTTP_AUTH=${READ} apk add openssl-fips`) },
    { name: 'a prefix on the only command', code: df('FROM alpine:3.23', `${MOUNT} HTTP_AUTH=${READ} apk add openssl-fips`) },
    { name: 'later commands do not download', code: df('FROM alpine:3.23', `${MOUNT} HTTP_AUTH=${READ} apk add openssl-fips && apk del curl && apk info`) },
    { name: 'a later RUN is another shell (enterprise-without-auth judges it)', code: df('FROM alpine:3.23', `${MOUNT} HTTP_AUTH=${READ} apk update`, 'RUN apk add curl') },
    { name: 'secret read at a custom mount target', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=netrc,target=/root/.netrc cat /root/.netrc >/dev/null && apk update') },
    { name: 'a mounted secret read', code: df('FROM alpine:3.23', `${MOUNT} export HTTP_AUTH=${READ} && apk update`) },
  ],
  invalid: [
    {
      name: "Docker's enterprise example: the prefix reaches apk update only",
      code: df('FROM alpine:3.23', `${MOUNT} \\`, `    HTTP_AUTH=${READ} \\`, '    apk update && \\', '    apk add openssl-fips'),
      errors: [{ messageId: 'prefixOnly', line: 5, column: 5, endLine: 5, endColumn: 25, message: 'HTTP_AUTH is set as a prefix of `apk update` on line 3, which reaches that command only: `apk add` runs without it.' }],
      output: df('FROM alpine:3.23', `${MOUNT} \\`, `    export HTTP_AUTH=${READ} && \\`, '    apk update && \\', '    apk add openssl-fips'),
    },
    {
      name: 'one line, two later commands, CRLF kept',
      code: `FROM alpine:3.24\r\n${MOUNT} HTTP_AUTH=${READ} apk update && apk add a && apk upgrade\r\n`,
      errors: [
        { messageId: 'prefixOnly', line: 2, column: 94, message: '`apk add` runs without it' },
        { messageId: 'prefixOnly', line: 2, column: 107, message: '`apk upgrade` runs without it' },
      ],
      output: `FROM alpine:3.24\r\n${MOUNT} export HTTP_AUTH=${READ} && apk update && apk add a && apk upgrade\r\n`,
    },
    {
      name: 'continuation with a comment line',
      code: df('FROM alpine:3.23', `${MOUNT} \\`, `    HTTP_AUTH=${READ} \\`, '# index first', '    apk update && \\', '    apk add openssl-fips'),
      errors: [{ messageId: 'prefixOnly', line: 6, column: 5 }],
      output: df('FROM alpine:3.23', `${MOUNT} \\`, `    export HTTP_AUTH=${READ} && \\`, '# index first', '    apk update && \\', '    apk add openssl-fips'),
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.23', `${MOUNT} <<EOF`, `HTTP_AUTH=${READ} apk update`, 'apk add openssl-fips', 'EOF'),
      errors: [{ messageId: 'prefixOnly', line: 4, column: 1, endLine: 4, endColumn: 21 }],
      output: df('FROM alpine:3.23', `${MOUNT} <<EOF`, `export HTTP_AUTH=${READ} && apk update`, 'apk add openssl-fips', 'EOF'),
    },
    {
      name: 'multi-stage with an ARG-based FROM',
      code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS base', 'RUN apk add dhi-enterprise-conf', 'FROM base', `${MOUNT} HTTP_AUTH=${READ} apk update && apk add openssl-fips`),
      errors: [{ messageId: 'prefixOnly', line: 5, column: 94 }],
      output: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS base', 'RUN apk add dhi-enterprise-conf', 'FROM base', `${MOUNT} export HTTP_AUTH=${READ} && apk update && apk add openssl-fips`),
    },
    {
      name: 'no fix when another prefix comes first',
      code: df('FROM alpine:3.23', `${MOUNT} LANG=C HTTP_AUTH=${READ} apk update && apk add x`),
      errors: [{ messageId: 'prefixOnly', line: 2, column: 101 }],
    },
    {
      name: 'no fix for an unquoted substitution',
      code: df('FROM alpine:3.23', `${MOUNT} HTTP_AUTH=$(cat /run/secrets/http_auth) apk update && apk add x`),
      errors: [{ messageId: 'prefixOnly', line: 2, column: 92 }],
    },
    {
      name: 'no fix on the right of ||',
      code: df('FROM alpine:3.23', `${MOUNT} test -f /x || HTTP_AUTH=${READ} apk update && apk add x`),
      errors: [{ messageId: 'prefixOnly', line: 2, column: 108 }],
    },
    {
      name: 'secret read without its mount',
      code: df('FROM alpine:3.23', `RUN export HTTP_AUTH=${READ} && apk update`),
      errors: [{ messageId: 'unmountedSecret', line: 2, column: 29, endLine: 2, endColumn: 51, message: '/run/secrets/http_auth is read, but this RUN does not mount the secret http_auth' }],
      output: df('FROM alpine:3.23', `RUN --mount=type=secret,id=http_auth export HTTP_AUTH=${READ} && apk update`),
    },
    {
      name: 'two secrets without mounts: one fix a pass',
      code: df('FROM alpine:3.23', 'RUN --network=none cat /run/secrets/a /run/secrets/b >/dev/null'),
      errors: [
        { messageId: 'unmountedSecret', line: 2, column: 24 },
        { messageId: 'unmountedSecret', line: 2, column: 39 },
      ],
      output: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=b --mount=type=secret,id=a --network=none cat /run/secrets/a /run/secrets/b >/dev/null'),
    },
    {
      name: 'secret mounted at another path',
      code: df('FROM alpine:3.23', `RUN --mount=type=secret,id=http_auth,target=/tmp/auth export HTTP_AUTH=${READ} && apk update`),
      errors: [{ messageId: 'mountedElsewhere', line: 2, column: 79, message: 'mounts the secret http_auth at /tmp/auth' }],
    },
  ],
});
