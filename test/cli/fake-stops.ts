import { vi } from 'vitest';
import type { StopSignals } from '../../src/cli/suspend.js';

/**
 * A stand-in for the process's stop signals: `send()` delivers one to the listeners (SIGTSTP, Ctrl-Z, to
 * `onSuspend`'s; SIGCONT to `watchStops`'), `listeners()` counts them; a raise with no listener is the stop, which
 * `stopped()` stands for (a real one returns once the process is continued), and is logged.
 */
export function fakeSignals(log: string[], stopped: () => void = () => undefined) {
  const listeners = new Set<() => void>();
  const signals: StopSignals = {
    on: (_, listener) => void listeners.add(listener),
    off: (_, listener) => void listeners.delete(listener),
    raise: (signal) => {
      log.push(`raise ${signal}${listeners.size > 0 ? ' (caught again)' : ''}`);
      if (listeners.size === 0) stopped();
    },
  };
  const send = (): void => {
    for (const listener of [...listeners]) listener();
  };
  return { signals, send, listeners: () => listeners.size };
}

/**
 * A fake `performance.now()` from 0 and fake interval timers, for a process that is stopped and continued:
 * `run(ms)` moves the clock and runs the timers due, as while the process runs; `stop(ms)` moves the clock alone, as
 * while it is stopped and its timers do not run. The caller undoes both (`vi.useRealTimers()`, `vi.restoreAllMocks()`).
 */
export function stoppableClock(): { run(ms: number): void; stop(ms: number): void } {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  return {
    run(ms) {
      now += ms;
      vi.advanceTimersByTime(ms);
    },
    stop(ms) {
      now += ms;
    },
  };
}
