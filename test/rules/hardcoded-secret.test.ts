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
