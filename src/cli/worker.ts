/** The worker thread's entry (built to `dist/cli-worker.js`): answers tasks from the command's main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Reply } from './pool.js';
import { createWork, type Task, type TaskResult, type WorkConfig } from './work.js';

const work = createWork(workerData as WorkConfig);
parentPort?.on('message', ({ id, task }: { id: number; task: Task }) => {
  let reply: Reply<TaskResult>;
  try {
    reply = { id, result: work(task) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  // Why transfer: the output bytes move to the main thread without a copy.
  const bytes = 'result' in reply ? reply.result.lines : undefined;
  parentPort?.postMessage(reply, bytes ? [bytes.buffer as ArrayBuffer] : []);
});
