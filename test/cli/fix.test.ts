import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { run, tree } from './harness.js';
import { writeAtomically, WriteError } from '../../src/fix/write.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
/** Only upstream-package-source on, so the expected texts do not move as other rules land. */
const ONLY = RULES.filter((r) => r.id !== 'upstream-package-source').flatMap((r) => ['--rule', `${r.id}=off`]);
const BEFORE = 'FROM alpine:3.23\nRUN apk add curl\n';
const AFTER = `FROM alpine:3.23\nRUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\\n    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories\nRUN apk add curl\n`;

describe('--fix', () => {
  it('writes the fixed file, keeps its mode and reports what is left', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    fs.chmodSync(file, 0o640);
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(r.stdout).toContain('Fixed 1 problem.');
    expect(fs.readdirSync(cwd)).toEqual(['Dockerfile']);
  });

  it('keeps CRLF, a BOM and a missing final newline', async () => {
    const crlf = '\uFEFFFROM alpine:3.23\r\nRUN apk add curl';
    const cwd = tree({ Dockerfile: crlf });
    await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    const out = fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8');
    expect(out.startsWith('\uFEFFFROM alpine:3.23\r\nRUN wget')).toBe(true);
    expect(out.endsWith('\r\nRUN apk add curl')).toBe(true);
    expect(out.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('does not touch a file that needs no fix, nor one it cannot lint', async () => {
    const cwd = tree({ 'a/Dockerfile': 'FROM scratch\n', 'b/Dockerfile': Buffer.from([0x46, 0, 0x52]) });
    const before = fs.statSync(path.join(cwd, 'a/Dockerfile')).mtimeMs;
    const r = await run([...ONLY, '--fix', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(fs.statSync(path.join(cwd, 'a/Dockerfile')).mtimeMs).toBe(before);
    expect(fs.readFileSync(path.join(cwd, 'b/Dockerfile'))).toEqual(Buffer.from([0x46, 0, 0x52]));
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const cwd = tree({ 'real/Dockerfile': BEFORE });
    fs.symlinkSync(path.join(cwd, 'real/Dockerfile'), path.join(cwd, 'Dockerfile'));
    await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(fs.lstatSync(path.join(cwd, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(cwd, 'real/Dockerfile'), 'utf8')).toBe(AFTER);
  });

  it('leaves invalid UTF-8 files alone rather than write replacement characters', async () => {
    const bytes = Buffer.concat([Buffer.from('FROM alpine:3.23\n# caf'), Buffer.from([0xe9]), Buffer.from('\nRUN apk add curl\n')]);
    const cwd = tree({ Dockerfile: bytes });
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Dockerfile: error: the file changed on disk since it was read; not written$/m);
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'))).toEqual(bytes);
  });
});

describe('writeAtomically', () => {
  it('refuses when the file changed since it was read, and leaves it intact', () => {
    const cwd = tree({ Dockerfile: 'one\n' });
    const file = path.join(cwd, 'Dockerfile');
    fs.writeFileSync(file, 'two\n');
    expect(() => writeAtomically(file, Buffer.from('one\n'), 'three\n')).toThrow(WriteError);
    expect(fs.readFileSync(file, 'utf8')).toBe('two\n');
  });

  it('keeps the original when the directory is not writable', () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; simulate the failure with a missing directory instead
      expect(() => writeAtomically('/nonexistent-dir/Dockerfile', Buffer.from(''), 'x')).toThrow(WriteError);
      return;
    }
    const cwd = tree({ Dockerfile: 'one\n' });
    fs.chmodSync(cwd, 0o500);
    try {
      expect(() => writeAtomically(path.join(cwd, 'Dockerfile'), Buffer.from('one\n'), 'two\n')).toThrow(WriteError);
      expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe('one\n');
    } finally {
      fs.chmodSync(cwd, 0o700);
    }
  });
});

describe('--diff and --stdin --fix', () => {
  it('--diff prints a unified diff, writes nothing and exits 1', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const r = await run([...ONLY, '--diff', 'Dockerfile'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/Dockerfile\n+++ b/Dockerfile\n');
    expect(r.stdout).toContain(`+RUN wget -q -O /etc/apk/keys/${KEY}`);
    expect(r.stdout).toContain(' RUN apk add curl');
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(BEFORE);
  });

  it('--diff masks secrets in its context, removed and added lines', async () => {
    const token = 'dckr_pat_Q3kz8LmW2pXvT9rY5nB7cD1fG4h';
    const cwd = tree({ Dockerfile: `FROM alpine:3.23\nRUN echo "token ${token}" > /tmp/n && apk add curl\n` });
    const r = await run([...ONLY, '--diff', '--unsafe-fixes', 'Dockerfile'], { cwd });
    expect(r.stdout).toContain('+RUN wget');
    expect(r.stdout).toContain('dckr_pat_****');
    expect(r.stdout).not.toContain('Q3kz8LmW2pXvT9rY5nB7cD1fG4h');
  });

  it('--diff exits 0 when nothing would change', async () => {
    const cwd = tree({ Dockerfile: AFTER });
    expect(await run([...ONLY, '--diff', 'Dockerfile'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--stdin --fix prints the fixed text', async () => {
    const r = await run([...ONLY, '--stdin', '--fix'], { stdin: BEFORE });
    expect(r.stdout).toBe(AFTER);
    expect(r.code).toBe(0);
  });

  it('--json shows the same edits the fixer applies', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const r = await run([...ONLY, '--format', 'json', 'Dockerfile'], { cwd });
    const edits = JSON.parse(r.stdout).files[0].findings[0].fix.edits as { start: number; end: number; text: string }[];
    let text = BEFORE;
    for (const e of [...edits].reverse()) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    expect(text).toBe(AFTER);
  });

  it('flags that need --fix are usage errors', async () => {
    expect((await run(['--unsafe-fixes', '.'])).code).toBe(2);
    expect((await run(['--fix', '--diff', '.'])).code).toBe(2);
    expect((await run(['--fix', '--fix-rule', 'no-such-rule', 'examples'])).stderr).toContain('unknown rule no-such-rule');
  });
});
