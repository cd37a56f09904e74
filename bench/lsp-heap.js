// Issue 17 (language server): the smallest old-generation heap (maxOldGenerationSizeMb) a serving
// lint worker needs to lint and to fix-all each hostile shape of bench/shapes.js, found by bisection
// on the built worker (dist/bundle/lint-worker.js). The figure behind the worker heap limit
// in src/lsp/pool.ts. Run from the repository: `npm run build && node bench/lsp-heap.js [KB ...]`
// (default 300 and 1024).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
const root = process.cwd();
const { SHAPES } = await import(pathToFileURL(path.join(root, 'bench/shapes.js')).href);
const { resolveConfig } = await import(pathToFileURL(path.join(root, 'dist/src/config/load.js')).href);
const config = resolveConfig({}).config;
const worker = pathToFileURL(path.join(root, 'dist/bundle/lint-worker.js'));
const YOUNG = Number(process.env.YOUNG ?? 16);

/** 'ok', 'oom' or the reply's error. */
function tryWith(oldMb, job) {
  return new Promise((resolve) => {
    const w = new Worker(worker, { workerData: { serve: true }, resourceLimits: { maxOldGenerationSizeMb: oldMb, maxYoungGenerationSizeMb: YOUNG } });
    let outcome = 'exit';
    w.on('message', (m) => {
      if (m.started) return;
      outcome = 'crash' in m ? `crash ${m.crash}` : 'lint' in m ? (m.lint.result.error ?? 'ok') : (m.fix.problem ?? 'ok');
      void w.terminate();
    });
    w.on('error', (e) => (outcome = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'oom' : `error ${e.message}`));
    w.on('exit', () => resolve(outcome));
    w.postMessage({ id: 1, kind: job.kind, text: job.text, config, maxSize: 4 << 20, timeout: 120_000 });
  });
}

async function smallest(job) {
  let lo = 2, hi = 2048; // lo fails (or is the floor), hi succeeds
  if ((await tryWith(hi, job)) !== 'ok') return `> ${hi}`;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((await tryWith(mid, job)) === 'ok') hi = mid;
    else lo = mid;
  }
  return hi;
}

const sizes = process.argv.slice(2).map(Number);
const empty = await smallest({ kind: 'lint', text: 'FROM alpine:3.23\n' });
console.log(`young generation ${YOUNG} MB; an empty document needs ${empty} MB of old generation`);
for (const kb of sizes.length ? sizes : [300, 1024]) {
  for (const [name, make] of Object.entries(SHAPES)) {
    const text = make(kb * 1024);
    const lint = await smallest({ kind: 'lint', text });
    const fix = await smallest({ kind: 'fix', text });
    console.log(`${kb} KB\t${name}\tlint ${lint} MB\tfix ${fix} MB`);
  }
}
