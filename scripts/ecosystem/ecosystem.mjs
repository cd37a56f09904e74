#!/usr/bin/env node
// The ecosystem check: lints a corpus of real Dockerfiles with two hardenfile checkouts (or one
// against a saved run) and prints what changed. See "Ecosystem check" in the README.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareRuns, countByRule, describeRun, formatComparison } from './compare.mjs';
import { runCorpus } from './run.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const usage = `Usage: npm run ecosystem -- --corpus DIR [--baseline CHECKOUT|RUN.json] [options]

  --corpus DIR           the Dockerfiles to lint (every file below DIR)
  --checkout DIR         the hardenfile checkout to test (default: this one); its dist/ must be built
  --baseline PATH        a checkout to run as the baseline, or a run saved with --save-baseline
  --save-baseline FILE   save the run of --checkout to FILE (keep it outside the repository)
  --save FILE            with --baseline, also save the current run to FILE
  --report FILE          also write the comparison as JSON to FILE
  --batch N              files per CLI process (default 400)
  --jobs N               passed to the CLI's --jobs
  --config FILE          passed to the CLI's --config (default: an empty config)
  --extract LIST         write the files named in LIST (scripts/ecosystem/corpus.json) into --corpus,
                         read from the git mirrors in --mirrors DIR (DIR/<owner>+<name>/repo)`;

function fail(message) {
  console.error(`ecosystem: ${message}`);
  process.exit(2);
}

let opts;
try {
  opts = parseArgs({
    options: {
      corpus: { type: 'string' },
      checkout: { type: 'string' },
      baseline: { type: 'string' },
      'save-baseline': { type: 'string' },
      save: { type: 'string' },
      report: { type: 'string' },
      batch: { type: 'string' },
      jobs: { type: 'string' },
      config: { type: 'string' },
      extract: { type: 'string' },
      mirrors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (err) {
  fail(`${err.message}\n${usage}`);
}
if (opts.help) {
  console.log(usage);
  process.exit(0);
}
if (!opts.corpus) fail(`--corpus is required\n${usage}`);
const corpus = resolve(opts.corpus);

function positive(name) {
  if (opts[name] === undefined) return undefined;
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, not ${opts[name]}`);
  return n;
}

function extract(listFile, mirrors) {
  const list = JSON.parse(readFileSync(listFile, 'utf8'));
  let written = 0;
  for (const entry of list.repositories ?? []) {
    const gitDir = join(mirrors, entry.repo.replace('/', '+'), 'repo');
    if (!existsSync(gitDir)) {
      console.error(`ecosystem: ${entry.repo}: no mirror at ${gitDir}, skipped`);
      continue;
    }
    for (const path of entry.paths) {
      let body;
      try {
        body = execFileSync('git', ['--git-dir', gitDir, 'show', `${entry.commit}:${path}`], { maxBuffer: 1 << 26 });
      } catch {
        console.error(`ecosystem: ${entry.repo}@${entry.commit}:${path}: not in the mirror, skipped`);
        continue;
      }
      const dest = join(corpus, entry.repo.replace('/', '+'), path);
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, body);
      written++;
    }
  }
  // Index files cannot be fetched from here: check the ones already placed by hand.
  let missing = 0;
  for (const entry of list.index ?? []) {
    const file = join(corpus, '_index', `${entry.id}.Dockerfile`);
    if (!existsSync(file)) missing++;
    else if (readFileSync(file, 'utf8').length !== entry.chars) console.error(`ecosystem: ${file}: not the ${entry.chars} characters the list records`);
  }
  console.log(`wrote ${written} files into ${corpus}` +
    (missing ? `; ${missing} of the ${list.index.length} index files are not there (read them by id with the code search tool)` : ''));
}

async function runOrLoad(path, label) {
  const abs = resolve(path);
  if (!existsSync(abs)) fail(`${label} ${path} does not exist`);
  if (statSync(abs).isFile()) {
    try {
      const run = JSON.parse(readFileSync(abs, 'utf8'));
      if (run.version !== 1 || typeof run.files !== 'object') throw new Error('not a saved ecosystem run');
      return run;
    } catch (err) {
      fail(`${label} ${path}: ${err.message}`);
    }
  }
  if (!existsSync(join(abs, 'bin', 'hardenfile.js')) || !existsSync(join(abs, 'dist', 'bundle'))) {
    fail(`${label} ${path} is not a built hardenfile checkout (bin/hardenfile.js and dist/bundle are needed; run npm run build there)`);
  }
  const run = await runCorpus({
    checkout: abs,
    corpus,
    batch: positive('batch'),
    jobs: positive('jobs'),
    config: opts.config && resolve(opts.config),
    onProgress: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${label}: ${done}/${total} files`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  return run;
}

function save(file, run) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(run)}\n`);
}

if (opts.extract) {
  if (!opts.mirrors) fail('--extract needs --mirrors DIR');
  extract(resolve(opts.extract), resolve(opts.mirrors));
  process.exit(0);
}
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) fail(`the corpus ${opts.corpus} is not a directory`);
if (!opts.baseline && !opts['save-baseline']) fail(`give --baseline or --save-baseline\n${usage}`);

const checkout = opts.checkout ?? join(here, '..', '..');
const current = await runOrLoad(checkout, 'current');
if (opts['save-baseline']) {
  save(opts['save-baseline'], current);
  console.log(describeRun('saved', current));
  for (const { rule, count } of countByRule(current)) console.log(`  ${rule}: ${count}`);
  for (const c of current.crashes) console.log(`! ${c.file}: ${c.reason}`);
}
if (opts.baseline) {
  const baseline = await runOrLoad(opts.baseline, 'baseline');
  if (opts.save) save(opts.save, current);
  const cmp = compareRuns(baseline, current);
  console.log(formatComparison(cmp, baseline, current));
  if (opts.report) save(opts.report, cmp);
}
