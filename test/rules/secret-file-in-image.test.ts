import { describe, expect, it } from 'vitest';
import rule from '../../rules/secret-file-in-image.js';
import { df, lintWith, runRuleTests } from '../rule-tester.js';

runRuleTests(rule, {
  valid: [
    { name: 'a vendor signing key ADDed into trusted.gpg.d is a public key', code: df('FROM debian:trixie', 'ADD https://dist.example.com/debian/vendor.key /etc/apt/trusted.gpg.d/vendor.asc') },
    { name: 'a .key copied into a keyring is a public key', code: df('FROM debian:trixie', 'COPY vendor.key /usr/share/keyrings/vendor-archive-keyring.gpg') },
    { name: 'a .key saved under a public-key name', code: df('FROM jenkins/jenkins:lts', 'COPY jenkins.io-2026.key /war/jenkins-key.pub') },
    { name: 'a template of a credential file holds no credential', code: df('FROM node:22-alpine', 'COPY .env_template /.env', 'COPY .npmrc.example /root/.npmrc') },
    { name: 'apt: credentials written from the secret mount are reported, not a mounted target', code: df('FROM debian:trixie', 'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update && apt-get install -y curl') },
    { name: 'the documented secret mount', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=http_auth HTTP_AUTH="$(cat /run/secrets/http_auth)" apk add curl') },
    { name: 'a secret mounted at a custom target', code: df('FROM debian:trixie', 'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update') },
    { name: 'certificates and public keys', code: df('FROM alpine:3.23', 'COPY ca.pem cert.pem fullchain.pem /certs/', 'COPY id_rsa.pub /root/.ssh/authorized_keys', 'COPY dhi-deb-gpg.D46852F6925E9F71.key /usr/share/keyrings/') },
    { name: 'example env files and ordinary configuration', code: df('FROM alpine:3.23', 'COPY .env.example .env.sample ./', 'COPY ssh_config /root/.ssh', 'COPY config.json /app/') },
    { name: 'a quoted heredoc writes the text $T, not the secret; tee to /dev/stderr keeps nothing', code: df('FROM alpine:3.23', "RUN --mount=type=secret,id=t T=\"$(cat /run/secrets/t)\" && cat > /etc/motd <<'EOF'", 'password $T \\$T', 'EOF', 'RUN --mount=type=secret,id=t cat /run/secrets/t | tee /dev/stderr') },
    {
      name: 'an unquoted heredoc that names /run/secrets/ as text, outside the $(…) it expands',
      code: df('FROM alpine:3.23', 'RUN cat <<EOF > /etc/motd', 'Secrets are mounted at /run/secrets/npm while building; built on $(date)', 'EOF', 'RUN cat <<EOF > /etc/motd', 'see /run/secrets/x, not \\$(cat /run/secrets/x)', 'EOF'),
    },
    { name: 'cat with a file operand copies the file, not the heredoc', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=t T="$(cat /run/secrets/t)" && cat /etc/motd.base <<EOF > /etc/motd', 'password $T', 'EOF') },
    { name: 'apt credentials written with tee and removed in the same RUN', code: df('FROM debian:trixie', 'RUN echo "machine dhi.io login u password p" | tee /etc/apt/auth.conf.d/dhi.conf >/dev/null && apt-get update && rm /etc/apt/auth.conf.d/dhi.conf') },
    { name: 'a secret written and removed in the same RUN', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=t cat /run/secrets/t > /tmp/t && make && rm -f /tmp/t') },
  ],
  invalid: [
    {
      name: 'a secret expanded in an unquoted heredoc written to a file, from the mount or a variable',
      code: df(
        'FROM alpine:3.23',
        'RUN --mount=type=secret,id=t cat > /root/.netrc <<EOF',
        'machine dhi.io login x password $(cat /run/secrets/t)',
        'EOF',
        'RUN --mount=type=secret,id=t T="$(cat /run/secrets/t)" && cat <<EOF > /root/.netrc',
        'machine dhi.io login x password ${T}',
        'EOF',
      ),
      errors: [
        { messageId: 'written', line: 2, column: 36, endColumn: 48, message: 'RUN writes the secret /run/secrets/t into /root/.netrc' },
        { messageId: 'written', line: 5, column: 71, endColumn: 83, message: 'RUN writes the secret $T into /root/.netrc' },
      ],
    },
    {
      name: 'a secret file named by a variable: the read is reported, by the name the variable gives (it crashed the lint before)',
      code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=t ID=t && echo "$(cat /run/secrets/$ID)" > /root/.token'),
      errors: [{ messageId: 'written', line: 2, column: 71, endColumn: 83, message: 'RUN writes the secret /run/secrets/t into /root/.token' }],
    },
    {
      name: 'a secret piped or here-stringed into tee',
      code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=t cat /run/secrets/t | tee /root/.token >/dev/null', 'RUN --mount=type=secret,id=t T="$(cat /run/secrets/t)" && tee -a /root/.netrc <<< "password $T"'),
      errors: [
        { messageId: 'written', line: 2, column: 55, endColumn: 67 },
        { messageId: 'written', line: 3, column: 66, endColumn: 78 },
      ],
    },
    {
      name: 'an ONBUILD trigger that writes the mounted secret into the image',
      code: df('FROM alpine:3.23', 'ONBUILD RUN --mount=type=secret,id=t TOKEN="$(cat /run/secrets/t)" && echo "$TOKEN" > /root/.netrc'),
      errors: [{ messageId: 'written', line: 2, column: 87, endColumn: 99 }],
    },
    {
      name: 'unsafe fix: the copied token becomes a secret mounted where the RUNs read it',
      unsafe: true,
      code: df('FROM alpine:3.23', 'COPY http_auth.txt /tmp/http_auth.txt', 'RUN HTTP_AUTH="$(cat /tmp/http_auth.txt)" apk update', 'RUN echo done'),
      errors: [{ messageId: 'copied', line: 2, column: 6, endColumn: 19 }],
      output: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=http_auth,target=/tmp/http_auth.txt HTTP_AUTH="$(cat /tmp/http_auth.txt)" apk update', 'RUN echo done'),
    },
    {
      name: 'unsafe fix keeps CRLF and mounts a .npmrc into a directory destination',
      unsafe: true,
      code: 'FROM node:22-alpine\r\nCOPY .npmrc /root/\r\nRUN npm ci --userconfig /root/.npmrc\r\n',
      errors: [{ messageId: 'copied', line: 2, column: 6 }],
      output: 'FROM node:22-alpine\r\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --userconfig /root/.npmrc\r\n',
    },
    {
      name: 'no fix when the file is used outside RUN (at run time, or by a later stage)',
      unsafe: true,
      code: df('FROM alpine:3.23 AS app', 'COPY .netrc /root/.netrc', 'RUN wget --netrc-file /root/.netrc https://example.org/x', 'CMD ["sh", "-c", "cat /root/.netrc"]'),
      errors: [{ messageId: 'copied', line: 2, column: 6 }],
      output: null,
    },
    {
      name: 'the apk token file copied into the image',
      code: df('FROM alpine:3.23', 'COPY http_auth.txt /tmp/', 'RUN HTTP_AUTH="$(cat /tmp/http_auth.txt)" apk add curl && rm /tmp/http_auth.txt'),
      errors: [{ messageId: 'copied', line: 2, column: 6, endLine: 2, endColumn: 19, message: 'COPY puts the credential file http_auth.txt into the image at /tmp/http_auth.txt' }],
    },
    {
      name: 'netrc, npmrc and an SSH key, several sources and a renamed destination',
      code: df('FROM alpine:3.23', 'COPY .netrc .npmrc /root/', 'COPY deploy-key /root/.ssh/id_ed25519', 'COPY .ssh /root/.ssh'),
      errors: [
        { messageId: 'copied', line: 2, column: 6, endColumn: 12, message: '.netrc' },
        { messageId: 'copied', line: 2, column: 13, endColumn: 19, message: '.npmrc' },
        { messageId: 'copied', line: 3, column: 6, message: 'id_ed25519 into the image at /root/.ssh/id_ed25519' },
        { messageId: 'copied', line: 4, column: 6, message: 'credential file .ssh' },
      ],
    },
    {
      name: 'apt credentials, Docker login and private keys, multi-stage with COPY --from and ARG-based FROM',
      code: df(
        'ARG BASE=debian:trixie',
        'FROM ${BASE} AS creds',
        'COPY dhi-auth /etc/apt/auth.conf.d/dhi.conf',
        'FROM ${BASE}',
        'COPY --from=creds /etc/apt/auth.conf.d/dhi.conf /etc/apt/auth.conf.d/',
        'COPY docker.json /root/.docker/config.json',
        'COPY server.key tls-key.pem store.p12 /etc/ssl/private/',
      ),
      errors: [
        { messageId: 'copied', line: 3, column: 6, message: 'auth.conf.d/dhi.conf' },
        { messageId: 'copied', line: 5, column: 19, message: 'auth.conf.d/dhi.conf' },
        { messageId: 'copied', line: 6, column: 6, message: '.docker/config.json' },
        { messageId: 'copied', line: 7, column: 6, message: 'server.key' },
        { messageId: 'copied', line: 7, column: 17, message: 'tls-key.pem' },
        { messageId: 'copied', line: 7, column: 29, message: 'store.p12' },
      ],
    },
    {
      name: 'ADD from a URL, .env files, a heredoc netrc, CRLF',
      code: 'FROM alpine:3.23\r\nADD https://example.com/conf/.pypirc /root/\r\nCOPY .env .env.production ./\r\nCOPY <<EOF /root/.netrc\r\nmachine example.com login me password x\r\nEOF\r\n',
      errors: [
        { messageId: 'copied', line: 2, column: 5, message: 'ADD puts the credential file .pypirc' },
        { messageId: 'copied', line: 3, column: 6, endColumn: 10, message: '.env' },
        { messageId: 'copied', line: 3, column: 11, message: '.env.production' },
        { messageId: 'copied', line: 4, column: 6, endColumn: 11, message: 'credential file .netrc into the image at /root/.netrc' },
      ],
    },
    {
      name: 'a RUN writes the mounted secret into a file, continuation with a comment line',
      code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=http_auth \\', '    cat /run/secrets/http_auth > /etc/apk/http_auth && \\', '# keep it for later', '    apk add curl'),
      errors: [{ messageId: 'written', line: 3, column: 34, endColumn: 52, message: 'RUN writes the secret /run/secrets/http_auth into /etc/apk/http_auth' }],
    },
    {
      name: 'a RUN copies the mounted secret into the layer; a copy removed again is fine',
      code: df(
        'FROM debian:trixie',
        'RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /etc/apt/auth.conf.d/dhi.conf && apt-get update',
        'RUN --mount=type=secret,id=n,target=/root/n cp /root/n /tmp/n && make && rm /tmp/n',
      ),
      errors: [{ messageId: 'written', line: 2, column: 56, message: 'the secret /run/secrets/netrc into /etc/apt/auth.conf.d/dhi.conf' }],
    },
    {
      name: 'a RUN writes a credential variable into a config file, heredoc RUN',
      code: df('FROM node:22-alpine', 'ARG NPM_TOKEN', 'RUN <<EOF', 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > /root/.npmrc', 'npm ci', 'EOF'),
      errors: [{ messageId: 'written', line: 4, column: 56, message: 'the secret $NPM_TOKEN into /root/.npmrc' }],
    },
    {
      name: 'apt: auth.conf written as text without a secret mount (echo and tee)',
      code: df('FROM debian:trixie', 'RUN echo "machine dhi.io login me password hunter2" > /etc/apt/auth.conf.d/dhi.conf && apt-get update', 'RUN printf "machine dhi.io\\n" | tee /etc/apt/auth.conf'),
      errors: [
        { messageId: 'authConfWritten', line: 2, column: 55, endColumn: 84, message: 'RUN writes apt credentials into /etc/apt/auth.conf.d/dhi.conf with echo, without a secret mount' },
        { messageId: 'authConfWritten', line: 3, column: 37 },
      ],
    },
  ],
});

describe('secret-file-in-image never shows a secret', () => {
  it('messages name files and sources, not contents', () => {
    const code = df('FROM alpine:3.23', 'COPY <<EOF /root/.netrc', 'machine example.com login me password Xk29vLq7Pw', 'EOF', 'ARG HTTP_AUTH=basic:dhi:me:Xk29vLq7Pw', 'RUN echo "$HTTP_AUTH" > /etc/apk/auth');
    const found = lintWith(rule, { code }).findings;
    expect(found.map((f) => f.messageId)).toEqual(['copied', 'written']);
    for (const f of found) expect(f.message).not.toContain('Xk29vLq7Pw');
  });
});
