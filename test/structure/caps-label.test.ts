import { describe, expect, it } from 'vitest';
import { isCapsLabel } from '../../src/structure/caps-label.js';

// Lines in capitals of the WCXB dev pages 0145, 1821, 4041 (labels) and 4715, 0303, 0341 html-to-text (headings).
describe('isCapsLabel', () => {
  it.each([
    ['START HERE', 2, 0.25, 0],
    ['VIEW PRODUCTS', 2, 0.13, 0.33],
    ['COFFEE SUBSCRIPTION', 2, 0.25, 0.33],
  ])('takes %s for a label', (_text, words, overlap, lede) => {
    expect(isCapsLabel(words, overlap, lede)).toBe(true);
  });
  it.each([
    ['KLATCH COFFEE', 2, 0.5, 0.67, 'names the topic'],
    ['YOSEMITE FALLS', 2, 0.38, 0.67, 'names the lede'],
    ['WHAT THIS HANDOUT IS ABOUT', 5, 0.25, 0.33, 'longer than a button'],
  ])('keeps %s a heading (%s)', (_text, words, overlap, lede) => {
    expect(isCapsLabel(words, overlap, lede)).toBe(false);
  });
});
