import type { Suspendable } from './suspend.js';

/**
 * The time a run has worked: `performance.now()` less the time the process was stopped (Ctrl-Z until `fg` or
 * `bg`), while its workers were stopped too. What the progress line's rate and the summary's duration are
 * measured in. A stop it is not told of (`kill -STOP`, which no process can catch) counts as work.
 * @example const clock = new WorkClock(); const start = clock.now(); … clock.now() - start // ms worked
 */
export class WorkClock implements Suspendable {
  #stoppedMs = 0;
  #suspendedAt: number | undefined;

  /** Milliseconds worked, on `performance.now()`'s scale, less the time stopped before now. */
  now(): number {
    return performance.now() - this.#stoppedMs;
  }

  /** The process is about to stop. */
  suspend(): void {
    this.#suspendedAt = performance.now();
  }

  /** The process goes on; the time since {@link suspend} is left out of {@link now}. */
  resume(): void {
    if (this.#suspendedAt === undefined) return;
    this.#stoppedMs += performance.now() - this.#suspendedAt;
    this.#suspendedAt = undefined;
  }
}
