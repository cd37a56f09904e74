/** A worker thread of `--jobs`: lints each file it is sent and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintText } from '../engine/lint.js';
import { deadlineIn } from '../engine/budget.js';
import type { ResolvedConfig } from '../engine/types.js';
import type { WorkerReply, WorkerRequest, WorkerTask } from './parallel.js';

const request = workerData as WorkerRequest;
const configs = new Map<number, ResolvedConfig>();
parentPort!.on('message', (task: WorkerTask) => {
  if (task.config) configs.set(task.configId, task.config);
  let reply: WorkerReply;
  try {
    reply = { id: task.id, result: lintText(task.text, { config: configs.get(task.configId)!, maxSize: request.maxSize, deadline: deadlineIn(request.timeout) }) };
  } catch (error) {
    reply = { id: task.id, crash: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
