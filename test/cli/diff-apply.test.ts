/**
 * `--diff` is a patch the user can apply: `git apply` and `patch -p1`, run from the repository root,
 * give the same text as `--fix`, for files named by relative and absolute paths. A hunk that would
 * show a secret (or a control character) is printed masked as comment lines both tools skip.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tree } from './harness.js';

const has = (tool: string) => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const FILLER = ['# one', '# two', '# three', '# four', '# five', '# six', '# seven'];
const df = (...lines: string[]) => `${lines.join('\n')}\n`;
/** Two fixes far apart: a key saved under the wrong name at the top, a repository line at the bottom. */
const TWO_FIXES = (secret: string) =>
  df('FROM alpine:3.23', secret, `RUN wget -O /etc/apk/keys/dhi.pub https://dhi.io/keyring/${KEY}`, ...FILLER, 'RUN echo "https://dhi.io/apk/alpine/v3.24/main" >> /etc/apk/repositories', 'RUN apk add curl');

/** A git repository (the tools' root) holding `files`; returns its path. */
function repo(files: Record<string, string>): string {
  const root = tree(files);
  execFileSync('git', ['init', '-q', '.'], { cwd: root });
  return root;
}

/** Applies `patch` from `root` with the tool, on a copy of the tree; returns the files' texts after. */
function apply(tool: 'git' | 'patch', root: string, patch: string, names: string[]): Record<string, string> {
  const copy = fs.mkdtempSync(`${root}-${tool}-`);
  fs.cpSync(root, copy, { recursive: true });
  const file = path.join(copy, '.patch');
  fs.writeFileSync(file, patch);
  if (tool === 'git') execFileSync('git', ['apply', '.patch'], { cwd: copy, stdio: 'pipe' });
  else execFileSync('patch', ['-p1', '--batch', '--forward', '-i', '.patch'], { cwd: copy, stdio: 'pipe' });
  const out = Object.fromEntries(names.map((n) => [n, fs.readFileSync(path.join(copy, n), 'utf8')]));
  fs.rmSync(copy, { recursive: true, force: true });
  return out;
}

/** What `--fix --unsafe-fixes` writes, on a copy. */
async function fixed(root: string, names: string[]): Promise<Record<string, string>> {
  const copy = fs.mkdtempSync(`${root}-fix-`);
  fs.cpSync(root, copy, { recursive: true });
  await run(['--fix', ...names], { cwd: copy });
  const out = Object.fromEntries(names.map((n) => [n, fs.readFileSync(path.join(copy, n), 'utf8')]));
  fs.rmSync(copy, { recursive: true, force: true });
  return out;
}

describe.skipIf(!has('git') || !has('patch'))('--diff applies with git apply and patch -p1', () => {
  it.each(['git', 'patch'] as const)('%s: relative paths, absolute paths, a subdirectory as the working directory', async (tool) => {
    const files = { Dockerfile: TWO_FIXES('# no secret here'), 'svc/Dockerfile': df('FROM alpine:3.23', 'RUN apk add curl'), 'svc/crlf.Dockerfile': 'FROM alpine:3.23\r\nRUN apk add curl\r\n' };
    const root = repo(files);
    const names = Object.keys(files);
    const want = await fixed(root, names);
    expect(want.Dockerfile).not.toBe(files.Dockerfile);
    const relative = await run(['--diff', ...names], { cwd: root });
    const absolute = await run(['--diff', ...names.map((n) => path.join(root, n))], { cwd: root });
    const fromSub = await run(['--diff', path.join(root, 'Dockerfile'), 'Dockerfile', 'crlf.Dockerfile'], { cwd: path.join(root, 'svc') });
    for (const r of [relative, absolute, fromSub]) {
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(/^(?:---|\+\+\+) [ab]\/\//m);
      expect(r.stdout).not.toContain('# hardenfile:');
      expect(apply(tool, root, r.stdout, names)).toEqual(want);
    }
    // Named from the repository root, whatever the working directory.
    expect(fromSub.stdout).toContain('--- a/svc/crlf.Dockerfile\n');
  });

  it.each(['git', 'patch'] as const)('%s: a hunk that shows a secret is left out; the file\'s other hunks apply', async (tool) => {
    const secret = 'ARG DOCKER_TOKEN=Ee4rR5tT6yY7';
    const root = repo({ Dockerfile: TWO_FIXES(secret) });
    const r = await run(['--diff', 'Dockerfile'], { cwd: root });
    expect(r.stdout).not.toContain('Ee4rR5tT6yY7');
    // Masked only where the secret is: the withheld hunk's other lines read as they are.
    expect(r.stdout).toContain('#  ARG DOCKER_TOKEN=****\n');
    expect(r.stdout).toContain(`# -RUN wget -O /etc/apk/keys/dhi.pub https://dhi.io/keyring/${KEY}\n`);
    expect(r.stdout).toContain('# hardenfile: this hunk holds a secret; it is shown masked and left out of the patch');
    const after = apply(tool, root, r.stdout, ['Dockerfile']).Dockerfile!;
    expect(after).toContain('RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories');
    expect(after).toContain(secret);
    expect(after).toContain('/etc/apk/keys/dhi.pub ');
    expect(after).not.toContain('****');
  });

  it.each(['git', 'patch'] as const)('%s: a file whose every hunk shows a secret adds nothing to the patch; other files still apply', async (tool) => {
    const files = { 'a/Dockerfile': df('FROM alpine:3.23', 'ENV API_TOKEN=Kq9wE8rT7yU6', 'RUN apk add curl'), 'b/Dockerfile': df('FROM alpine:3.23', 'RUN apk add curl') };
    const root = repo(files);
    const r = await run(['--diff', 'a/Dockerfile', 'b/Dockerfile'], { cwd: root });
    expect(r.stdout).toContain('# --- a/a/Dockerfile\n');
    expect(r.stdout).not.toContain('Kq9wE8rT7yU6');
    const after = apply(tool, root, r.stdout, ['a/Dockerfile', 'b/Dockerfile']);
    expect(after['a/Dockerfile']).toBe(files['a/Dockerfile']);
    expect(after['b/Dockerfile']).toBe((await fixed(root, ['b/Dockerfile']))['b/Dockerfile']);
  });

  it('a hunk holding control characters is escaped and left out', async () => {
    const root = repo({ Dockerfile: df('FROM alpine:3.23', '# \u001b]0;pwned\u0007', 'RUN apk add curl') });
    const r = await run(['--diff', 'Dockerfile'], { cwd: root });
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('# hardenfile: this hunk holds control characters');
  });

  it('a file outside the working directory and any repository is named without a leading slash', async () => {
    const outside = tree({ Dockerfile: df('FROM alpine:3.23', 'RUN apk add curl') });
    const r = await run(['--diff', path.join(outside, 'Dockerfile')], { cwd: tree({}) });
    expect(r.stdout).toContain(`--- a/${path.join(outside, 'Dockerfile').slice(1)}\n`);
  });
});
