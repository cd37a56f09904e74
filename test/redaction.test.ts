/**
 * The engine's secret spans hide every credential-shaped value of a file, wherever it is written:
 * ARG, ENV, RUN, a comment, a URL. Outputs redact by these spans, so a miss here is a leak there.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { makePolicy } from '../src/policy/index.js';
import { SECRET_SHAPES, redact } from '../src/policy/secrets.js';
import { logicalView, Masker, ValueFinder } from '../src/model/redaction.js';

const config = { rules: {}, policy: makePolicy(), buildArgs: {} };

/** One real-shaped token per shape, and the part of it that must never be shown. */
const TOKENS: { shape: string; token: string; hidden: string }[] = [
  { shape: 'docker-pat', token: 'dckr_pat_Q3kz8LmW2pXvT9rY5nB7cD1fG4h', hidden: 'Q3kz8LmW2pXvT9rY5nB7cD1fG4h' },
  { shape: 'docker-oat', token: 'dckr_oat_Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1', hidden: 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1' },
  { shape: 'github-token', token: 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', hidden: 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' },
  {
    shape: 'github-pat',
    token: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEF0123456789',
    hidden: '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEF0123456789',
  },
  { shape: 'gitlab-token', token: 'glpat-Ab3De6Gh9Jk2Mn5Pq8St', hidden: 'Ab3De6Gh9Jk2Mn5Pq8St' },
  { shape: 'aws-access-key', token: 'AKIAIOSFODNN7EXAMPLQ', hidden: 'IOSFODNN7EXAMPLQ' },
  { shape: 'aws-secret-key', token: 'aws_secret_access_key=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', hidden: 'Hk8sJ3dF6gL9zX2cV5bN1mQ4wE7rT0yU2iO5pA8s' },
  { shape: 'slack-token', token: 'xoxb-1234567890-abcdefghijKL', hidden: '1234567890-abcdefghijKL' },
  { shape: 'npm-token', token: 'npm_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2', hidden: 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2' },
  { shape: 'apk-basic-auth', token: 'basic:dhi:builder:Xk29vLq7Pw', hidden: 'dhi:builder:Xk29vLq7Pw' },
];

const KEY_BODY = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 'QyNTUxOQAAACDxq2Vn0j9ZkT4m6yB8sW3pH1cR7uE5aL2oN9dF0gK6vQAAAJgA'];
const PRIVATE_KEY = ['-----BEGIN OPENSSH PRIVATE KEY-----', ...KEY_BODY, '-----END OPENSSH PRIVATE KEY-----'];

/** The same token in every place a Dockerfile can hold it. */
function placements(token: string): Record<string, string> {
  return {
    ARG: `FROM alpine:3.23\nARG SOME_VALUE=${token}\nRUN echo ok\n`,
    'global ARG': `ARG CONFIG="${token}"\nFROM alpine:3.23\n`,
    ENV: `FROM alpine:3.23\nENV SETTING=${token} OTHER=1\n`,
    RUN: `FROM alpine:3.23\nRUN curl -fsSL -H "Authorization: Bearer ${token}" https://example.com/x \\\n    -o /tmp/x\n`,
    'RUN assignment': `FROM alpine:3.23\nRUN HTTP_AUTH='${token}' apk add curl\n`,
    comment: `# the token is ${token}\nFROM alpine:3.23\n`,
    'continuation comment': `FROM alpine:3.23\nRUN apk add curl \\\n# ${token}\n    git\n`,
    heredoc: `FROM alpine:3.23\nRUN <<EOF\nexport T=${token}\nEOF\n`,
    URL: `FROM alpine:3.23\nRUN wget https://builder:${token}@example.com/file.tgz\n`,
    CRLF: `FROM alpine:3.23\r\nENV A=${token}\r\n`,
  };
}

describe('secret spans cover every credential the file holds', () => {

  it('has one sample per shape', () => {
    expect(TOKENS.map((t) => t.shape).sort()).toEqual(SECRET_SHAPES.map((s) => s.id).filter((id) => id !== 'private-key').sort());
  });

  for (const { shape, token, hidden } of TOKENS) {
    for (const [where, text] of Object.entries(placements(token))) {
      it(`${shape} in ${where}`, () => {
        const result = lintText(text, { config });
        expect(result.error).toBeUndefined();
        const shown = redact(text, 0, result.secretSpans);
        expect(shown).not.toContain(token);
        expect(shown).not.toContain(hidden);
        for (const f of result.findings) {
          expect(f.message).not.toContain(hidden);
          expect(f.fix?.title ?? '').not.toContain(hidden);
        }
      });
    }
  }

  it('a password in a URL, in RUN, ARG, ENV, ADD and a repository line', () => {
    const text = [
      'ARG MIRROR=https://builder:Pa55w0rdArg@mirror.example.com/alpine',
      'FROM alpine:3.23',
      'ENV PIP_INDEX_URL="https://builder:Pa55w0rdEnv@pypi.example.com/simple"',
      'ADD https://builder:Pa55w0rdAdd@example.com/f.tgz /tmp/',
      'RUN echo "https://builder:Pa55w0rdRepo@mirror.example.com/alpine/v3.23/main" > /etc/apk/repositories && \\',
      '    git clone https://builder:Pa55w0rdGit@git.example.com/x.git',
      '',
    ].join('\n');
    const shown = redact(text, 0, lintText(text, { config }).secretSpans);
    for (const pw of ['Pa55w0rdArg', 'Pa55w0rdEnv', 'Pa55w0rdAdd', 'Pa55w0rdRepo', 'Pa55w0rdGit']) expect(shown).not.toContain(pw);
    expect(shown).toContain('https://builder:****@mirror.example.com/alpine');
  });

  it('the password of a netrc entry (apt auth.conf, .netrc), written on one line or with \\n', () => {
    const text = [
      'FROM debian:trixie',
      'RUN echo "machine dhi.io login builder password S3cr3tPassw0rd" > /etc/apt/auth.conf.d/dhi.conf',
      "RUN printf 'machine dhi.io\\nlogin builder\\npassword An0therSecret\\n' > /etc/apt/auth.conf",
      'COPY <<EOF /root/.netrc',
      'machine dhi.io',
      '  login builder',
      '  password Th1rdSecret',
      'EOF',
      'RUN printf "machine dhi.io login b password %s\\n" "$DHI_TOKEN" > /tmp/n',
      '',
    ].join('\n');
    const result = lintText(text, { config });
    const shown = redact(text, 0, result.secretSpans);
    for (const pw of ['S3cr3tPassw0rd', 'An0therSecret', 'Th1rdSecret']) expect(shown).not.toContain(pw);
    expect(shown).toContain('login builder password ****"');
    expect(shown).toContain('password %s');
  });

  it('the body of a private key, not only its header', () => {
    for (const text of [
      `FROM alpine:3.23\nRUN mkdir -p /root/.ssh && cat > /root/.ssh/id_ed25519 <<EOF\n${PRIVATE_KEY.join('\n')}\nEOF\n`,
      `FROM alpine:3.23\nCOPY <<EOF /root/.ssh/id_ed25519\n${PRIVATE_KEY.join('\n')}\nEOF\n`,
      `FROM alpine:3.23\nRUN echo "${PRIVATE_KEY.join('\\n')}" > /root/.ssh/id_ed25519\n`,
      // No footer: everything that looks like the key's base64 is hidden.
      `FROM alpine:3.23\nRUN printf '%s\\n' '${PRIVATE_KEY[0]}' \\\n  '${KEY_BODY[0]}' \\\n  '${KEY_BODY[1]}' > /k\n`,
    ]) {
      const shown = redact(text, 0, lintText(text, { config }).secretSpans);
      for (const line of KEY_BODY) expect(shown, text).not.toContain(line);
    }
  });

  it('credential-named variables with plain values, in ARG, ENV and RUN', () => {
    const text = [
      'ARG REGISTRY_PASSWORD=plainvalue1',
      'FROM alpine:3.23',
      'ENV API_KEY plainvalue2',
      'RUN NPM_TOKEN=plainvalue3 npm ci && export GH_TOKEN="plainvalue4" && SECRET=plainvalue5 make',
      'RUN TOKEN_FILE=/run/secrets/token make',
      // An ONBUILD RUN trigger is read for findings too (secret-file-in-image reports this line).
      'ONBUILD RUN NPM_TOKEN=plainvalue6 && echo "$NPM_TOKEN" > /root/.npmrc',
      '',
    ].join('\n');
    const shown = redact(text, 0, lintText(text, { config }).secretSpans);
    for (let i = 1; i <= 6; i++) expect(shown).not.toContain(`plainvalue${i}`);
    expect(shown).toContain('TOKEN_FILE=/run/secrets/token');
  });

  it('references are not values: nothing to hide, and the text stays readable', () => {
    const text = 'FROM alpine:3.23\nARG NPM_TOKEN\nRUN --mount=type=secret,id=http_auth HTTP_AUTH="$(cat /run/secrets/http_auth)" apk add curl\n';
    expect(redact(text, 0, lintText(text, { config }).secretSpans)).toBe(text);
  });
});

describe('the redaction model', () => {
  const lint = (text: string, buildArgs: Record<string, string> = {}) => lintText(text, { config: { ...config, buildArgs } });
  const shown = (text: string, buildArgs: Record<string, string> = {}) => redact(text, 0, lint(text, buildArgs).secretSpans);

  it('hides a value wherever else the file writes it, and a --build-arg value found in the text', () => {
    const text = "FROM alpine:3.23\nARG DB_PASSWORD=Vb6nM3kQ8zYt\nRUN mysql -uroot -pVb6nM3kQ8zYt -e 'select 1'\n# Tr5wQ9mLk2Xc\n";
    const out = shown(text, { REPO_PASSWORD: 'Tr5wQ9mLk2Xc' });
    expect(out).toBe("FROM alpine:3.23\nARG DB_PASSWORD=****\nRUN mysql -uroot -p**** -e 'select 1'\n# ****\n");
  });

  it('hides a value on both sides of a line continuation, with either escape', () => {
    expect(shown('FROM alpine:3.23\nENV API_TOKEN=Kf83jdLq\\\nPz02MxWc\n')).toBe('FROM alpine:3.23\nENV API_TOKEN=****\n');
    expect(shown('# escape=`\nFROM alpine:3.23\nENV API_TOKEN=Rt6yU8iO`\nLp3kJ5hG\n')).toBe('# escape=`\nFROM alpine:3.23\nENV API_TOKEN=****\n');
    const token = 'RUN curl -H "Authorization: Bearer ghp_Ab3dEf6hIj9kLm2nOp\\\n5qRs8tUv1wXy4zAb7cD" https://x\n';
    expect(shown(`FROM alpine:3.23\n${token}`)).toBe('FROM alpine:3.23\nRUN curl -H "Authorization: Bearer ****" https://x\n');
  });

  it('keeps what stores no credential as it is', () => {
    const text = [
      'FROM alpine:3.23',
      "ENV PASSWORD= DB_PASSWORD='' GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
      'ENV TOKEN_FILE=/run/secrets/token TOKEN_TTL_SECONDS=3600 GOOGLE_APPLICATION_CREDENTIALS=/secrets/key.json',
      'ARG NPM_TOKEN',
      'RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm config set //registry.npmjs.org/:_authToken "$NPM_TOKEN" && curl -u "ci:$NPM_TOKEN" https://x',
      '',
    ].join('\n');
    expect(lint(text).secretSpans).toEqual([]);
  });

  it('hides LABEL and ONBUILD values under credential names, and what commands are given', () => {
    const text = [
      'FROM node:22-alpine',
      'LABEL org.example.db-password="Xc8vB2nMq4Lk"',
      'ONBUILD ENV API_TOKEN=Jm4kR8sLq2Wz',
      'RUN curl -u ci:Gh7jK3lP9qWe https://x && docker login -p Df6gH9jK2lZx r.example.com && npm config set //r/:_authToken Ty5uI8oP3aSd',
      'RUN printf \'machine dhi.io login ci password %s\\n\' "Hq7vN2pXz9Lw" > /etc/netrc',
      '',
    ].join('\n');
    const out = shown(text);
    for (const s of ['Xc8vB2nMq4Lk', 'Jm4kR8sLq2Wz', 'Gh7jK3lP9qWe', 'Df6gH9jK2lZx', 'Ty5uI8oP3aSd', 'Hq7vN2pXz9Lw']) expect(out).not.toContain(s);
    expect(out).toContain('curl -u ci:**** https://x');
  });

  it('gives the ranges sorted and disjoint, and one value once', () => {
    const text = `FROM alpine:3.23\nARG A_TOKEN=${'x1'.repeat(10)}\nARG B_TOKEN=${'x1'.repeat(10)}\nRUN echo https://u:${'x1'.repeat(10)}@h/\n`;
    const r = lint(text);
    for (let i = 1; i < r.secretSpans.length; i++) expect(r.secretSpans[i]!.start).toBeGreaterThan(r.secretSpans[i - 1]!.end);
    expect(r.secretValues).toEqual(['x1'.repeat(10)]);
  });
});

describe('ValueFinder and Masker', () => {
  it('finds every occurrence of many values in one pass, as a naive search does', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + rand(6) }, () => Array.from({ length: 1 + rand(5) }, () => 'ab'[rand(2)]).join(''));
      const text = Array.from({ length: rand(60) }, () => 'abc'[rand(3)]).join('');
      const covered = new Array<boolean>(text.length).fill(false);
      for (const v of values) for (let at = text.indexOf(v); at !== -1; at = text.indexOf(v, at + 1)) for (let k = at; k < at + v.length; k++) covered[k] = true;
      const got = new Array<boolean>(text.length).fill(false);
      for (const s of new ValueFinder(values).find(text, false)) for (let k = s.start; k < s.end; k++) got[k] = true;
      expect(got, `${JSON.stringify(values)} in ${text}`).toEqual(covered);
    }
  });

  it('leaves plain words in prose and data of several words, hides them in a word of the file', () => {
    const m = new Masker([], ['secret', 'image', 'Xk29vLq7Pw']);
    expect(m.prose('Use a secret mount for Xk29vLq7Pw')).toBe('Use a secret mount for ****');
    expect(m.data('the image configuration')).toBe('the image configuration');
    expect(m.data('https://u:secret@example.com/image')).toBe('https://u:****@example.com/****');
    expect(m.value('RUN --mount=type=secret')).toBe('RUN --mount=type=****');
  });

  it('maps the joined text of continuations back to the file', () => {
    const raw = 'ab\\\ncd\\  \r\nef';
    const view = logicalView(raw, '\\');
    expect(view.text).toBe('abcdef');
    expect(view.rawSpan(1, 5)).toEqual({ start: 1, end: raw.indexOf('e') + 1 });
    expect(raw.slice(view.toRaw(2), view.toRaw(2) + 1)).toBe('c');
  });
});
