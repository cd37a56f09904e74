/**
 * A lint worker thread. Started by `--jobs`, it lints each file it is sent and posts the result
 * back. Started by the language server with `{ serve: true }`, it waits for one job at a time (a
 * lint, or a fix-all), says when it starts one and posts its answer; a job past its budget is
 * stopped by terminating the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintText } from '../engine/lint.js';
import { deadlineIn } from '../engine/budget.js';
import { resolveConfig } from '../config/load.js';
import { RULES } from '../../rules/index.js';
import type { ResolvedConfig } from '../engine/types.js';
import type { WorkerReply, WorkerRequest, WorkerTask } from './parallel.js';
import { crashOf, runHere, type ServeJob, type ServeReply } from '../lsp/pool.js';

/** What a serving worker lints before its first job. */
const WARM_UP = 'FROM alpine:3.23\nRUN apk add curl\nFROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n';

if ((workerData as { serve?: boolean } | undefined)?.serve === true) serve();
else lintStream(workerData as WorkerRequest);

function lintStream(request: WorkerRequest): void {
  const configs = new Map<number, ResolvedConfig>();
  parentPort!.on('message', (task: WorkerTask) => {
    if (task.config) configs.set(task.configId, task.config);
    let reply: WorkerReply;
    const deadline = deadlineIn(request.timeout);
    try {
      reply = { id: task.id, at: deadline.at, result: lintText(task.text, { config: configs.get(task.configId)!, maxSize: request.maxSize, deadline }) };
    } catch (error) {
      reply = { id: task.id, at: deadline.at, crash: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  });
}

function serve(): void {
  const ruleIds = RULES.map((r) => r.id);
  // Tests only: a lint (or a fix-all) of a text holding this marker never finishes, as a hostile
  // file whose work no budget check interrupts would not: the budget must then stop the thread.
  const stall = { lint: process.env.HARDENFILE_TEST_STALL, fix: process.env.HARDENFILE_TEST_STALL_FIX };
  // Tests only: a text holding this marker makes the worker allocate without end, as a document that
  // needs more memory than its heap limit would; one holding the other makes the thread exit mid-job.
  const grow = process.env.HARDENFILE_TEST_GROW;
  const exit = process.env.HARDENFILE_TEST_EXIT;
  // A lint compiles the engine's functions on first use: done now, while the editor has nothing
  // waiting, rather than in the first document's lint (the CLI has a code cache for that).
  lintText(WARM_UP, { config: resolveConfig({}).config });
  parentPort!.on('message', (job: ServeJob) => {
    parentPort!.postMessage({ id: job.id, started: true } satisfies ServeReply);
    let reply: ServeReply;
    try {
      const marker = stall[job.kind];
      if (marker && job.text.includes(marker)) for (;;);
      if (grow && job.text.includes(grow)) for (const held: number[][] = []; ; ) held.push(new Array<number>(1024).fill(held.length));
      if (exit && job.text.includes(exit)) process.exit(70);
      reply = { id: job.id, ...runHere(job, ruleIds) };
    } catch (error) {
      reply = { id: job.id, ...crashOf(error) };
    }
    parentPort!.postMessage(reply);
  });
}
