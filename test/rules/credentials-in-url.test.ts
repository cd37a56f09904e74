import { describe, expect, it } from 'vitest';
import rule from '../../rules/credentials-in-url.js';
import { df, lintWith, runRuleTests } from '../rule-tester.js';

const PW = 'Xk29vLq7Pw';
const GHP = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';

runRuleTests(rule, {
  valid: [
    { name: 'password from a secret mount env', code: df('FROM alpine:3.23', 'ARG PASS', 'RUN --mount=type=secret,id=pw,env=PASS wget https://builder:$PASS@example.com/f') },
    {
      name: 'password read from the mounted file into a shell variable',
      code: df('FROM alpine:3.23', 'ARG PASS', 'RUN --mount=type=secret,id=pw PASS="$(cat /run/secrets/pw)" && \\', '    wget https://builder:$PASS@example.com/f'),
    },
    { name: 'password computed inline', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=pw wget "https://builder:$(cat /run/secrets/pw)@example.com/f"') },
    { name: 'a variable no ARG/ENV declares', code: df('FROM alpine:3.23', 'RUN wget https://builder:${PASS}@example.com/f') },
    { name: 'a global ARG not redeclared in the stage is empty there', code: df('ARG PASS', 'FROM alpine:3.23', 'RUN wget https://builder:${PASS}@example.com/f') },
    { name: 'ARGs do not cross FROM <stage>', code: df('FROM alpine:3.23 AS base', 'ARG PASS', 'FROM base', 'RUN wget https://builder:$PASS@example.com/f') },
    { name: 'user name only', code: df('FROM alpine:3.23', 'RUN git clone https://deploy@git.example.com/x.git') },
    { name: 'plain URLs and e-mail addresses', code: df('FROM alpine:3.23', 'LABEL maintainer="ops@example.com"', 'RUN wget https://example.com/a:b@c') },
    { name: 'login names are no tokens', code: df('FROM alpine:3.23', 'RUN git clone https://git@github.com/o/r.git && git clone https://deploy-user-for-ci@git.example.com/x.git && git clone https://jenkins-ci-robot-2024@git.example.com/y.git') },
    { name: 'a user name with a known token shape is hardcoded-secret\'s', code: df('FROM alpine:3.23', `RUN git clone https://${GHP}@github.com/o/r.git`) },
    { name: 'an empty password', code: df('FROM alpine:3.23', 'RUN wget https://anonymous:@ftp.example.com/f') },
  ],
  invalid: [
    {
      name: 'a password holding @ runs to the last @ before the host, as URL parsers read it',
      code: df('FROM alpine:3.23', 'RUN wget -q https://ci:Mz8@xQ4vL7pW@example.com/tool.tgz'),
      errors: [{ messageId: 'literalPassword', line: 2, column: 21, endColumn: 36, message: 'The URL to example.com holds' }],
    },
    {
      name: 'a password of any length (a JWT)',
      code: df('FROM alpine:3.23', `RUN wget -q https://ci:eyJhbGciOiJIUzI1NiJ9.${'x'.repeat(300)}.sig@example.com/f`),
      errors: [{ messageId: 'literalPassword', line: 2, column: 21, message: 'example.com' }],
    },
    {
      name: 'a token as the URL user name',
      code: df('FROM alpine:3.23', 'RUN git clone https://a1b2c3d4e5f60718293a4b5c6d7e8f9012345678@github.com/o/s.git'),
      errors: [{ messageId: 'tokenUser', line: 2, column: 23, endColumn: 63, message: 'The URL to github.com carries a token as its user name' }],
    },
    {
      name: 'literal password in a wget URL',
      code: df('FROM alpine:3.23', `RUN wget -q https://builder:${PW}@example.com/file.tgz`),
      errors: [{ messageId: 'literalPassword', line: 2, column: 21, endLine: 2, endColumn: 39, message: 'The URL to example.com holds a user name and password' }],
    },
    {
      name: 'git clone with a token as password, continuation with a comment line, multi-stage',
      code: df('FROM alpine:3.23 AS src', 'RUN apk add git && \\', '# clone the sources', `    git clone https://x-access-token:${GHP}@github.com/o/r.git`, 'FROM alpine:3.23', 'COPY --from=src /r /r'),
      errors: [{ messageId: 'literalPassword', line: 4, column: 23, endColumn: 23 + 'x-access-token:'.length + GHP.length, message: 'github.com' }],
    },
    {
      name: 'ADD source, ENV and ARG values, a comment',
      code: df(
        `ARG MIRROR=https://builder:${PW}@mirror.example.com/alpine`,
        'FROM alpine:3.23',
        `ENV PIP_INDEX_URL="https://builder:${PW}@pypi.example.com/simple"`,
        `ADD https://builder:${PW}@example.com/f.tgz /tmp/`,
        `# mirror: https://builder:${PW}@old.example.com/`,
      ),
      errors: [
        { messageId: 'literalPassword', line: 1, column: 20, message: 'mirror.example.com' },
        { messageId: 'literalPassword', line: 3, column: 28, message: 'pypi.example.com' },
        { messageId: 'literalPassword', line: 4, column: 13, endColumn: 31 },
        { messageId: 'literalPassword', line: 5, column: 19, message: 'old.example.com' },
      ],
    },
    {
      name: 'password from a stage ARG, in a repository line written by echo',
      code: df('FROM alpine:3.23', 'ARG PASS', 'RUN echo "https://builder:${PASS}@mirror.example.com/alpine/v3.23/main" > /etc/apk/repositories'),
      errors: [{ messageId: 'variablePassword', line: 3, column: 19, endColumn: 34, message: 'takes its password from ARG PASS; the value stays in the image history' }],
    },
    {
      name: 'password from ENV in an ADD URL, and from an inherited ENV in a child stage',
      code: df('FROM alpine:3.23 AS base', 'ENV REPO_PW=changeme', 'ADD https://builder:${REPO_PW}@example.com/f.tgz /tmp/', 'FROM base', 'RUN wget https://u:$REPO_PW@example.com/x'),
      errors: [
        { messageId: 'variablePassword', line: 3, column: 13, endColumn: 31, message: 'ENV REPO_PW; the value stays in the image configuration' },
        { messageId: 'variablePassword', line: 5, column: 18, endColumn: 28 },
      ],
    },
    {
      name: 'global ARG in another global ARG, and ARG-based FROM',
      code: df('ARG PASS', 'ARG BASE_URL=https://builder:${PASS}@mirror.example.com', 'ARG IMAGE=alpine:3.23', 'FROM ${IMAGE}', 'RUN echo ok'),
      errors: [{ messageId: 'variablePassword', line: 2, column: 22, message: 'ARG PASS' }],
    },
    {
      name: 'heredoc repository file, with a default operator',
      code: df('FROM alpine:3.23', 'ARG PASS', 'RUN cat > /etc/apk/repositories <<EOF', 'https://u:${PASS:-none}@dhi.io/apk/alpine/v3.23/main', 'EOF'),
      errors: [{ messageId: 'variablePassword', line: 4, column: 9, endColumn: 24, message: 'dhi.io' }],
    },
    {
      name: 'heredoc RUN script',
      code: df('FROM alpine:3.23', 'ARG PASS', 'RUN <<EOF', 'set -e', 'wget https://u:${PASS}@example.com/x', 'EOF'),
      errors: [{ messageId: 'variablePassword', line: 5, column: 14, endColumn: 23 }],
    },
    {
      name: 'a token as the user name, with a fixed password',
      code: df('FROM alpine:3.23', `RUN git clone https://${GHP}:x-oauth-basic@github.com/o/r.git`),
      errors: [{ messageId: 'literalPassword', line: 2, column: 23, endColumn: 23 + GHP.length + ':x-oauth-basic'.length }],
    },
    {
      name: 'CRLF',
      code: `FROM alpine:3.23\r\nRUN wget https://builder:${PW}@example.com/f\r\n`,
      errors: [{ messageId: 'literalPassword', line: 2, column: 18, endColumn: 36 }],
    },
  ],
});

describe('credentials-in-url never shows the password', () => {
  it('messages hold the host only', () => {
    const code = df(
      `ARG MIRROR=https://builder:${PW}@mirror.example.com/alpine?token=${GHP}`,
      'FROM alpine:3.23',
      `RUN wget https://builder:${PW}@example.com/f?sig=${GHP} && git clone https://t:${GHP}@github.com/o/r`,
    );
    const found = lintWith(rule, { code }).findings;
    expect(found).toHaveLength(3);
    for (const f of found) {
      expect(f.message).not.toContain(PW);
      expect(f.message).not.toContain(GHP);
      expect(f.message).not.toContain('builder');
    }
  });
});
