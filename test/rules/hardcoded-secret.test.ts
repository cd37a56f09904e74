import { describe, expect, it } from 'vitest';
import rule from '../../rules/hardcoded-secret.js';
import credentialsInUrl from '../../rules/credentials-in-url.js';
import secretInArgOrEnv from '../../rules/secret-in-arg-or-env.js';
import secretFileInImage from '../../rules/secret-file-in-image.js';
import { findSecrets, NOT_SECRET_NAME, SECRET_NAME, URL_CREDENTIALS } from '../../src/policy/secrets.js';
import { df, lintWith, runRuleTests } from '../rule-tester.js';

const GHP = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const DCKR = 'dckr_pat_Q3kz8LmW2pXvT9rY5nB7cD1fG4h';
const AKIA = 'AKIAIOSFODNN7EXAMPLQ';
const GLPAT = 'glpat-Ab3De6Gh9Jk2Mn5Pq8St';
const NPM = 'npm_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2';
const SLACK = 'xoxb-1234567890-abcdefghijKL';
const BASIC = 'basic:dhi:builder:Xk29vLq7Pw';

runRuleTests(rule, {
  valid: [
    { name: 'a secret mount, no value in the file', code: df('FROM alpine:3.23', 'ARG NPM_TOKEN', 'RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci') },
    { name: 'apk auth read from the secret', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,id=http_auth HTTP_AUTH="$(cat /run/secrets/http_auth)" apk add curl') },
    { name: 'too short to be a token', code: df('FROM alpine:3.23', '# ghp_short and dckr_pat_x', 'RUN echo AKIA') },
    { name: 'a token-shaped URL password is credentials-in-url\'s finding', code: df('FROM alpine:3.23', `RUN git clone https://x-access-token:${GHP}@github.com/o/r.git`) },
    { name: 'a token-shaped URL user is credentials-in-url\'s finding too', code: df('FROM alpine:3.23', `RUN git clone https://${GHP}:x-oauth-basic@github.com/o/r.git`) },
    { name: 'a token glued to a word is no token', code: df('FROM alpine:3.23', `RUN echo my${GHP}`) },
    {
      name: 'credentials a command reads from a variable or a secret are not written in the file',
      code: df(
        'FROM node:22-alpine',
        'RUN --mount=type=secret,id=t,env=TOKEN curl -u "ci:$TOKEN" -H "Authorization: Bearer ${TOKEN}" https://example.com/f -o /f && curl -u ci https://example.com/g',
        'RUN --mount=type=secret,id=t,env=TOKEN docker login -u ci -p "$TOKEN" r.example.com && npm config set //registry.npmjs.org/:_authToken "$TOKEN"',
        'RUN --mount=type=secret,id=t,env=TOKEN echo "//registry.npmjs.org/:_authToken=${TOKEN}" > /root/.npmrc && curl -H "Accept: application/json" https://example.com/h',
      ),
    },
    { name: 'a fingerprint under GPG_KEY is no AWS secret key', code: df('FROM alpine:3.23', 'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D') },
    { name: 'a netrc password is secret-file-in-image\'s finding', code: df('FROM debian:trixie', "RUN printf 'machine dhi.io login ci password %s\\n' \"Hq7vN2pXz9Lw\" > /etc/apt/auth.conf.d/dhi.conf") },
  ],
  invalid: [
    {
      name: 'GitHub token in a global ARG, ARG-based FROM',
      code: df(`ARG GH=${GHP}`, 'ARG BASE=alpine:3.23', 'FROM ${BASE}', 'RUN echo ok'),
      errors: [{ messageId: 'hardcoded', line: 1, column: 8, endLine: 1, endColumn: 8 + GHP.length, message: 'literal GitHub token (in ARG)' }],
    },
    {
      name: 'Docker token in a comment, and a Slack token in a comment inside a continuation',
      code: df(`# login with ${DCKR}`, 'FROM alpine:3.23', 'RUN apk add curl \\', `# ${SLACK}`, '    git'),
      errors: [
        { messageId: 'hardcoded', line: 1, column: 14, message: 'Docker personal access token (in a comment)' },
        { messageId: 'hardcoded', line: 4, column: 3, endColumn: 3 + SLACK.length, message: 'Slack token (in a comment)' },
      ],
    },
    {
      name: 'AWS key in a heredoc RUN, multi-stage',
      code: df('FROM alpine:3.23 AS build', 'RUN <<EOF', `export AWS_ACCESS_KEY_ID=${AKIA}`, 'make', 'EOF', 'FROM alpine:3.23', 'COPY --from=build /out /out'),
      errors: [{ messageId: 'hardcoded', line: 3, column: 26, endColumn: 46, message: 'AWS access key id (in RUN)' }],
    },
    {
      name: 'apk credential in ENV and npm token in RUN, CRLF',
      code: `FROM alpine:3.23\r\nENV HTTP_AUTH="${BASIC}"\r\nRUN npm config set //registry.npmjs.org/:_authToken ${NPM}\r\n`,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 16, endColumn: 16 + BASIC.length, message: 'apk HTTP_AUTH credential (in ENV)' },
        { messageId: 'hardcoded', line: 3, column: 53, message: 'npm token (in RUN)' },
      ],
    },
    {
      name: 'private key written by a COPY heredoc: its header is reported',
      code: df('FROM alpine:3.23', 'COPY <<EOF /root/.ssh/id_ed25519', '-----BEGIN OPENSSH PRIVATE KEY-----', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ', '-----END OPENSSH PRIVATE KEY-----', 'EOF'),
      errors: [{ messageId: 'hardcoded', line: 3, column: 1, endColumn: 36, message: 'private key (in COPY)' }],
    },
    {
      name: 'curl -u, a credential header, wget --password, a token continued over a backslash',
      code: df(
        'FROM alpine:3.23',
        'RUN curl -fsSL -u ci:Gh7jK3lP9qWe https://example.com/f -o /f && curl -sH "X-API-Key: Vf5tG6yH7uJ8" https://example.com/g',
        'RUN wget -q --password=Bn6mK9lQ2wEr https://example.com/h && curl -fsSL --header "Authorization: Bearer Nb4vC7xZ2a\\',
        'LqMs" https://example.com/i',
      ),
      errors: [
        { messageId: 'hardcoded', line: 2, column: 22, endColumn: 34, message: 'literal password given to curl -u (in RUN)' },
        { messageId: 'hardcoded', line: 2, column: 87, endColumn: 99, message: 'credential in a curl header' },
        { messageId: 'hardcoded', line: 3, column: 24, endColumn: 36, message: 'password given to wget' },
        { messageId: 'hardcoded', line: 3, column: 105, endLine: 4, endColumn: 5, message: 'credential in a curl header' },
      ],
    },
    {
      name: 'docker login -p, npm config set, .npmrc lines written by echo and a COPY heredoc',
      code: df(
        'FROM node:22-alpine',
        'RUN docker login -u ci -p Df6gH9jK2lZx registry.example.com && npm config set //registry.npmjs.org/:_authToken Ty5uI8oP3aSd',
        'RUN echo "//registry.npmjs.org/:_authToken=Qw3eR6tY9uJh" > /root/.npmrc',
        'COPY <<EOF /root/.npmrc',
        '_auth=Zm9vYmFyYmF6cXV4',
        'EOF',
      ),
      errors: [
        { messageId: 'hardcoded', line: 2, column: 27, endColumn: 39, message: 'password given to docker login' },
        { messageId: 'hardcoded', line: 2, column: 112, endColumn: 124, message: 'npm auth token' },
        { messageId: 'hardcoded', line: 3, column: 44, endColumn: 56, message: 'npm auth token (in RUN)' },
        { messageId: 'hardcoded', line: 5, column: 7, message: 'npm auth token (in COPY)' },
      ],
    },
    {
      name: 'an AWS secret access key by name, and beside its key id',
      code: df('FROM alpine:3.23', 'RUN aws configure set aws_secret_access_key dUVDs9fWjJQRNBBU4e/VoSec6Jc3S+5BWC9sU2ke', 'RUN echo "AKIAQ3EGUWXZ7YHN4KLM vPmMPGbLGHC7hhZbAMbm/WsFvW8VD8TaAmLvsPQQ" > /tmp/creds'),
      errors: [
        { messageId: 'hardcoded', line: 2, column: 45, endColumn: 85, message: 'AWS secret access key (in RUN)' },
        { messageId: 'hardcoded', line: 3, column: 11, message: 'AWS access key id' },
        { messageId: 'hardcoded', line: 3, column: 32, endColumn: 72, message: 'AWS secret access key' },
      ],
    },
    {
      name: 'netrc passwords written into a file other than apt\'s auth.conf, a default entry too',
      code: df('FROM alpine:3.23', 'RUN echo "default login ci password Wq2eR5tY8uIp" > /root/.netrc', 'COPY <<EOF /root/.netrc', 'machine git.example.com', '  login ci', '  password Xw3eR6tY9uIo', 'EOF'),
      errors: [
        { messageId: 'hardcoded', line: 2, column: 37, endColumn: 49, message: 'literal netrc password (in RUN)' },
        { messageId: 'hardcoded', line: 6, column: 12, endColumn: 24, message: 'netrc password (in COPY)' },
      ],
    },
    {
      name: 'a PGP private key block',
      code: df('FROM alpine:3.23', "RUN cat > /root/k.asc <<'EOF'", '-----BEGIN PGP PRIVATE KEY BLOCK-----', '', 'lQOYBGXh3kQBCADM8x2nZqT5vLw9rJ4mK7pH1cB6dF3gS0aE8uY2iO5tR9wQ', '-----END PGP PRIVATE KEY BLOCK-----', 'EOF'),
      errors: [{ messageId: 'hardcoded', line: 3, column: 1, endColumn: 38, message: 'private key (in RUN)' }],
    },
    {
      name: 'two tokens on one line, a GitLab one in a URL query',
      code: df('FROM alpine:3.23', `RUN curl -H "PRIVATE-TOKEN: ${GLPAT}" "https://gitlab.example.com/api?t=${GLPAT}" -o /x`),
      errors: [
        { messageId: 'hardcoded', line: 2, column: 29, message: 'GitLab token' },
        { messageId: 'hardcoded', line: 2, column: 91, message: 'GitLab token' },
      ],
    },
  ],
});

describe('hardcoded-secret never shows the value', () => {
  it('messages name the kind, never the token', () => {
    const tokens = [GHP, DCKR, AKIA, GLPAT, NPM, SLACK, BASIC];
    const code = df(...tokens.map((t, i) => `ARG V${i}=${t}`), 'FROM alpine:3.23', ...tokens.map((t) => `# ${t}`));
    const found = lintWith(rule, { code }).findings;
    expect(found).toHaveLength(tokens.length * 2);
    for (const f of found) for (const t of tokens) expect(f.message).not.toContain(t.slice(6));
  });
});

describe('secret patterns stay linear on adversarial input', () => {
  const n = 100_000;
  const inputs: Record<string, string> = {
    'one long word': 'a'.repeat(n),
    'repeated basic prefix': 'basic:'.repeat(n / 6),
    'basic without the last colon': 'basic:a:b'.repeat(n / 9),
    'schemes without credentials': 'a://'.repeat(n / 4),
    'a password with no @': 'https://u:' + 'p'.repeat(n),
    'user colons': 'https://' + 'u:'.repeat(n / 2),
    'scheme, user, password, no @': 'a://b:c'.repeat(n / 7),
    'variable passwords with no @': 'https://u:${P'.repeat(n / 13),
    'private key headers': '-----BEGIN '.repeat(n / 11),
    'header words': '-----BEGIN ' + 'A '.repeat(n / 2),
    'headers without a footer, base64 after': ('-----BEGIN RSA PRIVATE KEY-----\n' + 'QUFB'.repeat(20) + '\n').repeat(n / 112),
    'token prefixes': 'xoxb-'.repeat(n / 5) + 'dckr_pat_'.repeat(n / 9) + 'ghp_'.repeat(n / 4),
    'credential-looking names': 'A_'.repeat(n / 2) + 'TOKE',
  };
  it.each(Object.keys(inputs))('%s', (key) => {
    const text = inputs[key]!;
    expect(Array.isArray(findSecrets(text))).toBe(true);
    for (const re of [URL_CREDENTIALS, SECRET_NAME, NOT_SECRET_NAME]) {
      re.lastIndex = 0;
      re.test(text);
    }
    // Through the engine too (the model's secret spans, the rules' own patterns), under its line limit.
    const line = text.slice(0, 20_000);
    for (const r of [rule, credentialsInUrl, secretInArgOrEnv, secretFileInImage]) {
      for (const code of [`FROM alpine:3.23\nRUN echo ${line}\n`, `FROM alpine:3.23\nENV A="${line}"\n# ${line}\n`]) {
        expect(lintWith(r, { code }).error).toBeUndefined();
      }
    }
  });
});
