/**
 * Placements × channels: every credential placement the tool promises to hide, run through every way
 * it prints (each CLI format with and without colour, `--diff`, `--fix`, `--stdin`, `--debug`, the
 * language server's diagnostics and code actions, the CLI's error messages). No output may hold any
 * 6-character piece of a secret, and every message must still read as its rule's template.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { startLanguageServer } from '../src/lsp/server.js';
import { run, tree } from './cli/harness.js';
import { TestClient } from './lsp/client.js';

interface Placement {
  name: string;
  text: string;
  /** The secrets: no 6-character piece of any may be printed. */
  hidden: string[];
  /** `.hardenfile.yaml` beside the file. */
  config?: string;
  /** More CLI flags (`--build-arg …`). */
  flags?: string[];
  /** Rules that must report (the placement is detected, not only masked). */
  detect?: string[];
  /** Words a message must keep. */
  words?: string[];
}

const ALPINE = 'FROM alpine:3.23';
const df = (...lines: string[]) => `${lines.join('\n')}\n`;
const rnd = (seed: number, n: number) => {
  const abc = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += abc[x % abc.length];
  }
  return out;
};
const LONG_BASIC = rnd(1, 230);
const JWT = `eyJhbGciOiJIUzI1NiJ9.${rnd(2, 260)}.${rnd(3, 43)}`;
const PGP = [rnd(4, 64), rnd(5, 64), rnd(6, 40)];
const AWS_1 = `${rnd(7, 18)}/${rnd(8, 10)}+${rnd(9, 10)}`;
const AWS_2 = `${rnd(10, 20)}/${rnd(11, 19)}`;

export const PLACEMENTS: Placement[] = [
  // Detected, but printed before.
  {
    name: 'a netrc password given to printf',
    text: df('FROM debian:trixie', "RUN printf 'machine dhi.io login ci password %s\\n' \"Hq7vN2pXz9Lw\" > /etc/apt/auth.conf.d/dhi.conf"),
    hidden: ['Hq7vN2pXz9Lw'],
    detect: ['secret-file-in-image'],
  },
  { name: 'a basic: credential over 200 characters', text: df(ALPINE, `RUN HTTP_AUTH=basic:dhi:ci:${LONG_BASIC} apk add curl`), hidden: [LONG_BASIC], detect: ['hardcoded-secret'] },
  { name: 'a URL password over 200 characters (a JWT)', text: df(ALPINE, `RUN wget -q https://ci:${JWT}@example.com/tool.tgz`), hidden: [JWT], detect: ['credentials-in-url'] },
  {
    name: 'a credential-named value continued over a backslash',
    text: df(ALPINE, 'ENV API_TOKEN=Kf83jdLq\\', 'Pz02MxWc', 'RUN apk add curl'),
    hidden: ['Kf83jdLq', 'Pz02MxWc'],
    detect: ['secret-in-arg-or-env'],
  },
  {
    name: 'a credential-named value continued over the backtick escape',
    text: df('# escape=`', ALPINE, 'ENV API_TOKEN=Rt6yU8iO`', 'Lp3kJ5hG', 'RUN apk add curl'),
    hidden: ['Rt6yU8iO', 'Lp3kJ5hG'],
    detect: ['secret-in-arg-or-env'],
  },
  {
    name: 'a token continued over a backslash',
    text: df(ALPINE, 'RUN curl -fsSL -H "Authorization: Bearer ghp_Ab3dEf6hIj9kLm2nOp\\', '5qRs8tUv1wXy4zAb7cD" https://example.com/x -o /x && apk add curl'),
    hidden: ['Ab3dEf6hIj9kLm2nOp', '5qRs8tUv1wXy4zAb7cD'],
    detect: ['hardcoded-secret'],
  },
  { name: 'a URL password holding @', text: df(ALPINE, 'RUN wget -q https://ci:Mz8@xQ4vL7pW@example.com/tool.tgz && apk add curl'), hidden: ['Mz8@xQ4vL7pW'], detect: ['credentials-in-url'], words: ['The URL to example.com holds'] },
  {
    name: 'the same value written again later',
    text: df(ALPINE, 'ARG DB_PASSWORD=Vb6nM3kQ8zYt', "RUN apk add mysql-client && mysql -uroot -pVb6nM3kQ8zYt -e 'select 1'"),
    hidden: ['Vb6nM3kQ8zYt'],
    detect: ['secret-in-arg-or-env'],
  },
  {
    name: 'a --build-arg value under a credential name',
    text: df(ALPINE, 'ARG REPO_PASSWORD', 'RUN echo "https://ci:${REPO_PASSWORD}@dl-cdn.alpinelinux.org/alpine/v3.23/main" > /etc/apk/repositories && apk add curl'),
    flags: ['--build-arg', 'REPO_PASSWORD=Tr5wQ9mLk2Xc'],
    hidden: ['Tr5wQ9mLk2Xc'],
    detect: ['secret-in-arg-or-env'],
  },
  {
    name: "the config's buildArgs under a credential name",
    text: df(ALPINE, 'ARG MIRROR_TOKEN', 'RUN echo "https://ci:${MIRROR_TOKEN}@dl-cdn.alpinelinux.org/alpine/v3.23/main" > /etc/apk/repositories && apk add curl'),
    config: 'buildArgs:\n  MIRROR_TOKEN: Wd4eR7tY1uIo\n',
    hidden: ['Wd4eR7tY1uIo'],
    detect: ['secret-in-arg-or-env'],
  },
  // Not detected before.
  { name: 'ONBUILD ENV under a credential name', text: df(ALPINE, 'ONBUILD ENV API_TOKEN=Jm4kR8sLq2Wz', 'RUN apk add curl'), hidden: ['Jm4kR8sLq2Wz'], detect: ['secret-in-arg-or-env'] },
  {
    name: 'LABEL values under credential names',
    text: df(ALPINE, 'LABEL api_token=Yp3mN7qRt5Ux org.example.db-password="Xc8vB2nMq4Lk"', 'RUN apk add curl'),
    hidden: ['Yp3mN7qRt5Ux', 'Xc8vB2nMq4Lk'],
    detect: ['secret-in-arg-or-env'],
  },
  {
    name: 'a PGP private key block',
    text: df(ALPINE, "RUN cat > /root/key.asc <<'EOF' && apk add curl", '-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...PGP, '=Ab3c', '-----END PGP PRIVATE KEY BLOCK-----', 'EOF'),
    hidden: PGP,
    detect: ['hardcoded-secret'],
  },
  { name: 'a netrc default entry', text: df(ALPINE, 'RUN echo "default login ci password Wq2eR5tY8uIp" > /root/.netrc && apk add curl'), hidden: ['Wq2eR5tY8uIp'], detect: ['hardcoded-secret'] },
  { name: 'curl -u user:password', text: df(ALPINE, 'RUN curl -fsSL -u ci:Gh7jK3lP9qWe https://example.com/f -o /f && apk add curl'), hidden: ['Gh7jK3lP9qWe'], detect: ['hardcoded-secret'] },
  {
    name: 'an Authorization header',
    text: df(ALPINE, 'RUN curl -fsSL --header "Authorization: Bearer Nb4vC7xZ2aLqMs" https://example.com/f -o /f && apk add curl', 'RUN wget -q --header="X-API-Key: Vf5tG6yH7uJ8" https://example.com/g'),
    hidden: ['Nb4vC7xZ2aLqMs', 'Vf5tG6yH7uJ8'],
    detect: ['hardcoded-secret'],
  },
  {
    name: 'docker login -p',
    text: df(ALPINE, 'RUN apk add docker-cli && docker login -u ci -p Df6gH9jK2lZx registry.example.com && docker login --password=Qz5xW8cV1bNm r2.example.com'),
    hidden: ['Df6gH9jK2lZx', 'Qz5xW8cV1bNm'],
    detect: ['hardcoded-secret'],
  },
  { name: 'npm config set …:_authToken', text: df('FROM node:22-alpine', 'RUN npm config set //registry.npmjs.org/:_authToken Ty5uI8oP3aSd && npm ci'), hidden: ['Ty5uI8oP3aSd'], detect: ['hardcoded-secret'] },
  {
    name: '.npmrc lines written in a RUN',
    text: df('FROM node:22-alpine', 'RUN echo "//registry.npmjs.org/:_authToken=Qw3eR6tY9uJh" > /root/.npmrc && echo "_auth=Zm9vYmFyYmF6cXV4" >> /root/.npmrc && npm ci'),
    hidden: ['Qw3eR6tY9uJh', 'Zm9vYmFyYmF6cXV4'],
    detect: ['hardcoded-secret'],
  },
  {
    name: 'an AWS secret access key by name and beside its key id',
    text: df(ALPINE, `RUN aws configure set aws_secret_access_key ${AWS_1} && apk add curl`, `RUN echo "AKIAQ3EGUWXZ7YHN4KLM ${AWS_2}" > /tmp/creds`),
    hidden: [AWS_1, AWS_2, 'Q3EGUWXZ7YHN4KLM'],
    detect: ['hardcoded-secret'],
  },
  {
    name: 'credential names beyond TOKEN and PASSWORD',
    text: df(ALPINE, 'ENV DB_PASS=Lk9jH6gF3dSa ADMIN_PWD=Mn8bV5cX2zQw GPG_PASSPHRASE=Qa1zWs2xEdCr', 'ARG NEWRELIC_LICENSE_KEY=Rf4vTg5bYhNu STRIPE_API_KEY=Ij8kOl9pUy7t SIGNING_PRIVATE_KEY=Ws3eDc4rFv5t', 'RUN apk add curl'),
    hidden: ['Lk9jH6gF3dSa', 'Mn8bV5cX2zQw', 'Qa1zWs2xEdCr', 'Rf4vTg5bYhNu', 'Ij8kOl9pUy7t', 'Ws3eDc4rFv5t'],
    detect: ['secret-in-arg-or-env'],
  },
  {
    name: 'a token as the URL user name',
    text: df(ALPINE, 'RUN git clone https://ghp_Zx9cV8bN7mQ6wE5rT4yU3iO2pA1sD0fG9hJk@github.com/o/r.git && git clone https://a1b2c3d4e5f60718293a4b5c6d7e8f9012345678@github.com/o/s.git && apk add curl'),
    hidden: ['Zx9cV8bN7mQ6wE5rT4yU3iO2pA1sD0fG9hJk', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'],
    detect: ['hardcoded-secret', 'credentials-in-url'],
  },
  // Masking values, not words.
  {
    name: 'values that are words of the messages',
    text: df(ALPINE, 'ENV SECRET=secret API_TOKEN=image', 'RUN apk add curl'),
    hidden: [],
    detect: ['secret-in-arg-or-env'],
    words: ['Use a secret mount', 'stays in the image configuration'],
  },
  {
    name: 'a mirror URL with a password in the config',
    text: df(ALPINE, 'RUN apk add curl'),
    config: [
      'mirrors:',
      '  - url: https://ci:Pm7nB4vC1xZa@mirror.example.com/dhi/apk/alpine/v{release}/main',
      '    keyName: dhi-apk@docker-0F81AD7700D99184.rsa.pub',
      '    keyUrl: https://mirror.example.com/keys/dhi-apk@docker-0F81AD7700D99184.rsa.pub',
      '',
    ].join('\n'),
    hidden: ['Pm7nB4vC1xZa'],
    detect: ['upstream-package-source'],
  },
  // Long-standing placements, kept in the matrix.
  // Not a token of the rules' pages: SARIF prints the pages, whose examples hold fake tokens.
  { name: 'a token in a comment', text: df('# registry token dckr_pat_Hu7Yg6Tf5Rd4Es3Wa2Qz1Xc', ALPINE, 'RUN apk add curl'), hidden: ['Hu7Yg6Tf5Rd4Es3Wa2Qz1Xc'], detect: ['hardcoded-secret'] },
  { name: 'an ENV credential next to a fix', text: df(ALPINE, 'ARG DOCKER_TOKEN=Ee4rR5tT6yY7', 'RUN apk add curl'), hidden: ['Ee4rR5tT6yY7'], detect: ['secret-in-arg-or-env'] },
  {
    name: 'a credential in a build stage (the message notes the stage)',
    text: df(`${ALPINE} AS build`, 'ENV NPM_TOKEN=Uy6tR5eW4qAs', 'RUN apk add nodejs npm && npm ci', ALPINE, 'COPY --from=build /app /app'),
    hidden: ['Uy6tR5eW4qAs'],
    detect: ['secret-in-arg-or-env'],
    words: ['In build stage "build"'],
  },
];

/** Every 6-character piece of each secret. */
function pieces(hidden: string[]): string[] {
  const out = new Set<string>();
  for (const s of hidden) for (let i = 0; i + 6 <= s.length; i++) out.add(s.slice(i, i + 6));
  return [...out];
}

function expectHidden(output: string, hidden: string[], where: string): void {
  for (const p of pieces(hidden)) {
    if (output.includes(p)) {
      const at = output.indexOf(p);
      expect.fail(`${where} prints "${p}": …${output.slice(Math.max(0, at - 80), at + 40)}…`);
    }
  }
}

/** The message still reads as its rule's template: only the `{data}` places may differ. */
function expectTemplate(rule: string, messageId: string, message: string): void {
  const template = RULES.find((r) => r.id === rule)?.meta.messages[messageId];
  expect(template, `${rule}/${messageId}`).toBeDefined();
  const pattern = template!.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A finding in a stage the final image does not ship ends with the engine's note saying so.
  expect(message).toMatch(new RegExp(`^${pattern.join('[\\s\\S]*?')}(?: \\(In (?:build )?stage [^)]*\\))?$`));
}

function setup(p: Placement): string {
  const files: Record<string, string> = { Dockerfile: p.text };
  if (p.config !== undefined) files['.hardenfile.yaml'] = p.config;
  return tree(files);
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'junit'];

describe.each(PLACEMENTS)('$name', (p) => {
  const flags = p.flags ?? [];

  it('is detected, and messages keep their words (json)', async () => {
    const r = await run([...flags, '--format', 'json', 'Dockerfile'], { cwd: setup(p) });
    const report = JSON.parse(r.stdout) as { files: { findings: { rule: string; messageId: string; message: string; fix?: { title: string } }[] }[] };
    const findings = report.files[0]!.findings;
    for (const rule of p.detect ?? []) expect(findings.map((f) => f.rule), rule).toContain(rule);
    for (const f of findings) expectTemplate(f.rule, f.messageId, f.message);
    const messages = findings.map((f) => f.message).join('\n');
    for (const w of p.words ?? []) expect(messages).toContain(w);
  });

  it.each(FORMATS.flatMap((format) => [[format, false], [format, true]] as const))('format %s (colour %s)', async (format, color) => {
    const r = await run([...flags, '--format', format, color ? '--color' : '--no-color', 'Dockerfile'], { cwd: setup(p) });
    expect(r.code).not.toBe(2);
    expectHidden(r.stdout + r.stderr, p.hidden, format);
  });

  it('--diff, --fix, --unsafe-fixes and --debug', async () => {
    for (const extra of [['--diff'], ['--diff', '--unsafe-fixes'], ['--debug']]) {
      const r = await run([...flags, ...extra, 'Dockerfile'], { cwd: setup(p) });
      expectHidden(r.stdout + r.stderr, p.hidden, extra.join(' '));
    }
    const cwd = setup(p);
    const r = await run([...flags, '--fix', '--unsafe-fixes', 'Dockerfile'], { cwd });
    expectHidden(r.stdout + r.stderr, p.hidden, '--fix');
    // A fix never writes a secret the file did not hold.
    const fixed = fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8');
    expectHidden(fixed, p.hidden.filter((s) => !p.text.includes(s)), 'the fixed file');
  });

  it('--stdin, with and without --fix', async () => {
    const cwd = setup(p);
    for (const format of ['stylish', 'json']) {
      const r = await run([...flags, '--stdin', '--stdin-filename', 'Dockerfile', '--format', format], { cwd, stdin: p.text });
      expectHidden(r.stdout + r.stderr, p.hidden, `--stdin --format ${format}`);
    }
    // Standard output is the fixed file itself; the report goes to standard error.
    const r = await run([...flags, '--stdin', '--stdin-filename', 'Dockerfile', '--fix', '--unsafe-fixes'], { cwd, stdin: p.text });
    expectHidden(r.stderr, p.hidden, '--stdin --fix (report)');
  });

  it('the language server: diagnostics, quick fixes and fix-all', async () => {
    const cwd = setup(p);
    const overrides = p.flags ? { buildArgs: Object.fromEntries([p.flags[1]!.split('=') as [string, string]]) } : undefined;
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const server = startLanguageServer({ input: toServer, output: fromServer, cwd, debounceMs: 0, ...(overrides && { overrides }) });
    const client = new TestClient(fromServer, toServer);
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(cwd, 'Dockerfile')).href;
      const diagnostics = await client.open(uri, p.text);
      const end = { line: p.text.split('\n').length, character: 0 };
      const range = { start: { line: 0, character: 0 }, end };
      const actions = await client.codeActions(uri, range, diagnostics);
      const all = await client.codeActions(uri, range, [], ['source.fixAll.hardenfile']);
      expectHidden(JSON.stringify({ diagnostics, actions, all, messages: client.messages }), p.hidden, 'the language server');
      for (const d of diagnostics) if (typeof d.code === 'string') expect(RULES.some((r) => r.id === d.code)).toBe(true);
    } finally {
      await client.shutdown().catch(() => {});
      await server.exited;
      client.connection.dispose();
    }
  });
});

describe('CLI error messages', () => {
  const text = df(ALPINE, 'RUN apk add curl');
  const cases: { name: string; argv: string[]; config?: string; hidden: string[] }[] = [
    { name: 'a --build-arg without a name', argv: ['--build-arg', '=Zq8rT5wLm2xB'], hidden: ['Zq8rT5wLm2xB'] },
    { name: 'a --rule severity', argv: ['--rule', 'upstream-package-source=Yh6tG5rF4eDw'], hidden: ['Yh6tG5rF4eDw'] },
    { name: 'a --rule id', argv: ['--rule', 'ghp_Qq1wW2eE3rR4tT5yY6uU7iI8oO9pP0aAsS=off'], hidden: ['Qq1wW2eE3rR4tT5yY6uU7iI8oO9pP0aAsS'] },
    { name: 'a --fail-level value', argv: ['--fail-level', 'Uj7yH6tG5rFe'], hidden: ['Uj7yH6tG5rFe'] },
    { name: 'a --config that is a URL with a password', argv: ['--config', 'https://ci:Ok9iJ8uH7ygT@example.com/c.yaml'], hidden: ['Ok9iJ8uH7ygT'] },
    { name: 'a file path holding a token', argv: ['missing/glpat-Ab1Cd2Ef3Gh4Ij5Kl6Mn/Dockerfile'], hidden: ['Ab1Cd2Ef3Gh4Ij5Kl6Mn'] },
    { name: 'a config value that is a URL with a password', argv: [], config: 'mirrors: https://ci:Pl0oK9iJ8uHy@mirror.example.com/\n', hidden: ['Pl0oK9iJ8uHy'] },
    { name: 'a config build argument under a credential name', argv: [], config: 'buildArgs:\n  NPM_TOKEN: 90817263\n', hidden: ['90817263'] },
    {
      name: 'a config mirror URL with a password that is not a template',
      argv: [],
      config: 'mirrors:\n  - url: https://ci:Ik8uJ7yH6tGb@mirror.example.com/dhi/apk/alpine/main\n    keyName: k.rsa.pub\n',
      hidden: ['Ik8uJ7yH6tGb'],
    },
  ];
  it.each(cases)('$name', async (c) => {
    const files: Record<string, string> = { Dockerfile: text };
    if (c.config !== undefined) files['.hardenfile.yaml'] = c.config;
    const cwd = tree(files);
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = await run([...c.argv, '--format', format, ...(c.argv.some((a) => a.includes('Dockerfile')) ? [] : ['Dockerfile'])], { cwd });
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/error|must|expected|unknown|cannot/);
      expectHidden(r.stdout + r.stderr, c.hidden, format);
    }
  });
});

describe('terminal safety', () => {
  // OSC (retitle), CSI (clear screen), BEL, a bidi override and a lone CR, in a comment, a RUN and a path.
  const hostile = df(ALPINE, '# \u001b]0;pwned\u0007 title', 'RUN apk add curl # \u001b[2J\u202e\rgone');
  // eslint-disable-next-line no-control-regex -- the formatter's own colour codes are the only escapes allowed
  const unsafe = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n');
  it.each([...FORMATS, '--diff'])('%s prints no control characters from the file', async (format) => {
    const cwd = tree({ Dockerfile: hostile, [`we\u001b[2Jird/Dockerfile`]: hostile });
    for (const color of ['--color', '--no-color']) {
      const r = await run([...(format === '--diff' ? ['--diff'] : ['--format', format]), color, 'Dockerfile', `we\u001b[2Jird/Dockerfile`], { cwd });
      // The only escape sequences left are the formatter's own colours (SGR `ESC[…m`).
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      expect(unsafe(r.stdout + r.stderr)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
