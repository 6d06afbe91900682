import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { duplicateOf, similarityCeiling } from '../../src/analyze/duplicates.js';
import type { Line } from '../../src/segment/segment.js';
import { linesOf } from '../helpers.js';

/** The indices of the lines found to repeat another. */
const repeatsIn = (lines: readonly Line[]): number[] =>
  lines.flatMap((_, i) => (duplicateOf(lines, i, 0.9) ? [i] : []));

const CAPTION = 'Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Rex Tillerson in Moscow.';

describe('duplicateOf', () => {
  it('flags an alt text just before the caption it repeats', () => {
    const lines = linesOf(`${CAPTION}\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    expect(duplicateOf(lines, 0, 0.9)).toEqual({
      kind: 'duplicate-caption',
      reason: 'alt text of the caption 1 line(s) below (similarity=1.00)',
    });
    expect(duplicateOf(lines, 1, 0.9)).toBeUndefined();
  });
  it('looks two lines ahead for the caption', () => {
    const lines = linesOf(`${CAPTION}\nAdvertisement\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    expect(duplicateOf(lines, 0, 0.9)?.reason).toMatch(/^alt text of the caption 2 line\(s\) below/);
  });
  it('accepts a near-duplicate alt text above the threshold and reports the similarity', () => {
    const alt = CAPTION.replace('Moscow', 'Moskow');
    const lines = linesOf(`${alt}\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    const verdict = duplicateOf(lines, 0, 0.9);
    expect(verdict?.kind).toBe('duplicate-caption');
    expect(verdict?.reason).toMatch(/similarity=0\.9\d\)$/);
  });
  it('keeps a different line before a caption', () => {
    const lines = linesOf(`The talks lasted for hours.\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    expect(repeatsIn(lines)).toEqual([]);
  });
  it('flags a line repeated right after itself, however short', () => {
    const lines = linesOf('Short one\nShort one');
    expect(duplicateOf(lines, 1, 0.9)).toEqual({
      kind: 'duplicate',
      reason: 'repeats the line above (words=2)',
    });
  });
  it('flags a repeat right after itself ignoring case', () => {
    const lines = linesOf('A long line of six words here.\nA LONG LINE OF SIX WORDS HERE.');
    expect(duplicateOf(lines, 1, 0.9)?.reason).toBe('repeats the line above (words=7)');
  });
  it('leaves farther repeats to structure, which settles them inside the body only (a TOC entry and its heading)', () => {
    const lines = linesOf('A long line of six words here.\nmiddle\nA long line of six words here.');
    expect(repeatsIn(lines)).toEqual([]);
  });
  it('keeps a short line repeated far apart (headings and labels repeat legitimately)', () => {
    const lines = linesOf('Two words\nsomething else\nTwo words');
    expect(repeatsIn(lines)).toEqual([]);
  });
  it('keeps brackets that close nested blocks of a listing (WCXB 2862: "    }" over "}")', () => {
    const lines = linesOf('func b() {\n    for i := 0; i < 4; i++ {\n        defer fmt.Print(i)\n    }\n}\n  });\n});');
    expect(repeatsIn(lines)).toEqual([]);
  });
  it('keeps the first copy', () => {
    const lines = linesOf('A long line of six words here.\nA long line of six words here.');
    expect(repeatsIn(lines)).toEqual([1]);
  });
});

describe('similarityCeiling', () => {
  it("bounds the similarity by the texts' lengths without whitespace", () => {
    expect(similarityCeiling('cats', 'cat nap')).toBe(0.75);
    expect(similarityCeiling('a', 'cat nap')).toBe(1);
  });
  test.prop(
    [
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\u00a0'), maxLength: 14 }),
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\u00a0'), maxLength: 14 }),
    ],
    { numRuns: 500, seed: 7 },
  )('is never below the similarity compareTwoStrings gives', (a, b) => {
    expect(stringSimilarity.compareTwoStrings(a, b)).toBeLessThanOrEqual(similarityCeiling(a, b));
  });
});
