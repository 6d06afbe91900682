import { describe, expect, it } from 'vitest';
import { counted, formatBytes, formatDuration } from '../../src/cli/amounts.js';

describe('counted', () => {
  it('uses the singular for exactly one', () => {
    expect(counted(1, 'record')).toBe('1 record');
    expect(counted(0, 'record')).toBe('0 records');
    expect(counted(1200, 'site profile')).toBe('1,200 site profiles');
  });
});

describe('formatBytes', () => {
  it('picks the largest unit that shows at least 1.0, whole bytes below a kilobyte', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(48_300)).toBe('48.3 KB');
    expect(formatBytes(950_000)).toBe('950.0 KB');
    expect(formatBytes(2.5e6)).toBe('2.5 MB');
    expect(formatBytes(1.2e9)).toBe('1.2 GB');
  });

  it('never shows 1000.0 of a unit', () => {
    expect(formatBytes(999.6)).toBe('1.0 KB');
    expect(formatBytes(999_960)).toBe('1.0 MB');
  });
});

describe('formatDuration', () => {
  it('gives milliseconds where seconds would read 0.0 s', () => {
    expect(formatDuration(0.042)).toBe('42 ms');
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(0.1)).toBe('0.1 s');
    expect(formatDuration(12.34)).toBe('12.3 s');
  });
});
