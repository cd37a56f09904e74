/**
 * Reports written file by file (the CLI's way: each file's part on its own budget, its text dropped
 * after): the bytes are those of the whole document, a file whose part fails leaves nothing behind,
 * and the CLI keeps no text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { lintText } from '../../src/engine/lint.js';
import { BudgetExceeded, type Deadline } from '../../src/engine/budget.js';
import { FORMAT_NAMES, loadFormatter, loadReportFormat, type FileReport } from '../../src/format/index.js';
import { toJsonReport } from '../../src/format/json.js';
import { toSarifLog } from '../../src/format/sarif.js';
import { terminalSafeJson } from '../../src/format/safe-text.js';
import { addToReport } from '../../src/cli/report-files.js';
import type { LintedFile } from '../../src/cli/lint-files.js';
import { makePolicy } from '../../src/policy/index.js';
import { run, tree } from '../cli/harness.js';
import { finding, report } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const TOKEN = 'dckr_pat_AbCdEfGhIjKlMnOpQrStUv';
const WITH_TOKEN = `FROM alpine:3.20\nRUN echo "https://user:${TOKEN}@dl-cdn.alpinelinux.org/alpine/v3.20/main" > /etc/apk/repositories && \\\n    apk add curl\n`;
const config = { rules: {}, policy: makePolicy(), buildArgs: {} };

function reports(): FileReport[] {
  const texts: [string, string][] = fs
    .readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.Dockerfile'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(fixtures, f), 'utf8')]);
  texts.push(['secret.Dockerfile', WITH_TOKEN], ['crlf.Dockerfile', WITH_TOKEN.replace(/\n/g, '\r\n')]);
  const out: FileReport[] = texts.map(([p, text]) => ({ path: p, text, result: lintText(text, { config, rules: RULES }) }));
  // A message with C1 and bidirectional controls, a rule outside the registry, a file that failed.
  const odd = 'RUN a\u0085b\u202ec\n';
  out.push(report('odd/Dockerfile', odd, [finding(odd, 'RUN', { ruleId: 'plugin-rule' }), finding(odd, 'a\u0085b\u202ec', { message: 'odd \u0085\u202e' })]));
  out.push({ path: 'bad/Dockerfile', result: { findings: [], secretSpans: [], error: 'permission denied' } });
  return out;
}

/** A budget that runs out at the `n`-th tick. */
function outAt(n: number): () => void {
  let ticks = 0;
  return () => {
    if (++ticks >= n) throw new BudgetExceeded(5);
  };
}

describe('a report written file by file', () => {
  it('JSON formats print the bytes of the whole document', async () => {
    const files = reports();
    expect(files.reduce((n, f) => n + f.result.findings.length, 0)).toBeGreaterThan(50);
    for (const name of ['json', 'sarif', 'gitlab']) {
      const format = await loadFormatter(name);
      for (const input of [files, [], files.slice(-1)]) {
        const out = format(input, { color: false });
        expect(out, name).toBe(`${terminalSafeJson(JSON.stringify(JSON.parse(out), null, 2))}\n`);
        expect(out).not.toMatch(/[\u0085\u202e]/);
      }
    }
    expect(JSON.parse((await loadFormatter('json'))(files, { color: false }))).toEqual(toJsonReport(files));
    expect(JSON.parse((await loadFormatter('sarif'))(files, { color: false }))).toEqual(JSON.parse(JSON.stringify(toSarifLog(files))));
    expect((await loadFormatter('json'))([], { color: false })).toBe('{\n  "files": []\n}\n');
  });

  it('a file whose part runs out of time leaves nothing in the report; its error takes its place', async () => {
    const files = reports();
    const at = files.findIndex((f) => f.path === 'odd/Dockerfile');
    const failed: FileReport = { path: 'odd/Dockerfile', result: { findings: [], secretSpans: [], error: 'took longer than 5 ms (the time budget, --timeout)' } };
    for (const name of FORMAT_NAMES) {
      const options = { color: name === 'stylish' };
      const writer = (await loadReportFormat(name))(options);
      const shown: FileReport[] = [];
      for (const [i, file] of files.entries()) {
        if (i !== at) {
          writer.add(file);
          shown.push(file);
          continue;
        }
        // Out of time at the file's last tick: its first finding, and the rule outside the registry, must not stay.
        let ticks = 0;
        (await loadReportFormat(name))(options).add(file, () => void ticks++);
        expect(ticks, name).toBeGreaterThanOrEqual(2);
        expect(() => writer.add(file, outAt(ticks)), name).toThrow(BudgetExceeded);
        writer.add(failed);
        shown.push(failed);
      }
      expect(writer.end(shown), name).toBe((await loadFormatter(name))(shown, options));
    }
  });

  it('the CLI formats a file on what is left of its budget, and keeps neither its text nor a partial part', async () => {
    const text = `FROM alpine:3.21\n${'RUN apk add a\n'.repeat(3000)}`;
    const spent: Deadline = { at: 0, ms: 5, now: () => 1 };
    const lint = (t: string): LintedFile => ({ path: 'Dockerfile', text: t, result: lintText(t, { config }), failLevel: 'warning' });
    for (const name of FORMAT_NAMES) {
      const writer = (await loadReportFormat(name))({ color: false });
      const ok = addToReport(writer, lint(WITH_TOKEN));
      const late = addToReport(writer, { ...lint(text), deadline: spent });
      expect(late.result.findings).toEqual([]);
      expect(late.result.error).toBe('took longer than 5 ms (the time budget, --timeout)');
      for (const f of [ok, late]) expect(f.text).toBeUndefined();
      const out = writer.end([ok, late]);
      expect(out, name).toBe((await loadFormatter(name))([lint(WITH_TOKEN), late], { color: false }));
      expect(out).not.toContain('AbCdEfGh');
      // GitLab's format has no place for a file that failed (the exit code and stderr say it).
      if (name !== 'gitlab') expect(out).toContain('took longer than 5 ms');
    }
    // A format that fails on a file gives that file an internal error; the others stand.
    const writer = (await loadReportFormat('stylish'))({ color: false });
    const broken = { ...lint(WITH_TOKEN), result: { ...lint(WITH_TOKEN).result, findings: [{ ...finding('RUN x\n', 'x'), start: { line: 1, column: 1 }, end: null as never }] } };
    const kept = addToReport(writer, broken);
    expect(kept.result.error).toMatch(/^internal error: .* \(run with --debug for details\)$/);
    expect(kept.stack).toBeDefined();
  });

  it('the CLI hands on reports without their text', async () => {
    const cwd = tree({ 'a/Dockerfile': WITH_TOKEN, 'b/Dockerfile': 'FROM scratch\n' });
    let seen: FileReport[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: [], cwd, env: {}, isTTY: false, onLinted: (f: FileReport[]) => (seen = f) };
    const { main } = await import('../../src/cli/main.js');
    expect(await main(['--format', 'sarif', '.'], io)).toBe(1);
    expect(seen.map((f) => [f.path, f.text, f.result.findings.length > 0])).toEqual([
      [path.join('a', 'Dockerfile'), undefined, true],
      [path.join('b', 'Dockerfile'), undefined, false],
    ]);
    // Secrets stay masked once the text is gone.
    expect((await run(['.'], { cwd })).stdout).not.toContain(TOKEN);
  });
});
