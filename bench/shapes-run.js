// Benchmark rows for the hostile shapes of issue 17 (bench/shapes.js): each at 100 KB and 300 KB,
// linted in process (lintText) and by the CLI (every finding printed), so the rows show the work
// is linear in the file (ms/KB stays flat) and under 1 s at 300 KB. Part of `npm run bench`; alone:
// `npm run build && node bench/shapes-run.js` (prints the rows).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { SHAPES } from './shapes.js';

const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'bin/hardenfile.js');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The shapes, and the cases the issue names by their size. */
export function shapeCases() {
  const cases = [];
  for (const [name, make] of Object.entries(SHAPES)) for (const kb of [100, 300]) cases.push({ name, text: make(kb * 1024) });
  cases.push({ name: '20,000 `RUN apk add a`', text: 'FROM alpine:3.21\n' + 'RUN apk add a\n'.repeat(20000) });
  cases.push({ name: '6,000 chained stages', text: 'FROM alpine AS s0\n' + Array.from({ length: 6000 }, (_, i) => `FROM s${i} AS s${i + 1}\n`).join('') });
  cases.push({ name: '10,000 stages', text: Array.from({ length: 10000 }, (_, i) => `FROM alpine AS s${i}\n`).join('') });
  return cases;
}

/** One row per case: [measure, result]. `runs`: runs a case, the median is shown. */
export async function shapeRows(runs = 3) {
  const { lintText } = await import(join(root, 'dist/src/engine/lint.js'));
  const { makePolicy } = await import(join(root, 'dist/src/policy/index.js'));
  const config = { rules: {}, policy: makePolicy(), buildArgs: {} };
  const dir = mkdtempSync(join(tmpdir(), 'hardenfile-shapes-'));
  const rows = [];
  try {
    for (const { name, text } of shapeCases()) {
      const kb = text.length / 1024;
      const inProcess = [];
      let result;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        result = lintText(text, { config, maxSize: 4 * 1024 * 1024 });
        inProcess.push(performance.now() - t);
      }
      const file = join(dir, `${name.replace(/\W+/g, '_')}.Dockerfile`);
      writeFileSync(file, text);
      const cli = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        try {
          execFileSync(process.execPath, [CLI, '--no-color', '--max-size', '4194304', '--timeout', '600000', file], { stdio: 'ignore', maxBuffer: 1 << 30 });
        } catch (e) {
          if (e.status !== 1) throw new Error(`the CLI failed on ${name}: ${e.message}`, { cause: e });
        }
        cli.push(performance.now() - t);
      }
      const ms = median(inProcess);
      const outcome = result.error ? `error: ${result.error}` : `${result.findings.length} findings`;
      rows.push([`hostile shape: ${name} (${kb.toFixed(0)} KB, median of ${runs})`, `lintText ${ms.toFixed(0)} ms (${(ms / kb).toFixed(2)} ms/KB), CLI ${median(cli).toFixed(0)} ms; ${outcome}`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await shapeRows();
  console.log(['| measure | result |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
}
