import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProgress } from '../../src/cli/progress.js';
import { newTally, summary } from '../../src/cli/run.js';
import { WorkClock } from '../../src/cli/work-clock.js';

/** A tally of a run that started `agoMs` ago and was never stopped. */
function tally(read: number, failed: number, bytes: number, agoMs: number) {
  const clock = new WorkClock();
  return { read, failed, bytes, clock, started: clock.now() - agoMs };
}

describe('summary', () => {
  it('says "1 record/s" and sizes a small input in bytes or KB, not "0.0 MB"', () => {
    const one = summary(tally(1, 0, 300, 1000), 'cleaned');
    expect(one).toMatch(/^dechaff: 1 read, 1 cleaned, 0 failed \(300 B in 1\.\d s, 1 record\/s\)$/);
    const small = summary(tally(3, 1, 48_300, 0), 'cleaned');
    expect(small).toMatch(/^dechaff: 3 read, 2 cleaned, 1 failed \(48\.3 KB in \d+ ms, [\d,]+ records\/s\)$/);
  });

  it('gives a rate under one record a second to two digits, not as 0', () => {
    const slow = summary(tally(2, 0, 14_400, 5000), 'learned');
    expect(slow).toMatch(/, 0\.4 records\/s\)$/);
    const none = summary(tally(0, 0, 0, 500), 'cleaned');
    expect(none).toMatch(/, 0 records\/s\)$/);
  });

  describe('of a run stopped with Ctrl-Z', () => {
    afterEach(() => vi.restoreAllMocks());

    it('gives the time worked and the rate over it, the time stopped left out, as the progress line does', () => {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now);
      const clock = new WorkClock();
      const run = newTally(clock);
      run.read = 20;
      run.bytes = 20_000;
      now += 2000;
      clock.suspend();
      // Stopped for a minute, then `fg`.
      now += 60_000;
      clock.resume();
      now += 2000;
      expect(summary(run, 'cleaned')).toBe('dechaff: 20 read, 20 cleaned, 0 failed (20.0 KB in 4.0 s, 5 records/s)');
    });
  });
});

describe('formatProgress', () => {
  it('says "1 record" and gives a slow rate in KB/s', () => {
    const line = formatProgress(
      { label: 'cleaning', records: 1, bytes: 5000, totalBytes: 10_000, elapsedMs: 2000, workers: 1 },
      false,
    );
    expect(line).toBe('cleaning [############............]  50%  1 record  2.5 KB/s  ETA 0:02');
  });

  it('keeps MB/s for the usual rates', () => {
    const line = formatProgress(
      { label: 'learning', records: 1200, bytes: 5e6, totalBytes: undefined, elapsedMs: 2000, workers: 1 },
      false,
    );
    expect(line).toBe('learning  1,200 records  2.5 MB/s');
  });
});
