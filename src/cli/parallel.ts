/**
 * Linting many files on several threads (`--jobs`): this thread lints every Nth file itself and
 * each worker thread the ones it is sent, so `--jobs N` keeps N threads busy without an idle one
 * waiting (on two cores, a third thread would only compete). Each worker loads the engine once.
 * Used only when there are enough files to pay for the workers' start-up, and only from the built
 * CLI (the worker is a compiled module).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deadlineIn, type Deadline } from '../engine/budget.js';
import { lintText } from '../engine/lint.js';
import type { LintResult, ResolvedConfig } from '../engine/types.js';

/** Below this many files per worker, one thread is faster than starting more. */
export const FILES_PER_WORKER = 24;

/** The first message to a worker: the limits that apply to every file. */
export interface WorkerRequest {
  maxSize: number;
  /** `--timeout`, per file. */
  timeout: number;
}

/** One file to lint; a config is sent the first time its id is used. */
export interface WorkerTask {
  id: number;
  text: string;
  configId: number;
  config?: ResolvedConfig;
}

/** `at`: the file's deadline, set when the worker began it (the clock is the process's, shared by its threads). */
export type WorkerReply = { id: number; at: number; result: LintResult } | { id: number; at: number; crash: string };

/** A file's lint (or why it failed) and the budget it ran on, which its later passes share. */
export interface Linted {
  outcome: LintResult | Error;
  deadline: Deadline;
}

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
 * `threads` threads that lint: this one and `threads - 1` workers, each file sent as it is read and
 * its text dropped by the worker once linted. The caller keeps only a few files in flight, so
 * memory is bounded by the largest files, not by the tree. Null when workers cannot be used here
 * (running from sources): lint in this thread then.
 */
export function startLintPool(threads: number, maxSize: number, timeout: number): LintPool | null {
  const url = lintWorkerUrl();
  if (threads < 2 || url === null) return null;
  return new LintPool(url, threads, maxSize, timeout);
}

/**
 * The lint worker's module (beside this one when compiled, beside the CLI bundle in it), or null
 * when running from sources, where there is no compiled worker to start.
 */
export function lintWorkerUrl(): URL | null {
  const url = new URL('./lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

export class LintPool {
  private readonly workers: WorkerSlot[];
  private turn = 0;
  private nextId = 0;

  constructor(url: URL, readonly threads: number, private readonly maxSize: number, private readonly timeout: number) {
    // Loaded here: a run that needs no workers does not pay for the module. A require, not an
    // `import()`: the CLI bundle runs as a script (bin/hardenfile.js), where `import()` is unavailable.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.workers = Array.from({ length: threads - 1 }, () => new WorkerSlot(new Worker(url, { workerData: { maxSize, timeout } satisfies WorkerRequest }), timeout));
  }

  /** Lint a file on the next thread in turn (this one included: it then lints before returning). */
  lint(text: string, config: ResolvedConfig): Promise<Linted> {
    const slot = this.turn++ % this.threads;
    if (slot === 0) return Promise.resolve(lintHere(text, config, this.maxSize, this.timeout));
    return this.workers[slot - 1]!.send(this.nextId++, text, config);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

class WorkerSlot {
  private readonly pending = new Map<number, (r: Linted) => void>();
  private readonly configs = new Map<ResolvedConfig, number>();
  private failure: Error | null = null;

  constructor(
    readonly worker: import('node:worker_threads').Worker,
    private readonly timeout: number,
  ) {
    worker.on('message', (reply: WorkerReply) => {
      const done = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      done?.({ outcome: 'result' in reply ? reply.result : new Error(reply.crash), deadline: { at: reply.at, ms: this.timeout } });
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const done of this.pending.values()) done({ outcome: this.failure, deadline: deadlineIn(this.timeout) });
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('the lint worker stopped early')));
  }

  send(id: number, text: string, config: ResolvedConfig): Promise<Linted> {
    if (this.failure) return Promise.resolve({ outcome: this.failure, deadline: deadlineIn(this.timeout) });
    let configId = this.configs.get(config);
    const task: WorkerTask = { id, text, configId: configId ?? this.configs.size };
    if (configId === undefined) {
      configId = task.configId;
      this.configs.set(config, configId);
      task.config = config;
    }
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage(task);
    });
  }
}

function lintHere(text: string, config: ResolvedConfig, maxSize: number, timeout: number): Linted {
  const deadline = deadlineIn(timeout);
  try {
    return { outcome: lintText(text, { config, maxSize, deadline }), deadline };
  } catch (error) {
    return { outcome: error instanceof Error ? error : new Error(String(error)), deadline };
  }
}
