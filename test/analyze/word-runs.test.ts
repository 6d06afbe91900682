import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWordRuns, wordRuns } from '../../src/analyze/word-runs.js';

describe('wordRuns', () => {
  it('splits at anything that is no letter or digit', () => {
    expect(wordRuns('Share on X — 2 min')).toEqual(['Share', 'on', 'X', '2', 'min']);
    expect(wordRuns("l'été 2025, déjà")).toEqual(['l', 'été', '2025', 'déjà']);
  });

  it('finds none in punctuation alone', () => {
    expect(wordRuns(' — | · ')).toEqual([]);
  });

  it('answers the same however often it is asked: the shared expression keeps no position between calls', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (texts) => {
        const first = texts.map(wordRuns);
        expect(texts.map(wordRuns)).toEqual(first);
        expect(texts.map(countWordRuns)).toEqual(first.map((runs) => runs.length));
      }),
    );
  });
});

describe('countWordRuns', () => {
  it('counts the runs', () => {
    expect(countWordRuns('8:45 a.m.')).toBe(4);
    expect(countWordRuns('')).toBe(0);
  });
});
