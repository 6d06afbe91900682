import { describe, expect, it } from 'vitest';
import { colorFor, paint } from '../../src/cli/color.js';
import { explainRemoved } from '../../src/cli/explain.js';
import { formatProgress } from '../../src/cli/progress.js';
import type { Removal } from '../../src/index.js';

describe('formatProgress', () => {
  it('shows records, MB/s, and with a known total a bar, the percentage and the ETA', () => {
    const p = { label: 'cleaning', records: 1200, bytes: 5e6, totalBytes: 1e7, elapsedMs: 2000, workers: 1 };
    expect(formatProgress(p, false)).toBe(
      'cleaning [############............]  50%  1,200 records  2.5 MB/s  ETA 0:02',
    );
    expect(formatProgress({ ...p, totalBytes: 1e11, elapsedMs: 1000 }, false)).toMatch(
      / 0% {2}1,200 records {2}5\.0 MB\/s {2}ETA 5:33:19$/,
    );
    expect(formatProgress({ ...p, totalBytes: undefined }, false)).toBe('cleaning  1,200 records  2.5 MB/s');
    expect(formatProgress(p, true)).toContain('[\x1b[36m############\x1b[39m....');
  });
});

describe('explainRemoved', () => {
  const removed: Removal[] = [
    { kind: 'nav', reason: 'only nav labels (hits=1, words=1)', text: 'Home', start: 0, end: 4 },
    { kind: 'site-repeat', reason: 'on 9 of 10 pages of this site', text: `${'x'.repeat(120)}\n`, start: 5, end: 126 },
  ];
  it('lists kind, text, reason and offsets, one line each', () => {
    const text = explainRemoved(removed, 'text', false).split('\n');
    expect(text).toEqual([
      '',
      '--- removed: 2 spans ---',
      'nav          "Home" — only nav labels (hits=1, words=1) (0–4)',
      `site-repeat  "${'x'.repeat(99)}…" — on 9 of 10 pages of this site (5–126)`,
      '',
    ]);
    expect(explainRemoved([], 'markdown', false)).toBe('\n## Removed: 0 spans\n\n');
  });
});

describe('colorFor', () => {
  it('colors a terminal unless NO_COLOR is set or the terminal is dumb', () => {
    expect(colorFor({ isTTY: true }, {})).toBe(true);
    expect(colorFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorFor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colorFor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorFor({ isTTY: false }, {})).toBe(false);
    expect(paint('x', 'red', false)).toBe('x');
  });
});
