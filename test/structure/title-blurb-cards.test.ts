import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { inBlurbCards } from '../../src/structure/title-blurb-cards.js';

/** Scores from a pattern: `P` a line of prose, `s` a short line. */
const scoresOf = (pattern: string): LineScore[] =>
  [...pattern].map((c) => (c === 'P' ? { score: 20, klass: 'good' } : { score: -2, klass: 'short' }));

describe('inBlurbCards', () => {
  it('marks a title between two others, each over its blurb (WCXB 0094 innertext)', () => {
    expect(inBlurbCards(scoresOf('sPsPsPs'), 2)).toBe(true);
  });
  it('marks no headline over its lede, though headings over paragraphs follow it', () => {
    expect(inBlurbCards(scoresOf('sssPsPsP'), 2)).toBe(false);
    expect(inBlurbCards(scoresOf('sPsPsPs'), 0)).toBe(false);
  });
  it('marks no line over more than one paragraph, nor one with no card under it', () => {
    expect(inBlurbCards(scoresOf('sPsPPsP'), 2)).toBe(false);
    expect(inBlurbCards(scoresOf('sPsPss'), 2)).toBe(false);
  });
});
