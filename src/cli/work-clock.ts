import type { Suspendable } from './suspend.js';

/**
 * How often a run notes that it is running (milliseconds), so that a stop it was not told of can be measured once
 * it goes on: the time left out is within this much of the stop's.
 */
export const HEARTBEAT_MS = 100;

/**
 * The time a run has worked: `performance.now()` less the time the process was stopped, with its workers: from
 * Ctrl-Z until `fg` or `bg` ({@link suspend}, {@link resume}), and from a stop no process can catch (`kill -STOP`)
 * until it is continued ({@link beat}, {@link continued}). What the progress line's rate and the summary's duration
 * are measured in.
 * @example const clock = new WorkClock(); const start = clock.now(); … clock.now() - start // ms worked
 */
export class WorkClock implements Suspendable {
  #stoppedMs = 0;
  #suspendedAt: number | undefined;
  /** The two latest times the process was seen running: heartbeats, or the end of a stop left out. */
  #seen: [number, number];

  constructor() {
    const now = performance.now();
    this.#seen = [now, now];
  }

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
    const now = performance.now();
    this.#stoppedMs += now - this.#suspendedAt;
    this.#suspendedAt = undefined;
    this.#seen = [now, now];
  }

  /** The process is running: called every {@link HEARTBEAT_MS}. */
  beat(): void {
    this.#seen = [this.#seen[1], performance.now()];
  }

  /**
   * The process was continued (`SIGCONT`), maybe from a stop it was not told of: the longest pause between the
   * latest heartbeats and now, less one heartbeat's period, is left out of {@link now}. After a stop already left
   * out ({@link resume}) there is none.
   */
  continued(): void {
    const now = performance.now();
    const [before, last] = this.#seen;
    // Why the pause before the last heartbeat too: once the process goes on, the heartbeat's overdue timer runs
    // before the signal is handled (Node 20 on Linux), so the stop ends there.
    const pause = Math.max(last - before, now - last);
    this.#stoppedMs += Math.max(0, pause - HEARTBEAT_MS);
    this.#seen = [now, now];
  }
}
