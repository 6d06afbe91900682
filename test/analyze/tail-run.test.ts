import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineScore } from '../../src/analyze/extent.js';
import { tailRun } from '../../src/analyze/tail-run.js';
import { linesOf } from '../helpers.js';

const LINES = linesOf(
  ['The last paragraph of the story.', 'one', 'two', 'three', 'A much longer line of prose here.'].join('\n'),
);
/** Scores a line of one word as the run's, and stops at any other. */
const oneWord = (line: { words: number }) => (line.words === 1 ? lineScore(1, 'medium') : null);

describe('tailRun', () => {
  it('grows the extent over the lines under its end that are scored, and rescores each', () => {
    const run = tailRun(LINES, { start: 0, end: 0 }, oneWord);
    expect(run?.extent).toEqual({ start: 0, end: 3 });
    expect([...(run?.rescored.keys() ?? [])]).toEqual([1, 2, 3]);
    expect(run?.rescored.get(2)).toMatchObject({ klass: 'medium' });
  });
  it('is null when no line goes on, when the run is shorter than its least or longer than its most', () => {
    expect(tailRun(LINES, { start: 0, end: 3 }, oneWord)).toBeNull();
    expect(tailRun(LINES, { start: 0, end: 0 }, oneWord, 4)).toBeNull();
    expect(tailRun(LINES, { start: 0, end: 0 }, oneWord, 1, 2)).toBeNull();
    expect(tailRun(LINES, { start: 0, end: 0 }, oneWord, 3, 3)?.extent).toEqual({ start: 0, end: 3 });
  });
  it('asks about each line under the end in order, and about none past the first it stops at', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (goes) => {
        const lines = linesOf(['Top.', ...goes.map((g, i) => (g ? `w${i}` : `two words${i}`))].join('\n'));
        const asked: number[] = [];
        const run = tailRun(lines, { start: 0, end: 0 }, (line, k) => {
          asked.push(k);
          return oneWord(line);
        });
        const runLength = goes.indexOf(false) < 0 ? goes.length : goes.indexOf(false);
        expect(run?.extent.end ?? 0).toBe(runLength);
        expect(asked).toEqual(Array.from({ length: Math.min(runLength + 1, goes.length) }, (_, i) => i + 1));
      }),
    );
  });
});
