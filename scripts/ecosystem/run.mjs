// Runs one hardenfile checkout's built CLI over a corpus directory and collects what it found.
import { Buffer } from 'node:buffer';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { lineTextAt } from './compare.mjs';

/** Every regular file below `dir`, as sorted '/'-separated paths relative to it. */
export function listCorpus(dir) {
  const out = [];
  const walk = (rel) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

function describeCheckout(checkout) {
  try {
    const commit = execFileSync('git', ['-C', checkout, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['-C', checkout, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit, describe: `${checkout} @ ${commit}${dirty ? ' (uncommitted changes)' : ''}` };
  } catch {
    return { commit: null, describe: checkout };
  }
}

// One CLI process over `files`; resolves to its parsed report, or to { failure } when it exited
// abnormally, printed no usable JSON, left a file out, or ran past `timeoutMs`.
function lintBatch({ bin, corpus, files, cliArgs, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, '--format', 'json', '--no-color', ...cliArgs, '--', ...files], {
      cwd: corpus,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (d) => stdout.push(d));
    child.stderr.on('data', (d) => stderr.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ failure: `could not start: ${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const err = Buffer.concat(stderr).toString('utf8');
      const firstBad = err.split('\n').find((l) => l.trim() && !/^.+: error: /.test(l)) ?? '';
      if (timedOut) return resolve({ failure: `no answer within ${timeoutMs} ms` });
      if (signal) return resolve({ failure: `killed by ${signal}` });
      if (code !== 0 && code !== 1 && code !== 2) {
        return resolve({ failure: `exit code ${code}${firstBad ? `: ${firstBad.trim().slice(0, 300)}` : ''}` });
      }
      let report;
      try {
        report = JSON.parse(Buffer.concat(stdout).toString('utf8'));
      } catch {
        return resolve({ failure: `exit code ${code} without a JSON report${firstBad ? `: ${firstBad.trim().slice(0, 300)}` : ''}` });
      }
      const byPath = new Map((report.files ?? []).map((f) => [f.path, f]));
      const missing = files.filter((f) => !byPath.has(f));
      if (missing.length) return resolve({ failure: `the report leaves out ${missing.length} file(s)` });
      resolve({ byPath });
    });
  });
}

function summarise(corpus, path, entry) {
  const out = { findings: [] };
  if (entry.error !== undefined) out.error = entry.error;
  if (!entry.findings?.length) return out;
  const text = readFileSync(join(corpus, path), 'utf8');
  out.findings = entry.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    lineText: lineTextAt(text, f.line),
    ...(f.fix ? { fix: `${f.fix.safety}: ${f.fix.title}` } : {}),
  }));
  return out;
}

/**
 * Lints every file of `corpus` with `checkout`'s bin/hardenfile.js in batches of `batch` files.
 * A batch whose process fails is split in halves until the failing files stand alone; those are
 * reported as crashes and every other file is still linted.
 */
export async function runCorpus({ checkout, corpus, batch = 400, jobs, config, timeoutMs, onProgress }) {
  const bin = join(checkout, 'bin', 'hardenfile.js');
  const files = listCorpus(corpus);
  // An empty config keeps the results from depending on a config file above the corpus.
  const tmp = mkdtempSync(join(tmpdir(), 'hardenfile-eco-'));
  let cfg = config;
  if (!cfg) {
    cfg = join(tmp, 'config.json');
    writeFileSync(cfg, '{}\n');
  }
  const cliArgs = ['--config', cfg, ...(jobs ? ['--jobs', String(jobs)] : [])];
  const result = { files: {}, crashes: [] };
  const started = Date.now();
  let done = 0;
  const lint = async (group) => {
    const limit = timeoutMs ?? 60_000 + 2_000 * group.length;
    const r = await lintBatch({ bin, corpus, files: group, cliArgs, timeoutMs: limit });
    if (r.byPath) {
      for (const path of group) result.files[path] = summarise(corpus, path, r.byPath.get(path));
      done += group.length;
      onProgress?.(done, files.length);
      return;
    }
    if (group.length === 1) {
      result.files[group[0]] = { findings: [], crash: r.failure };
      result.crashes.push({ file: group[0], reason: r.failure });
      done += 1;
      return;
    }
    const half = Math.ceil(group.length / 2);
    await lint(group.slice(0, half));
    await lint(group.slice(half));
  };
  try {
    for (let i = 0; i < files.length; i += batch) await lint(files.slice(i, i + batch));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const tool = describeCheckout(checkout);
  return { version: 1, tool, corpus, createdAt: new Date().toISOString(), durationMs: Date.now() - started, ...result };
}
