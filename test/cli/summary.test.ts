import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../src/cli/progress.js';
import { summary } from '../../src/cli/run.js';

describe('summary', () => {
  it('says "1 record/s" and sizes a small input in bytes or KB, not "0.0 MB"', () => {
    const one = summary({ read: 1, failed: 0, bytes: 300, started: performance.now() - 1000 }, 'cleaned');
    expect(one).toMatch(/^dechaff: 1 read, 1 cleaned, 0 failed \(300 B in 1\.\d s, 1 record\/s\)$/);
    const small = summary({ read: 3, failed: 1, bytes: 48_300, started: performance.now() }, 'cleaned');
    expect(small).toMatch(/^dechaff: 3 read, 2 cleaned, 1 failed \(48\.3 KB in \d+ ms, [\d,]+ records\/s\)$/);
  });

  it('gives a rate under one record a second to two digits, not as 0', () => {
    const slow = summary({ read: 2, failed: 0, bytes: 14_400, started: performance.now() - 5000 }, 'learned');
    expect(slow).toMatch(/, 0\.4 records\/s\)$/);
    const none = summary({ read: 0, failed: 0, bytes: 0, started: performance.now() - 500 }, 'cleaned');
    expect(none).toMatch(/, 0 records\/s\)$/);
  });
});

describe('formatProgress', () => {
  it('says "1 record" and gives a slow rate in KB/s', () => {
    const line = formatProgress(
      { label: 'cleaning', records: 1, bytes: 5000, totalBytes: 10_000, elapsedMs: 2000 },
      false,
    );
    expect(line).toBe('cleaning [############............]  50%  1 record  2.5 KB/s  ETA 0:02');
  });

  it('keeps MB/s for the usual rates', () => {
    const line = formatProgress(
      { label: 'learning', records: 1200, bytes: 5e6, totalBytes: undefined, elapsedMs: 2000 },
      false,
    );
    expect(line).toBe('learning  1,200 records  2.5 MB/s');
  });
});
