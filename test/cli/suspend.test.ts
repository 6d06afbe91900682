import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusLine } from '../../src/cli/progress.js';
import { onSuspend, type StopSignals } from '../../src/cli/suspend.js';

/**
 * A stand-in for the process's SIGTSTP: `press()` is Ctrl-Z; a raise with no listener is the stop, which
 * `stopped()` stands for (a real one returns once the process is continued), and is logged.
 */
function fakeSignals(log: string[], stopped: () => void = () => undefined) {
  const listeners = new Set<() => void>();
  const signals: StopSignals = {
    on: (_, listener) => void listeners.add(listener),
    off: (_, listener) => void listeners.delete(listener),
    raise: (signal) => {
      log.push(`raise ${signal}${listeners.size > 0 ? ' (caught again)' : ''}`);
      if (listeners.size === 0) stopped();
    },
  };
  const press = (): void => {
    for (const listener of [...listeners]) listener();
  };
  return { signals, press, listeners: () => listeners.size };
}

describe('onSuspend', () => {
  it('on Ctrl-Z suspends the screen, stops the process with no listener left, then resumes the screen', () => {
    const log: string[] = [];
    const { signals, press, listeners } = fakeSignals(log, () => log.push('stopped, continued'));
    const done = onSuspend({ suspend: () => log.push('suspend'), resume: () => log.push('resume') }, signals);
    press();
    expect(log).toEqual(['suspend', 'raise SIGTSTP', 'stopped, continued', 'resume']);
    // The next Ctrl-Z is handled the same way.
    press();
    expect(log.slice(4)).toEqual(['suspend', 'raise SIGTSTP', 'stopped, continued', 'resume']);
    done();
    expect(listeners()).toBe(0);
    press();
    expect(log).toHaveLength(8);
  });
});

describe('StatusLine on Ctrl-Z', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clears the line before the process stops, redraws it when it goes on, and leaves the stop out of the ETA', () => {
    // The clock goes on while the process is stopped; its timers do not run.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const advance = (ms: number): void => {
      now += ms;
      vi.advanceTimersByTime(ms);
    };
    const log: string[] = [];
    const stream = { write: (text: string) => log.push(JSON.stringify(text)) > 0 } as unknown as NodeJS.WritableStream;
    const line = new StatusLine(stream, { bar: true, color: false, warmUpBytes: 0 });
    // Stopped for a minute.
    const { signals, press } = fakeSignals(log, () => {
      now += 60_000;
    });
    const done = onSuspend(line, signals);
    // Progress is reported as the run reports it, the time on the line's clock.
    const at = (bytes: number) =>
      ({
        label: 'cleaning',
        records: bytes / 1e5,
        bytes,
        totalBytes: 1e7,
        elapsedMs: line.clock.now(),
        workers: 1,
      }) as const;
    advance(1000);
    line.update(at(1e6));
    advance(5000);
    line.update(at(6e6));
    advance(1000);
    expect(log.at(-1)).toContain('ETA 0:03');
    log.length = 0;
    press();
    expect(log).toEqual([
      JSON.stringify('\r\x1b[K'),
      'raise SIGTSTP',
      JSON.stringify('\rcleaning [##############..........]  60%  60 records  1.0 MB/s  ETA 0:03\x1b[K'),
    ]);
    // The rate after the stop is measured over the time worked, not the time stopped.
    advance(1000);
    expect(line.clock.now()).toBe(8000);
    line.update(at(8e6));
    advance(100);
    expect(log.at(-1)).toContain(' 80%  80 records  1.0 MB/s  ETA 0:02');
    done();
    line.stop();
  });

  it('puts the line straight back when the stop does not happen (a job no shell can continue)', () => {
    const log: string[] = [];
    const stream = { write: (text: string) => log.push(JSON.stringify(text)) > 0 } as unknown as NodeJS.WritableStream;
    const line = new StatusLine(stream, { bar: true, color: false });
    const { signals, press } = fakeSignals(log);
    const done = onSuspend(line, signals);
    line.update({ label: 'learning', records: 3, bytes: 1000, totalBytes: undefined, elapsedMs: 1000, workers: 1 });
    press();
    expect(log.slice(1)).toEqual([JSON.stringify('\r\x1b[K'), 'raise SIGTSTP', log[0]]);
    done();
    line.stop();
  });
});
