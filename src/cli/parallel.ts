/**
 * Linting many files on several threads (`--jobs`): this thread lints one share itself and each
 * worker thread another, so `--jobs N` keeps N threads busy without an idle one waiting (on two
 * cores, a third thread would only compete). Each worker loads the engine once and lints the files
 * it is sent; results come back in input order. Used only when there are enough files to pay for
 * the workers' start-up, and only from the built CLI (the worker is a compiled module).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deadlineIn } from '../engine/budget.js';
import { lintText } from '../engine/lint.js';
import type { LintResult, ResolvedConfig } from '../engine/types.js';

/** Below this many files per worker, one thread is faster than starting more. */
export const FILES_PER_WORKER = 24;

export interface WorkItem {
  text: string;
  config: ResolvedConfig;
}

export interface WorkerRequest {
  configs: ResolvedConfig[];
  items: { index: number; text: string; config: number }[];
  maxSize: number;
  /** `--timeout`, per file. */
  timeout: number;
}

export type WorkerReply = { index: number; result: LintResult } | { index: number; crash: string };

/**
 * How many threads a run of `files` files should use, given `--jobs` or, without it, half the
 * machine's logical cores: most count two hardware threads per core, and the lint gains nothing
 * from a core's second thread (on a 2-core machine, `--jobs 2` ran at 0.9× one thread; see the
 * README's Performance section), so the default never makes a run slower than one thread there.
 */
export function workerCount(files: number, jobs: number = Math.floor(availableParallelism() / 2)): number {
  return Math.max(1, Math.min(jobs, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * The lint worker's module (beside this one when compiled, beside the CLI bundle in it), or null
 * when running from sources, where there is no compiled worker to start.
 */
export function lintWorkerUrl(): URL | null {
  const url = new URL('./lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** Null when workers cannot be used here (running from sources): lint in this thread then. */
export async function lintInWorkers(items: WorkItem[], workers: number, maxSize: number, timeout: number): Promise<(LintResult | Error)[] | null> {
  const url = lintWorkerUrl();
  if (workers < 2 || url === null) return null;
  const configs: ResolvedConfig[] = [];
  const configIndex = new Map<ResolvedConfig, number>();
  const indexed = items.map((item, index) => {
    let c = configIndex.get(item.config);
    if (c === undefined) {
      c = configs.push(item.config) - 1;
      configIndex.set(item.config, c);
    }
    return { index, text: item.text, config: c };
  });
  // Loaded here: a run that needs no workers does not pay for the module. A require, not an
  // `import()`: the CLI bundle runs as a script (bin/hardenfile.js), where `import()` is unavailable.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  // Interleaved shares keep the threads' loads even when file sizes are sorted by path.
  const [own, ...shares] = Array.from({ length: workers }, (_, w) => indexed.filter((_, i) => i % workers === w));
  const results: (LintResult | Error)[] = new Array(items.length);
  const running = Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve) => {
          const worker = new Worker(url, { workerData: { configs, items: share, maxSize, timeout } satisfies WorkerRequest });
          let done = 0;
          worker.on('message', (reply: WorkerReply) => {
            results[reply.index] = 'result' in reply ? reply.result : new Error(reply.crash);
            if (++done === share.length) void worker.terminate().then(() => resolve());
          });
          worker.on('error', (error) => {
            for (const item of share) results[item.index] ??= error;
            resolve();
          });
          worker.on('exit', () => {
            for (const item of share) results[item.index] ??= new Error('the lint worker stopped early');
            resolve();
          });
        }),
    ),
  );
  // The workers have started; their replies wait in the queue while this thread lints its share.
  for (const item of own!) {
    try {
      results[item.index] = lintText(item.text, { config: configs[item.config]!, maxSize, deadline: deadlineIn(timeout) });
    } catch (error) {
      results[item.index] = error instanceof Error ? error : new Error(String(error));
    }
  }
  await running;
  return results;
}
