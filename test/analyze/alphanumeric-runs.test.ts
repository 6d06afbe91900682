import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphanumericRuns, countAlphanumericRuns } from '../../src/analyze/alphanumeric-runs.js';
import { wordCount } from '../../src/segment/word-count.js';

describe('alphanumericRuns', () => {
  it('splits at anything that is no letter or digit', () => {
    expect(alphanumericRuns('Share on X — 2 min')).toEqual(['Share', 'on', 'X', '2', 'min']);
    expect(alphanumericRuns("l'été 2025, déjà")).toEqual(['l', 'été', '2025', 'déjà']);
  });

  it('finds none in punctuation alone', () => {
    expect(alphanumericRuns(' — | · ')).toEqual([]);
  });

  it('answers the same however often it is asked: the shared expression keeps no position between calls', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (texts) => {
        const first = texts.map(alphanumericRuns);
        expect(texts.map(alphanumericRuns)).toEqual(first);
        expect(texts.map(countAlphanumericRuns)).toEqual(first.map((runs) => runs.length));
      }),
    );
  });
});

describe('countAlphanumericRuns', () => {
  it('counts the runs', () => {
    expect(countAlphanumericRuns('8:45 a.m.')).toBe(4);
    expect(countAlphanumericRuns('')).toBe(0);
  });
  it('counts runs, not words: an apostrophe or a hyphen parts a word, an unspaced sentence is one run (wordCount)', () => {
    expect(
      ["don't", 'e-mail', '政府は新しい法案を閣議決定した'].map((text) => [
        countAlphanumericRuns(text),
        wordCount(text),
      ]),
    ).toEqual([
      [2, 1],
      [2, 1],
      [1, 8],
    ]);
  });
});
