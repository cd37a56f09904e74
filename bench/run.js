// The benchmark (not a test). Runs hardenfile and the peers a user would pick instead, side by side
// on the same inputs, and prints ratios: one-file cold CLI time against `node -e 0`, throughput over
// a generated corpus (one thread and all cores), scaling with file size, and language-server
// latency. Writes bench/results/latest.md. Run with `npm run bench` (it builds first).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus, makeDockerfile } from './corpus.js';
import { lspLatency } from './lsp.js';
import { shapeRows } from './shapes-run.js';

const root = new URL('..', import.meta.url).pathname;
const { lintText } = await import(join(root, 'dist/src/engine/lint.js'));
const { makePolicy } = await import(join(root, 'dist/src/policy/index.js'));
const { validate } = await import('dockerfile-utils');
const CLI = join(root, 'bin/hardenfile.js');
const TALLY = join(root, 'node_modules/@wharflab/tally-linux-x64/bin/tally');
const DFU = join(root, 'node_modules/dockerfile-utils/bin/dockerfile-utils');
// tally's "slow checks" query registries; the benchmark keeps everything on this machine.
const TALLY_FLAGS = ['lint', '--no-config', '--slow-checks', 'off', '--no-color'];

const config = { rules: {}, policy: makePolicy(), buildArgs: {} };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of a whole command, in ms. Exit 1 (findings) is a complete run. */
function wall(cmd, args, runs = 9, cwd = root) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    try {
      execFileSync(cmd, args, { stdio: 'ignore', cwd, maxBuffer: 1 << 30 });
    } catch (e) {
      if (e.status !== 1) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed: ${e.message}`, { cause: e });
    }
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Standard output of a command that exits 0 or 1 (findings). */
function output(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw new Error(`${cmd} failed: ${e.message}`, { cause: e });
  }
}

function rate(files, ms) {
  return files / (ms / 1000);
}

const rows = [];
const row = (measure, result) => rows.push([measure, result]);
const x = (a, b) => `${(a / b).toFixed(2)}×`;

// 1. One file, cold start of each CLI.
// Outside the repository: the CLI skips what .gitignore ignores, as users expect.
const corpusDir = mkdtempSync(join(tmpdir(), 'hardenfile-bench-'));
const one = join(corpusDir, 'one.Dockerfile');
writeFileSync(one, makeDockerfile(7, 40));
const floor = wall(process.execPath, ['-e', '0']);
const hfOne = wall(process.execPath, [CLI, '--no-color', one]);
const dfuOne = wall(process.execPath, [DFU, 'lint', one]);
const tallyOne = wall(TALLY, [...TALLY_FLAGS, one]);
row('`node -e 0` (the floor)', `${floor.toFixed(0)} ms`);
row('hardenfile, one 40-line file, cold', `${hfOne.toFixed(0)} ms — ${x(hfOne, floor)} the floor`);
// As a user has it: the packed tarball installed into a prefix of its own, offline (the package
// has no dependencies), run by path so the ratio compares node with node.
const prefix = mkdtempSync(join(tmpdir(), 'hardenfile-bench-prefix-'));
const tarball = join(prefix, execFileSync('npm', ['pack', '--silent', '--pack-destination', prefix], { cwd: root, encoding: 'utf8' }).trim());
execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', join(prefix, 'install'), tarball], { stdio: 'ignore' });
const installedCli = join(prefix, 'install/lib/node_modules/hardenfile/bin/hardenfile.js');
const hfInstalled = wall(process.execPath, [installedCli, '--no-color', one]);
row('the same, installed from the packed tarball (`npm install -g` into a temp prefix)', `${hfInstalled.toFixed(0)} ms — ${x(hfInstalled, floor)} the floor`);
rmSync(prefix, { recursive: true, force: true });
row('dockerfile-utils lint, same file', `${dfuOne.toFixed(0)} ms — hardenfile takes ${x(hfOne, dfuOne)} its time`);
row('tally lint, same file', `${tallyOne.toFixed(0)} ms — hardenfile takes ${x(hfOne, tallyOne)} its time`);

// 2. Throughput over a corpus of realistic files (Alpine and Debian, 20–300 lines).
const corpus = makeCorpus(2000);
const lines = corpus.reduce((n, t) => n + t.split('\n').length - 1, 0);
const paths = corpus.map((text, i) => {
  const dir = join(corpusDir, `svc${i % 50}`);
  mkdirSync(dir, { recursive: true });
  const p = join(dir, `${i}.Dockerfile`);
  writeFileSync(p, text);
  return p;
});
const typical = Array.from({ length: 1000 }, (_, i) => makeDockerfile(900000 + i, 40));
const hfLint = (t) => lintText(t, { config });
/** Files per second over one pass of `texts`. */
const pass = (fn, texts) => {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return rate(texts.length, performance.now() - t0);
};
// First the cold rate, what a short CI run sees: the first 1,000 files of a fresh process, while
// the JIT is still compiling. Then the steady state, what a long run or an editor sees: the best
// of five more passes (each tool's rate stops growing after a few thousand files; the best pass is
// the one a busy machine disturbed least).
const steady = (fn, texts) => Math.max(...Array.from({ length: 5 }, () => pass(fn, texts)));
const hfCold = pass(hfLint, typical);
const dfuCold = pass(validate, typical);
const hfTypical = steady(hfLint, typical);
const dfuTypical = steady(validate, typical);
const hfCorpus = steady(hfLint, corpus);
const dfuCorpus = steady(validate, corpus);
row('in process (one core), first 1000 typical 40-line files of a fresh process', `hardenfile ${hfCold.toFixed(0)} files/s; dockerfile-utils ${dfuCold.toFixed(0)} files/s (${x(hfCold, dfuCold)})`);
row('in process (one core), typical 40-line files, steady state', `hardenfile ${hfTypical.toFixed(0)} files/s; dockerfile-utils ${dfuTypical.toFixed(0)} files/s (${x(hfTypical, dfuTypical)})`);
row(`in process (one core), corpus of ${corpus.length} files (${lines} lines), steady state`, `hardenfile ${hfCorpus.toFixed(0)} files/s; dockerfile-utils ${dfuCorpus.toFixed(0)} files/s (${x(hfCorpus, dfuCorpus)})`);
const cores = availableParallelism();
const linted = JSON.parse(output(process.execPath, [CLI, '--format', 'json', corpusDir]));
if (linted.files?.length !== corpus.length + 1) throw new Error(`the CLI linted ${linted.files?.length} files, expected ${corpus.length + 1}`);
const hfCli1 = wall(process.execPath, [CLI, '--format', 'json', '-j', '1', corpusDir], 3);
const hfCliN = wall(process.execPath, [CLI, '--format', 'json', '-j', String(cores), corpusDir], 3);
row(`CLI over the corpus, one thread`, `hardenfile ${rate(corpus.length, hfCli1).toFixed(0)} files/s`);
row(`CLI over the corpus, ${cores} cores (--jobs)`, `hardenfile ${rate(corpus.length, hfCliN).toFixed(0)} files/s`);
// tally takes ~0.25 s a file here, so it gets the first 50 files, and so does hardenfile for the ratio.
const few = paths.slice(0, 50);
const tallyFew = wall(TALLY, [...TALLY_FLAGS, '--format', 'json', ...few], 1);
const hfFew = wall(process.execPath, [CLI, '--format', 'json', ...few], 3);
row('CLI over the first 50 corpus files', `hardenfile ${rate(few.length, hfFew).toFixed(0)} files/s; tally ${rate(few.length, tallyFew).toFixed(1)} files/s (hardenfile ${x(tallyFew, hfFew)} as fast)`);

// 3. Scaling with file size: time per KB should stay flat.
for (const kb of [10, 100, 1000]) {
  let text = '';
  let i = 0;
  while (text.length < kb * 1024) text += makeDockerfile(i++, 60);
  // The median of a few runs: one run of a 10 KB file is at the mercy of a garbage collection.
  const times = [];
  let r;
  for (let k = 0; k < (kb < 1000 ? 7 : 3); k++) {
    const t0 = performance.now();
    r = lintText(text, { config, maxSize: 4 * 1024 * 1024 });
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  row(`one ${kb} KB file (median of ${times.length})`, `${ms.toFixed(1)} ms (${(ms / kb).toFixed(2)} ms/KB)${r.error ? ` error: ${r.error}` : ''}`);
}

// A file of nothing but private-key headers: one finding, one frame and one secret each. Masking
// was quadratic in the number of secrets (19 s for this file); the CLI prints every finding here.
{
  let text = 'FROM alpine:3.23\n';
  let headers = 0;
  for (; text.length < 270 * 1024; headers++) text += '# -----BEGIN RSA PRIVATE KEY-----\n';
  const file = join(corpusDir, 'keys.Dockerfile');
  writeFileSync(file, text);
  const ms = wall(process.execPath, [CLI, '--no-color', '--timeout', '600000', file], 3);
  row(`CLI, one 270 KB file of ${headers} private-key headers (every finding printed, median of 3)`, `${ms.toFixed(0)} ms`);
}

// Hostile shapes (issue 17): linear in the file, under 1 s at 300 KB (also alone: node bench/shapes-run.js).
for (const [measure, result] of await shapeRows()) row(measure, result);

// 4. Language server.
const lsp = await lspLatency();
row(`LSP, ${lsp.stdio.lines}-line file: didChange → diagnostics, in process`, `${lsp.inProcess.median.toFixed(1)} ms (median of ${lsp.changes})`);
row('LSP, same, over stdio with the 50 ms debounce', `${lsp.stdio.median.toFixed(1)} ms`);

const machine = `${cores} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
const table = ['| measure | result |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
const report = `# Benchmark\n\n${machine}; ${new Date().toISOString().slice(0, 10)}. Peers: dockerfile-utils 0.16.3 (a validator built on dockerfile-ast, in process and CLI; it does not parse the shell in RUN), tally 0.45.0 (Go binary, slow checks off). In-process rates are one thread; both tools get the same passes over the same files.\n\n${table}\n`;
console.log(report);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), report);
rmSync(corpusDir, { recursive: true, force: true });
