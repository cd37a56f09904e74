import { describe, expect, it } from 'vitest';
import rule from '../../rules/secret-in-arg-or-env.js';
import { df, lintWith, runRuleTests } from '../rule-tester.js';

const GHP = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const NPM_MOUNT = '--mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN';

runRuleTests(rule, {
  valid: [
    { name: 'a file path to a secret is no secret', code: df('FROM alpine:3.23', 'ARG TOKEN_FILE=/run/secrets/token', 'ARG GITHUB_TOKEN_PATH', 'ENV API_KEY_ID=12345') },
    { name: 'ordinary settings', code: df('ARG VERSION=1.2.3', 'FROM alpine:3.23', 'ENV NODE_ENV=production PATH=/opt/bin:$PATH') },
    { name: 'a secret mount', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci') },
    { name: 'a URL password is credentials-in-url\'s finding', code: df('FROM alpine:3.23', 'ENV PIP_INDEX_URL=https://u:Xk29vLq7Pw@pypi.example.com/simple') },
    {
      name: 'nothing stored: empty values, paths, a fingerprint, a number under a setting name',
      code: df('FROM alpine:3.23', "ENV PASSWORD= DB_PASSWORD='' GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D", 'ENV TOKEN_FILE=/run/secrets/token TOKEN_TTL_SECONDS=3600 GOOGLE_APPLICATION_CREDENTIALS=/secrets/key.json', 'LABEL org.opencontainers.image.source=https://github.com/o/r api_token=""'),
    },
    { name: 'a placeholder holds no secret (seen in public images)', code: df('FROM alpine:3.23', 'ENV TOKEN=00000000-0000-0000-0000-000000000000 API_KEY=XXXXXXXX LICENSE_KEY=<your-license-key>') },
    { name: 'PWD is the working directory, not a password', code: df('FROM alpine:3.23', 'ENV PWD=/app OLDPWD=/'), },
  ],
  invalid: [
    {
      name: 'ARG read by one RUN becomes a secret mount',
      code: df('FROM node:22-alpine', 'ARG NPM_TOKEN', 'RUN npm config set //registry.npmjs.org/:_authToken "$NPM_TOKEN" && npm ci'),
      errors: [{ messageId: 'secretName', line: 2, column: 5, endLine: 2, endColumn: 14, message: 'ARG NPM_TOKEN holds a credential; its value stays in the image history' }],
      unsafe: true,
      output: df('FROM node:22-alpine', `RUN ${NPM_MOUNT} npm config set //registry.npmjs.org/:_authToken "$NPM_TOKEN" && npm ci`),
    },
    {
      name: 'safe fixes only: the secret mount needs --secret, so nothing changes',
      code: df('FROM node:22-alpine', 'ARG NPM_TOKEN', 'RUN npm ci --token=${NPM_TOKEN}'),
      errors: [{ messageId: 'secretName', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'HTTP_AUTH takes the policy secret id, on every RUN that reads it; heredoc; export',
      code: df('FROM alpine:3.23', 'ARG HTTP_AUTH', 'RUN export HTTP_AUTH && apk update && apk add curl', 'RUN echo done', 'RUN <<EOF', 'apk add --no-cache git', 'test -n "$HTTP_AUTH"', 'EOF'),
      errors: [{ messageId: 'secretName', line: 2, column: 5 }],
      unsafe: true,
      output: df(
        'FROM alpine:3.23',
        'RUN --mount=type=secret,id=http_auth,env=HTTP_AUTH export HTTP_AUTH && apk update && apk add curl',
        'RUN echo done',
        'RUN --mount=type=secret,id=http_auth,env=HTTP_AUTH <<EOF',
        'apk add --no-cache git',
        'test -n "$HTTP_AUTH"',
        'EOF',
      ),
    },
    {
      name: 'multi-stage with an ARG-based FROM, continuation with a comment line, lower case',
      code: df('arg BASE=alpine:3.23', 'from ${BASE} AS build', 'arg GITHUB_TOKEN', 'run git config --global url."https://x:${GITHUB_TOKEN}@github.com/".insteadOf https://github.com/ && \\', '# fetch modules', '    go mod download', 'from ${BASE}', 'copy --from=build /go /go'),
      errors: [{ messageId: 'secretName', line: 3, column: 5 }],
      unsafe: true,
      output: df('arg BASE=alpine:3.23', 'from ${BASE} AS build', 'run --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN git config --global url."https://x:${GITHUB_TOKEN}@github.com/".insteadOf https://github.com/ && \\', '# fetch modules', '    go mod download', 'from ${BASE}', 'copy --from=build /go /go'),
    },
    {
      name: 'CRLF kept when the ARG line goes',
      code: 'FROM alpine:3.23\r\nARG API_TOKEN\r\nRUN curl -H "Authorization: Bearer $API_TOKEN" https://example.com/x -o /x\r\n',
      errors: [{ messageId: 'secretName', line: 2, column: 5 }],
      unsafe: true,
      output: 'FROM alpine:3.23\r\nRUN --mount=type=secret,id=API_TOKEN,env=API_TOKEN curl -H "Authorization: Bearer $API_TOKEN" https://example.com/x -o /x\r\n',
    },
    {
      name: 'escape=` on a Linux base: the stage runs sh, so the env= mount fix is offered',
      code: df('# escape=`', 'FROM debian:trixie', 'ARG NPM_TOKEN', 'RUN npm ci `', '    --token=$NPM_TOKEN'),
      errors: [{ messageId: 'secretName', line: 3, column: 5 }],
      unsafe: true,
      output: df('# escape=`', 'FROM debian:trixie', `RUN ${NPM_MOUNT} npm ci \``, '    --token=$NPM_TOKEN'),
    },
    {
      name: 'escape=` on a Windows base: no fix',
      code: df('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ARG NPM_TOKEN', 'RUN npm ci --token=%NPM_TOKEN%'),
      errors: [{ messageId: 'secretName', line: 3, column: 5 }],
      unsafe: true,
      output: null,
    },
    {
      name: 'ARG with a value, ENV, global ARG: reported without a fix',
      code: df('ARG REGISTRY_PASSWORD', 'FROM alpine:3.23', 'ARG API_KEY=abc', 'ENV HTTP_AUTH=${API_KEY}', 'RUN apk add curl'),
      errors: [
        { messageId: 'secretName', line: 1, column: 5, message: 'ARG REGISTRY_PASSWORD' },
        { messageId: 'secretName', line: 3, column: 5, message: 'ARG API_KEY' },
        { messageId: 'secretName', line: 4, column: 5, endColumn: 14, message: 'ENV HTTP_AUTH holds a credential; its value stays in the image configuration' },
      ],
    },
    {
      name: 'no fix where the reads are not plain expansions',
      code: df(
        'FROM alpine:3.23 AS a',
        'ARG TOKEN',
        'RUN echo "${TOKEN:-none}"',
        'FROM alpine:3.23 AS b',
        'ARG TOKEN',
        "RUN sh -c 'echo $TOKEN'",
        'FROM alpine:3.23 AS c',
        'ARG TOKEN',
        'ENV SAVED=$TOKEN',
        'FROM alpine:3.23 AS d',
        'ARG TOKEN',
        'RUN echo ok && \\',
        '# TOKEN is read below',
        '    echo $TOKEN',
        'FROM alpine:3.23 AS e',
        'ARG TOKEN',
        'RUN TOKEN=$TOKEN make',
        'FROM alpine:3.23 AS f',
        'ARG TOKEN',
        'RUN echo ok',
      ),
      errors: [
        { messageId: 'secretName', line: 2, column: 5 },
        { messageId: 'secretName', line: 5, column: 5 },
        { messageId: 'secretName', line: 8, column: 5 },
        { messageId: 'secretName', line: 11, column: 5 },
        { messageId: 'secretName', line: 16, column: 5 },
        { messageId: 'secretName', line: 19, column: 5 },
      ],
    },
    {
      name: 'no fix on a frontend older than Dockerfile 1.10, or with a global default',
      code: df('# syntax=docker/dockerfile:1.4', 'ARG NPM_TOKEN=none', 'FROM alpine:3.23', 'ARG NPM_TOKEN', 'RUN npm ci --token=$NPM_TOKEN'),
      errors: [
        { messageId: 'secretName', line: 2, column: 5 },
        { messageId: 'secretName', line: 4, column: 5 },
      ],
    },
    {
      name: 'two names in one ARG: no fix',
      code: df('FROM alpine:3.23', 'ARG USER_NAME NPM_TOKEN', 'RUN npm ci --token=$NPM_TOKEN'),
      errors: [{ messageId: 'secretName', line: 2, column: 15 }],
    },
    {
      name: 'credential names beyond TOKEN and PASSWORD',
      code: df('FROM alpine:3.23', 'ENV DB_PASS=Lk9jH6gF3dSa ADMIN_PWD=Mn8bV5cX2zQw GPG_PASSPHRASE=Qa1zWs2xEdCr', 'ARG NEWRELIC_LICENSE_KEY=Rf4vTg5bYhNu STRIPE_API_KEY=Ij8kOl9pUy7t SIGNING_PRIVATE_KEY=Ws3eDc4rFv5t'),
      errors: [
        { messageId: 'secretName', line: 2, column: 5, message: 'ENV DB_PASS holds a credential' },
        { messageId: 'secretName', line: 2, column: 26, message: 'ENV ADMIN_PWD' },
        { messageId: 'secretName', line: 2, column: 49, message: 'ENV GPG_PASSPHRASE' },
        { messageId: 'secretName', line: 3, column: 5, message: 'ARG NEWRELIC_LICENSE_KEY' },
        { messageId: 'secretName', line: 3, column: 39, message: 'ARG STRIPE_API_KEY' },
        { messageId: 'secretName', line: 3, column: 67, message: 'ARG SIGNING_PRIVATE_KEY' },
      ],
    },
    {
      name: 'ONBUILD ENV and ARG: the value stays in every image built from this one',
      code: df('FROM alpine:3.23', 'ONBUILD ENV API_TOKEN=Jm4kR8sLq2Wz', 'ONBUILD ARG NPM_TOKEN'),
      errors: [
        { messageId: 'secretName', line: 2, column: 13, message: 'ONBUILD ENV API_TOKEN holds a credential; its value stays in the configuration of every image built from this one' },
        { messageId: 'secretName', line: 3, column: 13, message: 'ONBUILD ARG NPM_TOKEN' },
      ],
    },
    {
      name: 'LABEL values under credential names, and a token-shaped one',
      code: df('FROM alpine:3.23', 'LABEL api_token=Yp3mN7qRt5Ux org.example.db-password="Xc8vB2nMq4Lk"', `LABEL build.note="${GHP}"`, 'ONBUILD LABEL secret=Ab4cD5eF6gH7'),
      errors: [
        { messageId: 'secretLabel', line: 2, column: 7, endColumn: 16, message: 'LABEL api_token holds a credential; labels stay in the image configuration' },
        { messageId: 'secretLabel', line: 2, column: 30, message: 'LABEL org.example.db-password' },
        { messageId: 'secretValue', line: 3, column: 7, message: 'LABEL build.note holds a value shaped like a GitHub token' },
        { messageId: 'secretLabel', line: 4, column: 15, message: 'the configuration of every image built from this one' },
      ],
    },
    {
      name: 'a value continued over a line break',
      code: df('FROM alpine:3.23', 'ENV API_TOKEN=Kf83jdLq\\', 'Pz02MxWc'),
      errors: [{ messageId: 'secretName', line: 2, column: 5 }],
    },
    {
      name: 'a token-shaped value under an ordinary name',
      code: df('FROM alpine:3.23', `ENV SETTINGS="${GHP}"`),
      errors: [{ messageId: 'secretValue', line: 2, column: 5, endColumn: 13, message: 'ENV SETTINGS holds a value shaped like a GitHub token' }],
    },
  ],
});

describe('secret-in-arg-or-env never shows the value', () => {
  it('names the variable only', () => {
    const code = df(`ARG GH_TOKEN=${GHP}`, 'FROM alpine:3.23', `ENV SETTINGS=${GHP}`, 'ENV HTTP_AUTH=basic:dhi:builder:Xk29vLq7Pw');
    const found = lintWith(rule, { code }).findings;
    expect(found).toHaveLength(3);
    for (const f of found) {
      expect(f.message).not.toContain(GHP.slice(4));
      expect(f.message).not.toContain('Xk29vLq7Pw');
      expect(f.fix?.title ?? '').not.toContain(GHP.slice(4));
    }
  });
});
