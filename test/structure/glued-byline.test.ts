import { describe, expect, it } from 'vitest';
import { splitGluedByline } from '../../src/structure/glued-byline.js';
import { EN, linesOf } from '../helpers.js';

/** The split of the first line of `text`. */
function splitFirst(text: string): ReturnType<typeof splitGluedByline> {
  const lines = linesOf(text);
  const [first] = lines;
  if (first === undefined) throw new Error('no line');
  return splitGluedByline(first, lines, EN);
}

describe('splitGluedByline', () => {
  it('cuts a dated byline off the headline', () => {
    expect(splitFirst('The Best Home Gym Setups for Any Budget by Jane Doe on Jan 22, 2025')).toEqual({
      headline: 'The Best Home Gym Setups for Any Budget',
      byline: 'by Jane Doe on Jan 22, 2025',
    });
  });
  it('cuts a bare "by" whose name stands on the next line', () => {
    expect(splitFirst('34 Top Photography Trends in 2025 by\nJane Doe')?.headline).toBe(
      '34 Top Photography Trends in 2025',
    );
  });
  it('cuts an undated name the page writes again', () => {
    expect(splitFirst('Zero Waste for Beginners by Marketing Team\nAbout Marketing Team')?.byline).toBe(
      'by Marketing Team',
    );
  });
  it('keeps a headline that says "by" itself', () => {
    expect(splitFirst('Four Best Book Subscriptions, Tested by Bibliophiles')).toBeNull();
    expect(splitFirst('Security Independently Validated by SRLabs\nSRLabs tested the images.')).toBeNull();
  });
  it('keeps "Step by Step" that the page repeats with the word before it', () => {
    expect(splitFirst('DIY Solar Installation: Step by Step Guide\nContents: Step by Step Guide')).toBeNull();
  });
  it('leaves a headline of fewer than three words before "by"', () => {
    expect(splitFirst('Stand by Jane Doe on May 4, 2025')).toBeNull();
  });
});
