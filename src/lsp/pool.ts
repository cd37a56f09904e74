/**
 * Where the language server lints: in worker threads (the `--jobs` worker, started in its serve
 * mode), so a slow document never holds up the server's thread, requests, or other documents.
 * Each job runs on its own budget, counted from when a worker starts it: the worker stops at the
 * budget itself where the engine checks it, and a worker still busy just after it is terminated
 * (its work may sit where no check runs) and replaced by a fresh one when needed.
 * Running from sources (no compiled worker), jobs run in this thread instead, as the CLI does; so do
 * they when workers cannot start (the server keeps answering, one job at a time). Each worker's
 * heap is capped (`workerHeapMb`): a document that needs more is answered as such, and only its
 * worker ends.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { BudgetExceeded, deadlineIn } from '../engine/budget.js';
import { ignoreProblems, type IgnoreProblem } from '../engine/ignores.js';
import { lintText } from '../engine/lint.js';
import type { LintResult, ResolvedConfig } from '../engine/types.js';
import { fixText, type FixOutcome } from '../fix/apply.js';
import { lintWorkerUrl } from '../cli/parallel.js';

/** What one job is: a lint of the text, or the fix-all of it (safe fixes only). */
export interface JobInput {
  kind: 'lint' | 'fix';
  text: string;
  config: ResolvedConfig;
  maxSize: number;
  /** Budget in ms. */
  timeout: number;
}

export interface LintAnswer {
  result: LintResult;
  /** The ignore comments that silence nothing (read from the same text). */
  ignoreProblems: IgnoreProblem[];
}

/** A job's answer; an over-budget job is a lint result with an error, or a fix with a problem. */
export type JobAnswer = { lint: LintAnswer } | { fix: FixOutcome } | Crash;

/** A job that threw, or whose worker was lost: the message, and the stack for the log. */
export interface Crash {
  crash: string;
  stack?: string;
}

export function crashOf(error: unknown): Crash {
  return error instanceof Error ? { crash: error.message, ...(error.stack !== undefined && { stack: error.stack }) } : { crash: String(error) };
}

/** Messages to and from a serving worker (src/cli/lint-worker.ts). */
export type ServeJob = JobInput & { id: number };
export type ServeReply = { id: number; started: true } | ({ id: number } & JobAnswer);

export interface Running {
  /** Null when the job was cancelled (a newer version of the document superseded it). */
  answer: Promise<JobAnswer | null>;
  cancel(): void;
}

export interface JobRunner {
  run(job: JobInput): Running;
  /** Get a thread ready for the first job (starting one takes longer than a lint). */
  warm(): void;
  dispose(): void;
}

/** Threads at most: past them, jobs wait in order (at most a budget each). */
export const MAX_WORKERS = 4;
/** Idle threads kept for the next job (starting one costs the engine's load). */
const KEEP_IDLE = 1;
/** How long past its budget a worker may take to answer before it is terminated. */
const GRACE_MS = 100;
/** A cancelled job that has run longer than this is stopped; a shorter one finishes, unused. */
const KILL_CANCELLED_AFTER_MS = 200;

/** Worker starts that failed in a row before jobs run in this thread instead. */
const START_FAILURES = 2;
/**
 * A worker's young generation in MB: V8's own default on 64-bit, set so that it stays the one the
 * 300 KB figures of `workerHeapMb` were measured with (the 1 MiB ones were measured with 16 MB,
 * which at 300 KB changed the figures by 2 MB at most).
 */
const YOUNG_GENERATION_MB = 48;
/** MB of old generation per MiB of document, for the worst measured shape (see `workerHeapMb`). */
const MB_PER_MIB = 280;

/**
 * A worker's old-generation heap limit in MB for documents of up to `maxSize` UTF-16 units (the
 * server's size cap: a larger document is refused before any work). Measured by bisecting
 * `maxOldGenerationSizeMb` for the built worker until the job runs (bench/lsp-heap.js; Node 20, x64): an empty
 * document needs 7 MB; the hostile shapes of bench/shapes.js need, to lint or to fix-all, 37 to
 * 85 MB at 300 KB and 105 to 274 MB at 1 MiB, the most for one stage of package commands (`RUN apk
 * add`, 20,000 lines at 300 KB). That need grows linearly with the size, about
 * 273 MB per MiB at worst: so 16 MB plus 280 MB per MiB of the cap, times 1.5 for what the shapes
 * do not cover (a config's rules, other text): 444 MB at the default cap of 1 MiB. The limit bounds
 * what one document can make the process hold, which without it would be all the memory there is;
 * a worker uses no more of it than its document needs.
 */
export function workerHeapMb(maxSize: number): number {
  return Math.ceil(1.5 * (16 + (MB_PER_MIB * maxSize) / 2 ** 20));
}

/** What `jobRunner` is told of the server. */
export interface RunnerOptions {
  /** The server's size cap (the workers' heap limit follows it). */
  maxSize: number;
  /** Said once to the client when jobs move to this thread because workers cannot start. */
  log?: (message: string) => void;
}

/**
 * Workers when the compiled worker exists, else this thread. Tests only: the environment variable
 * HARDENFILE_TEST_LINT_WORKER names another worker module (a missing file: workers cannot start).
 */
export function jobRunner(ruleIds: readonly string[], options: RunnerOptions): JobRunner {
  const test = process.env.HARDENFILE_TEST_LINT_WORKER;
  const url = test ? pathToFileURL(test) : lintWorkerUrl();
  return url ? new WorkerPool(url, { ruleIds, heapMb: workerHeapMb(options.maxSize), ...(options.log && { log: options.log }) }) : new InlineRunner(ruleIds);
}

/** What a job that ran out of time answers. */
export function overBudget(job: JobInput): JobAnswer {
  return notDone(job, new BudgetExceeded(job.timeout).message);
}

/** What a job whose worker reached its heap limit answers. */
export function overMemory(job: JobInput, heapMb: number): JobAnswer {
  return notDone(job, `needed more memory than the limit of ${heapMb} MB (the heap of a lint worker)`);
}

/** A job that could not be done, and why: a lint with an error, or a fix-all that changed nothing. */
function notDone(job: JobInput, error: string): JobAnswer {
  if (job.kind === 'lint') return { lint: { result: { findings: [], secretSpans: [], error }, ignoreProblems: [] } };
  return { fix: { output: job.text, applied: [], remaining: [], passes: 0, problem: error } };
}

/** The job done here and now, with the engine's own budget checks. */
export function runHere(job: JobInput, ruleIds: readonly string[]): JobAnswer {
  const options = { config: job.config, maxSize: job.maxSize, deadline: deadlineIn(job.timeout) };
  if (job.kind === 'fix') return { fix: fixText(job.text, { ...options, unsafe: false }) };
  const result = lintText(job.text, options);
  return { lint: { result, ignoreProblems: result.error === undefined ? ignoreProblems(job.text, ruleIds) : [] } };
}

export class InlineRunner implements JobRunner {
  constructor(private readonly ruleIds: readonly string[]) {}

  run(job: JobInput): Running {
    let answer: JobAnswer;
    try {
      answer = runHere(job, this.ruleIds);
    } catch (error) {
      answer = crashOf(error);
    }
    return { answer: Promise.resolve(answer), cancel() {} };
  }

  warm(): void {}

  dispose(): void {}
}

interface Task {
  id: number;
  input: JobInput;
  resolve: (answer: JobAnswer | null) => void;
  /** When a worker started it (on the clock of `now`). */
  startedAt?: number;
  timer?: NodeJS.Timeout;
  /** Superseded: its answer is not wanted, and a long run of it is not worth finishing. */
  cancelled?: boolean;
}

/** What the pool knows of one of its threads. */
interface Thread {
  /** It has posted a message: it loaded and warmed up, so it started. */
  spoke: boolean;
  /** Told to end by the pool (not a failure). */
  terminated: boolean;
  /** Its end was dealt with (an error, then an exit, come for one end). */
  ended: boolean;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export interface PoolOptions {
  /** The rule ids, for the ignore comments that name no rule (when jobs run in this thread). */
  ruleIds: readonly string[];
  /** Threads at most (default MAX_WORKERS). */
  max?: number;
  /** Each worker's old-generation heap limit in MB (see `workerHeapMb`); none when left out. */
  heapMb?: number;
  /** Told once, when workers cannot start and jobs move to this thread. */
  log?: (message: string) => void;
}

/**
 * Jobs on at most `max` worker threads of the compiled worker at `url`. A worker that ends before
 * its first message never started: its job waits for the next worker. After START_FAILURES such
 * ends in a row, or one when the worker's file is missing, every job runs in this thread from then
 * on (logged once), one at a time, each with the engine's own budget checks.
 */
export class WorkerPool implements JobRunner {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly threadOf = new Map<Worker, Thread>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private disposed = false;
  private live = 0;
  private failedStarts = 0;
  /** Set once workers could not start: jobs run in this thread. */
  private inline: InlineRunner | null = null;
  private inlineTurn: NodeJS.Immediate | null = null;
  private readonly WorkerClass: typeof Worker;
  private readonly max: number;

  constructor(
    private readonly url: URL,
    private readonly options: PoolOptions,
  ) {
    this.max = options.max ?? MAX_WORKERS;
    // A require, as in parallel.ts: the CLI bundle runs as a script, where `import()` is unavailable.
    this.WorkerClass = (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;
  }

  /** Threads started and not yet ended (a terminated one ends a moment after it is told to). */
  get threads(): number {
    return this.live;
  }

  /** True once workers could not start and jobs run in this thread. */
  get inThisThread(): boolean {
    return this.inline !== null;
  }

  run(input: JobInput): Running {
    let resolve!: (answer: JobAnswer | null) => void;
    const answer = new Promise<JobAnswer | null>((r) => (resolve = r));
    const task: Task = { id: this.nextId++, input, resolve };
    if (this.disposed) resolve(null);
    else {
      this.queue.push(task);
      this.pump();
    }
    return { answer, cancel: () => this.cancel(task) };
  }

  warm(): void {
    if (this.disposed || this.inline || this.idle.length + this.busy.size > 0) return;
    const worker = this.spawn();
    if (worker) this.idle.push(worker);
    else this.pump();
  }

  dispose(): void {
    this.disposed = true;
    if (this.inlineTurn) clearImmediate(this.inlineTurn);
    for (const task of this.queue.splice(0)) task.resolve(null);
    for (const [worker, task] of this.busy) {
      clearTimeout(task.timer);
      task.resolve(null);
      this.terminate(worker);
    }
    this.busy.clear();
    for (const worker of this.idle.splice(0)) this.terminate(worker);
  }

  private pump(): void {
    while (!this.disposed && !this.inline && this.queue.length > 0 && (this.idle.length > 0 || this.busy.size < this.max)) {
      // A worker that cannot even be created is a failed start: the loop ends at the fallback.
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) continue;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ ...task.input, id: task.id } satisfies ServeJob);
    }
    if (this.inline && !this.disposed && this.queue.length > 0 && !this.inlineTurn) {
      // One job a turn: what came in meanwhile (a newer version, a cancel) is read between jobs.
      this.inlineTurn = setImmediate(() => {
        this.inlineTurn = null;
        const task = this.queue.shift();
        if (task) void this.inline!.run(task.input).answer.then(task.resolve);
        this.pump();
      });
    }
  }

  private spawn(): Worker | null {
    let worker: Worker;
    try {
      const limits = this.options.heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
      worker = new this.WorkerClass(this.url, { workerData: { serve: true }, ...limits });
    } catch (error) {
      this.failedStart(error instanceof Error ? error.message : String(error));
      return null;
    }
    // The server's input keeps the process alive; a worker never should.
    worker.unref();
    this.live++;
    this.threadOf.set(worker, { spoke: false, terminated: false, ended: false });
    worker.on('message', (reply: ServeReply) => {
      const thread = this.threadOf.get(worker);
      if (thread && !thread.spoke) {
        thread.spoke = true;
        this.failedStarts = 0;
      }
      this.answered(worker, reply);
    });
    worker.on('error', (error: Error & { code?: string }) => this.ended(worker, error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => {
      this.live--;
      this.ended(worker, `it exited with code ${code}`, false);
      this.threadOf.delete(worker);
    });
    return worker;
  }

  private terminate(worker: Worker): void {
    const thread = this.threadOf.get(worker);
    if (thread) thread.terminated = true;
    void worker.terminate();
  }

  private answered(worker: Worker, reply: ServeReply): void {
    const task = this.busy.get(worker);
    if (!task || task.id !== reply.id) return;
    if ('started' in reply) {
      task.startedAt = now();
      this.stopIn(worker, task, task.cancelled ? KILL_CANCELLED_AFTER_MS : task.input.timeout + GRACE_MS);
      return;
    }
    clearTimeout(task.timer);
    this.busy.delete(worker);
    if (this.idle.length < KEEP_IDLE && !this.inline) this.idle.push(worker);
    else this.terminate(worker);
    const { id: _, ...answer } = reply;
    task.resolve(answer);
    this.pump();
  }

  private stopIn(worker: Worker, task: Task, ms: number): void {
    clearTimeout(task.timer);
    task.timer = setTimeout(() => this.stop(worker, task, overBudget(task.input)), Math.min(Math.max(0, ms), 2 ** 31 - 1));
    task.timer.unref();
  }

  /** Terminate the worker running `task` (a fresh one starts when a job needs it). */
  private stop(worker: Worker, task: Task, answer: JobAnswer | null): void {
    if (this.busy.get(worker) !== task) return;
    clearTimeout(task.timer);
    this.busy.delete(worker);
    this.terminate(worker);
    task.resolve(answer);
    this.pump();
  }

  private cancel(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      task.resolve(null);
      return;
    }
    // Resolving first makes the answer given when it ends a no-op for this task.
    task.resolve(null);
    task.cancelled = true;
    for (const [worker, t] of this.busy) {
      if (t === task && task.startedAt !== undefined) this.stopIn(worker, task, KILL_CANCELLED_AFTER_MS - (now() - task.startedAt));
    }
  }

  /**
   * A worker ended (its error, or its exit when it had none). One that never spoke failed to start:
   * its job goes back to the head of the queue. Otherwise its job, if any, was lost: answered as
   * over its heap limit when it was, else as a crash; the next job gets a fresh worker.
   */
  private ended(worker: Worker, why: string, outOfMemory: boolean): void {
    const thread = this.threadOf.get(worker);
    if (!thread || thread.ended) return;
    thread.ended = true;
    const i = this.idle.indexOf(worker);
    if (i !== -1) this.idle.splice(i, 1);
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    if (task) clearTimeout(task.timer);
    if (this.disposed || thread.terminated) return;
    if (!thread.spoke) {
      if (task && !task.cancelled) this.queue.unshift(task);
      this.failedStart(why);
    } else if (task) {
      task.resolve(outOfMemory && this.options.heapMb !== undefined ? overMemory(task.input, this.options.heapMb) : { crash: `the lint worker stopped: ${why}` });
    }
    this.pump();
  }

  private failedStart(why: string): void {
    this.failedStarts++;
    if (this.inline || (this.failedStarts < START_FAILURES && this.workerFileExists())) return;
    this.inline = new InlineRunner(this.options.ruleIds);
    for (const worker of this.idle.splice(0)) this.terminate(worker);
    this.options.log?.(`hardenfile: the lint worker could not start (${why}); documents are linted in the server's thread from now on, one at a time, each within its time budget and without the workers' memory limit`);
  }

  private workerFileExists(): boolean {
    try {
      return this.url.protocol !== 'file:' || existsSync(fileURLToPath(this.url));
    } catch {
      return false;
    }
  }
}
