// The benchmark (not a test): throughput of the engine over a generated corpus, scaling with file
// size, and one-file cold CLI wall time against `node -e 0`. Run with `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus, makeDockerfile } from './corpus.js';

const root = new URL('..', import.meta.url).pathname;
const { initEngine, lintText } = await import(join(root, 'dist/src/engine/lint.js'));
const { makePolicy } = await import(join(root, 'dist/src/policy/index.js'));

const config = { rules: {}, policy: makePolicy(), buildArgs: {} };
await initEngine();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function wall(cmd, args, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    try {
      execFileSync(cmd, args, { stdio: 'ignore' });
    } catch {
      // exit 1 means findings: still a complete run
    }
    times.push(performance.now() - t);
  }
  return median(times);
}

const results = [];

// 1. Throughput in one process.
const corpus = makeCorpus(2000);
const typical = Array.from({ length: 1000 }, (_, i) => makeDockerfile(900000 + i, 40));
for (const text of typical.slice(0, 100)) lintText(text, { config });
let t = performance.now();
for (const text of typical) lintText(text, { config });
const typicalRate = typical.length / ((performance.now() - t) / 1000);
t = performance.now();
let lines = 0;
for (const text of corpus) {
  lintText(text, { config });
  lines += text.split('\n').length;
}
const corpusRate = corpus.length / ((performance.now() - t) / 1000);
results.push(['typical 40-line files, one process', `${typicalRate.toFixed(0)} files/s`]);
results.push([`corpus of ${corpus.length} files (20–300 lines, ${lines} lines), one process`, `${corpusRate.toFixed(0)} files/s`]);

// 2. Scaling with file size (time should grow linearly).
for (const kb of [10, 100, 1000]) {
  let text = '';
  let i = 0;
  while (text.length < kb * 1024) text += makeDockerfile(i++, 60);
  const t0 = performance.now();
  const r = lintText(text, { config, maxSize: 4 * 1024 * 1024 });
  const ms = performance.now() - t0;
  results.push([`one ${kb} KB file`, `${ms.toFixed(1)} ms (${(ms / kb).toFixed(3)} ms/KB)${r.error ? ` error: ${r.error}` : ''}`]);
}

// 3. One-file cold CLI wall time against the floor.
const dir = mkdtempSync(join(tmpdir(), 'hardenfile-bench-'));
const file = join(dir, 'Dockerfile');
writeFileSync(file, makeDockerfile(7, 40));
const floor = wall(process.execPath, ['-e', '0']);
const cli = wall(process.execPath, [join(root, 'bin/hardenfile.js'), '--no-color', file]);
results.push(['`node -e 0` (the floor)', `${floor.toFixed(0)} ms`]);
results.push(['hardenfile, one 40-line file, cold CLI', `${cli.toFixed(0)} ms (${(cli / floor).toFixed(2)}× the floor)`]);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const table = ['| measure | result |', '| --- | --- |', ...results.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
const report = `# Benchmark\n\nMachine: ${machine}; ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`;
console.log(report);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), report);
