import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareRuns, formatComparison, lineTextAt, type Run, type RunFinding } from '../../scripts/ecosystem/compare.mjs';
import { listCorpus, runCorpus } from '../../scripts/ecosystem/run.mjs';

function finding(rule: string, line: number, lineText: string, message = `${rule} message`): RunFinding {
  return { rule, severity: 'error', message, line, column: 5, lineText };
}

function run(files: Run['files'], crashes: Run['crashes'] = []): Run {
  return { version: 1, tool: { commit: null, describe: 'test' }, durationMs: 1000, files, crashes };
}

describe('lineTextAt', () => {
  it('returns the trimmed text of a 1-based line, whatever the line endings', () => {
    expect(lineTextAt('FROM alpine\r\n  RUN apk add curl  \r\n', 2)).toBe('RUN apk add curl');
    expect(lineTextAt('a\rb\nc', 2)).toBe('b');
    expect(lineTextAt('a\n', 9)).toBe('');
  });
});

describe('compareRuns', () => {
  const apk = 'RUN apk add curl';

  it('finds no change between equal runs, and counts each rule on both sides', () => {
    const r = run({ 'a/Dockerfile': { findings: [finding('upstream-package-source', 2, apk)] } });
    const cmp = compareRuns(r, structuredClone(r));
    expect(cmp.appeared).toEqual([]);
    expect(cmp.disappeared).toEqual([]);
    expect(cmp.changed).toEqual([]);
    expect(cmp.rules).toEqual([{ rule: 'upstream-package-source', baseline: 1, current: 1, appeared: 0, disappeared: 0, changed: 0 }]);
  });

  it('matches a finding whose line moved by its line text, not its number', () => {
    const base = run({ f: { findings: [finding('upstream-package-source', 2, apk)] } });
    const cur = run({ f: { findings: [finding('upstream-package-source', 7, apk)] } });
    const cmp = compareRuns(base, cur);
    expect(cmp.appeared).toEqual([]);
    expect(cmp.disappeared).toEqual([]);
    expect(cmp.changed).toEqual([]);
  });

  it('reports a finding on another line text as gone and new, with file, line and rule', () => {
    const base = run({ f: { findings: [finding('trust-bypass', 3, 'RUN apk add --allow-untrusted x')] } });
    const cur = run({ f: { findings: [finding('trust-bypass', 3, 'RUN apk add --allow-untrusted y')] } });
    const cmp = compareRuns(base, cur);
    expect(cmp.disappeared).toMatchObject([{ file: 'f', line: 3, rule: 'trust-bypass', lineText: 'RUN apk add --allow-untrusted x' }]);
    expect(cmp.appeared).toMatchObject([{ file: 'f', line: 3, rule: 'trust-bypass', lineText: 'RUN apk add --allow-untrusted y' }]);
    expect(cmp.rules[0]).toMatchObject({ baseline: 1, current: 1, appeared: 1, disappeared: 1, changed: 0 });
  });

  it('reports a new message, severity or fix on the same line as a change, not as gone and new', () => {
    const before = finding('upstream-package-source', 2, apk, 'pin the base image');
    const after = { ...finding('upstream-package-source', 2, apk, 'the release cannot be told'), severity: 'warning', fix: 'safe: Configure it' };
    const cmp = compareRuns(run({ f: { findings: [before] } }), run({ f: { findings: [after] } }));
    expect(cmp.appeared).toEqual([]);
    expect(cmp.disappeared).toEqual([]);
    expect(cmp.changed).toEqual([{ file: 'f', before, after }]);
    const text = formatComparison(cmp, run({ f: { findings: [before] } }), run({ f: { findings: [after] } }));
    expect(text).toContain('~ f:2:5  upstream-package-source');
    expect(text).toContain('    severity error -> warning');
    expect(text).toContain('    was: pin the base image');
    expect(text).toContain('    now: the release cannot be told');
    expect(text).toContain('    fix now: safe: Configure it');
  });

  it('counts repeated identical lines one by one', () => {
    const two = [finding('upstream-package-source', 2, apk), finding('upstream-package-source', 9, apk)];
    const cmp = compareRuns(run({ f: { findings: two } }), run({ f: { findings: [two[1]] } }));
    expect(cmp.disappeared).toHaveLength(1);
    expect(cmp.appeared).toEqual([]);
    expect(cmp.rules[0]).toMatchObject({ baseline: 2, current: 1, disappeared: 1 });
  });

  it('keeps findings of the same line text in different files apart', () => {
    const cmp = compareRuns(
      run({ a: { findings: [finding('upstream-package-source', 2, apk)] }, b: { findings: [] } }),
      run({ a: { findings: [] }, b: { findings: [finding('upstream-package-source', 2, apk)] } }),
    );
    expect(cmp.disappeared).toMatchObject([{ file: 'a' }]);
    expect(cmp.appeared).toMatchObject([{ file: 'b' }]);
  });

  it('lists errors that appeared, went or changed, and files only one run has', () => {
    const cmp = compareRuns(
      run({ a: { findings: [], error: 'file is binary' }, b: { findings: [] }, c: { findings: [], error: 'x' }, old: { findings: [] } }),
      run({ a: { findings: [] }, b: { findings: [], error: 'timed out' }, c: { findings: [], error: 'y' }, added: { findings: [] } }),
    );
    expect(cmp.errors).toEqual({
      appeared: [{ file: 'b', error: 'timed out' }],
      disappeared: [{ file: 'a', error: 'file is binary' }],
      changed: [{ file: 'c', before: 'x', after: 'y' }],
    });
    expect(cmp.files).toMatchObject({ common: 3, onlyBaseline: ['old'], onlyCurrent: ['added'] });
  });

  it('leaves a crashed file out of the finding diff and lists the crash', () => {
    const base = run({ f: { findings: [finding('trust-bypass', 1, 'RUN x')] } });
    const cur = run({ f: { findings: [], crash: 'exit code 134' } }, [{ file: 'f', reason: 'exit code 134' }]);
    const cmp = compareRuns(base, cur);
    expect(cmp.disappeared).toEqual([]);
    expect(cmp.files).toMatchObject({ common: 0, crashed: 1 });
    expect(formatComparison(cmp, base, cur)).toContain('Crashes (current):\n! f: exit code 134');
  });

  it('prints every appeared and gone finding with its place, rule and message', () => {
    const base = run({ f: { findings: [finding('a-rule', 4, 'RUN old', 'old problem')] } });
    const cur = run({ f: { findings: [finding('b-rule', 6, 'RUN new', 'new problem')] } });
    const lines = formatComparison(compareRuns(base, cur), base, cur).split('\n');
    expect(lines).toContain('+ f:6:5  b-rule  new problem');
    expect(lines).toContain('- f:4:5  a-rule  old problem');
    expect(lines.some((l) => /^a-rule\s+1\s+0\s+-1\s+\+0\s+-1\s+~0$/.test(l))).toBe(true);
  });
});

describe('runCorpus', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  function tmp(): string {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-eco-test-'));
    dirs.push(d);
    return d;
  }

  // A stand-in for a checkout's CLI: one finding per file, an error for a file named "bad",
  // and a crash (no report at all) for any batch that holds a file named "crash".
  const fakeCli = `
const fs = require('node:fs');
const files = process.argv.slice(process.argv.indexOf('--') + 1);
if (files.some((f) => f.endsWith('crash'))) { process.stderr.write('TypeError: boom\\n'); process.exit(7); }
const out = files.map((f) => f.endsWith('bad')
  ? { path: f, findings: [], error: 'file is binary (it contains NUL bytes)' }
  : { path: f, findings: [{ rule: 'demo-rule', severity: 'error', message: 'demo', line: 2, column: 1, fix: { title: 'Fix it', safety: 'safe', edits: [] } }] });
process.stdout.write(JSON.stringify({ files: out }));
process.exit(1);
`;

  it('lints every file, turns a crashing file into a crash and keeps the others', async () => {
    const checkout = tmp();
    fs.mkdirSync(path.join(checkout, 'bin'));
    fs.writeFileSync(path.join(checkout, 'bin', 'hardenfile.js'), fakeCli);
    const corpus = tmp();
    fs.mkdirSync(path.join(corpus, 'o+r', '.devcontainer'), { recursive: true });
    for (const name of ['a', 'b', 'crash', 'bad', 'o+r/.devcontainer/Dockerfile']) {
      fs.writeFileSync(path.join(corpus, name), 'FROM alpine\n  RUN apk add curl\n');
    }
    expect(listCorpus(corpus)).toEqual(['a', 'b', 'bad', 'crash', 'o+r/.devcontainer/Dockerfile']);

    const result = await runCorpus({ checkout, corpus, batch: 4 });
    expect(result.crashes).toEqual([{ file: 'crash', reason: 'exit code 7: TypeError: boom' }]);
    expect(result.files['crash']).toEqual({ findings: [], crash: 'exit code 7: TypeError: boom' });
    expect(result.files['bad']).toEqual({ findings: [], error: 'file is binary (it contains NUL bytes)' });
    for (const f of ['a', 'b', 'o+r/.devcontainer/Dockerfile']) {
      expect(result.files[f].findings).toEqual([
        { rule: 'demo-rule', severity: 'error', message: 'demo', line: 2, column: 1, lineText: 'RUN apk add curl', fix: 'safe: Fix it' },
      ]);
    }
  });
});
