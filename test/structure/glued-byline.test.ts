import { describe, expect, it } from 'vitest';
import { firstGluedByline, splitGluedByline } from '../../src/structure/glued-byline.js';
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
  it('cuts an undated name that a date line follows, unless the line is one upper-cased heading', () => {
    expect(splitFirst('Zero Waste for Beginners by Marketing Team\n31 May, 2023')?.byline).toBe('by Marketing Team');
    expect(splitFirst('BEST TUTORS IN 2025, REVIEWED BY A STUDENT\nUpdated: December 31, 2024')).toBeNull();
    expect(splitFirst('Zero Waste for Beginners by Marketing Team\nShop the collection now')).toBeNull();
  });
  it('cuts an undated name that a field of its own follows', () => {
    expect(splitFirst('11 SEO Strategies for 2025 to Boost Rankings by Jane Doe | SEO | 8 min Read')?.byline).toBe(
      'by Jane Doe | SEO | 8 min Read',
    );
    expect(splitFirst('How We Rank Search Results by Page Quality')).toBeNull();
  });
  it('keeps a headline that says "by" itself', () => {
    expect(splitFirst('Four Best Book Subscriptions, Tested by Bibliophiles')).toBeNull();
    expect(splitFirst('Security Independently Validated by SRLabs\nSRLabs tested the images.')).toBeNull();
  });
  it('keeps "Step by Step" that the page repeats with the word before it', () => {
    expect(splitFirst('DIY Solar Installation: Step by Step Guide\nContents: Step by Step Guide')).toBeNull();
  });
  it('keeps a caption whose credit says "Photo by" (WCXB 0153)', () => {
    expect(splitFirst('The bakery opened 80 units this year. | Photo by Jane Doe on May 4, 2025')).toBeNull();
  });
  it('leaves a headline of fewer than three words before "by"', () => {
    expect(splitFirst('Stand by Jane Doe on May 4, 2025')).toBeNull();
  });
});

describe('firstGluedByline', () => {
  it('finds a byline at the end of a dek, not at the end of a sentence', () => {
    const dek = "The chain's North America division is positioning for growth. By Jane Doe on Dec. 19, 2025";
    const lines = linesOf(['Menu', dek].join('\n'));
    expect(firstGluedByline(lines, [], lines.length, EN)?.byline).toBe('By Jane Doe on Dec. 19, 2025');
    const sentence = linesOf(['Menu', 'The largest list of courses, curated for you by Class Central.'].join('\n'));
    expect(firstGluedByline(sentence, [], sentence.length, EN)).toBeNull();
  });
  it('reads only the lines before the body that no detector claimed', () => {
    const lines = linesOf('Advice for the new year from our desk by Jane Doe | Advice | 5 min read');
    expect(firstGluedByline(lines, [], 0, EN)).toBeNull();
    expect(firstGluedByline(lines, [{ kind: 'nav', reason: 'test' }], 1, EN)).toBeNull();
  });
});
