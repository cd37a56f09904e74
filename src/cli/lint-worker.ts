/** A worker thread of `--jobs`: lints the files it was given and posts each result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintText } from '../engine/lint.js';
import { deadlineIn } from '../engine/budget.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';

const request = workerData as WorkerRequest;
for (const item of request.items) {
  let reply: WorkerReply;
  try {
    reply = { index: item.index, result: lintText(item.text, { config: request.configs[item.config]!, maxSize: request.maxSize, deadline: deadlineIn(request.timeout) }) };
  } catch (error) {
    reply = { index: item.index, crash: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
}
