import type { TaskRunner } from './pool.js';

/** A {@link TaskRunner} made only when it is first given a task; see {@link lazyRunner}. */
export interface LazyRunner<T, R> extends TaskRunner<T, R> {
  /** Whether a task has made the runner. */
  readonly started: boolean;
}

/**
 * A runner that calls `start` (which starts worker threads) at its first task, not before: an input that holds no
 * work (an empty JSON Lines stream) starts none. Until then `runOnEach` answers for no worker (`[]`) and `close`
 * has nothing to stop.
 * @example const pool = lazyRunner(() => new WorkerPool(script, 2, config)); await pool.close(); // no thread started
 */
export function lazyRunner<T, R>(start: () => TaskRunner<T, R>): LazyRunner<T, R> {
  let runner: TaskRunner<T, R> | undefined;
  return {
    get started() {
      return runner !== undefined;
    },
    run(task) {
      runner ??= start();
      return runner.run(task);
    },
    runOnEach: async (task) => (runner === undefined ? [] : runner.runOnEach(task)),
    close: async () => runner?.close(),
  };
}
