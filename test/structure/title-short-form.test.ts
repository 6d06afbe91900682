import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/segment/segment.js';
import { holdsAll, isRewording, restateKeys } from '../../src/structure/restate-keys.js';
import { type ShortFormCandidate, shortFormsOf } from '../../src/structure/title-short-form.js';
import { EN, linesOf } from '../helpers.js';

/** The short forms among `text`'s lines, each line a candidate, as their texts. */
function shortForms(text: string, repeated: readonly number[] = []): string[] {
  const lines = linesOf(text);
  const candidates: ShortFormCandidate[] = lines.map((line, index) => ({
    index,
    keys: restateKeys(line, EN.stopwords),
    repeated: repeated.includes(index),
  }));
  return [...shortFormsOf(candidates, lines, EN.stopwords)].sort((a, b) => a - b).map((k) => (lines[k] as Line).text);
}

describe('shortFormsOf', () => {
  it('finds crumbs that name the headline under them in short (WCXB 4584, 4517 innertext)', () => {
    expect(
      shortForms(
        'Garden Planning Checklist\nGarden Planning\nThe Complete Garden Planning Checklist: Month by Month Tasks and Costs',
      ),
    ).toEqual(['Garden Planning Checklist', 'Garden Planning']);
    expect(
      shortForms(
        'Drought: 4 bold answers\nFarming\n5 minute read\nFour bold answers to drought: lessons from dry regions',
      ),
    ).toEqual(['Drought: 4 bold answers']);
  });
  it('passes over a headline over its dek, a line given twice and a copy with one word more (WCXB 0124, 0036)', () => {
    // A phrase with a function word heads its dek.
    expect(shortForms('Meals for all\nCheap concepts for meals for all families')).toEqual([]);
    // The h1 given twice over its dek.
    expect(shortForms('Cheap meals\nCheap meals\nSustainable concepts for cheap meals', [0, 1])).toEqual([]);
    // The headline again, with the site's name before it.
    expect(shortForms('Garden Safety Tips\nGarden paths need light.\nACME Garden Safety Tips')).toEqual([]);
  });
  it('reaches only three lines down and only to a longer line', () => {
    expect(shortForms('Garden Planning\nA\nB\nC\nThe Complete Garden Planning Checklist for Beginners')).toEqual([]);
    expect(shortForms('Garden Planning Checklist Costs Month\nGarden Planning Checklist')).toEqual([]);
  });
});

describe('restateKeys, holdsAll, isRewording', () => {
  const keys = (text: string): Set<string> => restateKeys(linesOf(text)[0] as Line, EN.stopwords);
  it('keys a line by its content words, a plural’s final s dropped', () => {
    expect([...keys('The Best Toothbrushes of 2025')]).toEqual(['best', 'toothbrushe', '2025']);
  });
  it('tells a rewording, one word added at most, from a line that says more', () => {
    expect(isRewording(keys('Garden Safety Tips'), keys('ACME Garden Safety Tips'))).toBe(true);
    expect(isRewording(keys('Garden Safety'), keys('Garden Safety Tips for Winter'))).toBe(false);
    expect(holdsAll(keys('Garden Safety'), keys('Garden Safety Tips for Winter'))).toBe(true);
    expect(holdsAll(keys('Garden Fences'), keys('Garden Safety Tips for Winter'))).toBe(false);
    expect(holdsAll(new Set(), keys('Garden Safety'))).toBe(false);
  });
});
