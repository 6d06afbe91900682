import type { TaskRunner } from './pool.js';
import type { Task, TaskResult } from './work.js';

/**
 * The largest lone document cleaned on this thread (1 MB, in UTF-8); a larger one gets a worker thread.
 * Why: a thread costs about 0.15 s of CPU to start (0.5 s of wall time on a busy 2-core machine), less than cleaning
 * a megabyte; and while this thread cleans, a progress bar's Ctrl-C waits for it (a 20 MB page: 31 s).
 */
export const INLINE_MAX_BYTES = 1_000_000;

/**
 * Runs the task of a lone document on this thread (`inline`) when the document holds {@link INLINE_MAX_BYTES} or
 * less, and on `threads` when it holds more. Decided once the document is read, so a document of unknown size (piped
 * in) is measured too. `runOnEach` asks both, `inline` first (what each learned: profiles merge in any order).
 * @example byDocumentSize(inline, threads).run({ kind: 'clean-docs', items: [text] })
 */
export function byDocumentSize(
  inline: TaskRunner<Task, TaskResult>,
  threads: TaskRunner<Task, TaskResult>,
): TaskRunner<Task, TaskResult> {
  return {
    run: (task) => (documentBytes(task) > INLINE_MAX_BYTES ? threads : inline).run(task),
    runOnEach: async (task) => [...(await inline.runOnEach(task)), ...(await threads.runOnEach(task))],
    close: async () => {
      await inline.close();
      await threads.close();
    },
  };
}

/** The UTF-8 size of a task's documents (0 for JSON Lines, which never come here). */
const documentBytes = (task: Task): number =>
  'items' in task ? task.items.reduce((n, item) => n + (item === null ? 0 : Buffer.byteLength(item)), 0) : 0;
