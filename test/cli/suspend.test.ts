import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusLine } from '../../src/cli/progress.js';
import { onSuspend } from '../../src/cli/suspend.js';
import { fakeSignals, stoppableClock } from './fake-stops.js';

describe('onSuspend', () => {
  it('on Ctrl-Z suspends the screen, stops the process with no listener left, then resumes the screen', () => {
    const log: string[] = [];
    const { signals, send, listeners } = fakeSignals(log, () => log.push('stopped, continued'));
    const done = onSuspend({ suspend: () => log.push('suspend'), resume: () => log.push('resume') }, signals);
    send();
    expect(log).toEqual(['suspend', 'raise SIGTSTP', 'stopped, continued', 'resume']);
    // The next Ctrl-Z is handled the same way.
    send();
    expect(log.slice(4)).toEqual(['suspend', 'raise SIGTSTP', 'stopped, continued', 'resume']);
    done();
    expect(listeners()).toBe(0);
    send();
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
    const time = stoppableClock();
    const log: string[] = [];
    const stream = { write: (text: string) => log.push(JSON.stringify(text)) > 0 } as unknown as NodeJS.WritableStream;
    const line = new StatusLine(stream, { bar: true, color: false, warmUpBytes: 0 });
    // Stopped for a minute.
    const { signals, send } = fakeSignals(log, () => time.stop(60_000));
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
    time.run(1000);
    line.update(at(1e6));
    time.run(5000);
    line.update(at(6e6));
    time.run(1000);
    expect(log.at(-1)).toContain('ETA 0:03');
    log.length = 0;
    send();
    expect(log).toEqual([
      JSON.stringify('\r\x1b[K'),
      'raise SIGTSTP',
      JSON.stringify('\rcleaning [##############..........]  60%  60 records  1.0 MB/s  ETA 0:03\x1b[K'),
    ]);
    // The rate after the stop is measured over the time worked, not the time stopped.
    time.run(1000);
    expect(line.clock.now()).toBe(8000);
    line.update(at(8e6));
    time.run(100);
    expect(log.at(-1)).toContain(' 80%  80 records  1.0 MB/s  ETA 0:02');
    done();
    line.stop();
  });

  it('puts the line straight back when the stop does not happen (a job no shell can continue)', () => {
    const log: string[] = [];
    const stream = { write: (text: string) => log.push(JSON.stringify(text)) > 0 } as unknown as NodeJS.WritableStream;
    const line = new StatusLine(stream, { bar: true, color: false });
    const { signals, send } = fakeSignals(log);
    const done = onSuspend(line, signals);
    line.update({ label: 'learning', records: 3, bytes: 1000, totalBytes: undefined, elapsedMs: 1000, workers: 1 });
    send();
    expect(log.slice(1)).toEqual([JSON.stringify('\r\x1b[K'), 'raise SIGTSTP', log[0]]);
    done();
    line.stop();
  });
});
