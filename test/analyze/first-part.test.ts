import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { firstPart } from '../../src/analyze/first-part.js';
import { clean } from '../../src/clean.js';
import { linesOf } from '../helpers.js';

// WCXB 0397: a gardening post whose page drops a news site's whole article between two parts of the post.
const PART_ONE = [
  'Mastering Clematis Pruning',
  "Trust me, I’ve been there. I've made the classic mistake of either savagely pruning a clematis that should have been left alone, resulting in a year of no blooms, or cautiously leaving a vigorous grower to become an overgrown, flower-shy mess.",
  'The golden rule for Group 1 clematis is "prune only if necessary, and only after they\'ve finished flowering." These beauties produce their magnificent flowers on old wood – that is, the stems that grew the previous year. If you chop them back hard in late winter or early spring, as you might with other types, you’ll be cutting off all the buds for the upcoming season.',
];
const MENU = ['Home', 'Latest News', 'India News', 'World News', 'Cities', 'Entertainment', 'Sports', 'Cricket'];
const OTHER_ARTICLE = [
  "The British Royal Family's Royal Collection Trust (RCT) has announced a new exhibition at The Queen's Gallery, Buckingham Palace, this summer.",
  'Visitors will have the opportunity to see iconic photographs by renowned photographers such as Cecil Beaton, Annie Leibovitz, and Lord Snowdon.',
];
const PART_TWO = [
  'The key with Group 3 is hard pruning. Yes, I said it: hard pruning. This means cutting them back aggressively every year, and trust me, it’s exactly what they need to thrive and deliver those spectacular blooms year after year.',
  "In my 800 sq ft Midlands garden, I’ve got 'Polish Spirit' scrambling over an archway, and every late winter/early spring, usually in February or early March before new growth really kicks in, I get stuck in. I cut all the previous season's growth down to about 20-30cm (8-12 inches) from the ground, just above a strong pair of buds. It can feel like you're leaving nothing, just a few stubby stems, but this severe cut encourages vigorous new shoots from the base, and it's these fresh stems that will produce all those glorious flowers later in the season.",
  "I learned this the hard way when I first started, being far too timid. Once I followed the 'chop hard' advice, 'Polish Spirit' exploded into a much healthier, more floriferous specimen, covering my arch with deep purple blooms.",
  "Sharp Secateurs (Hand Pruners): These are your primary weapon for every clematis. I swear by my Felco secateurs – they're an investment, but they last forever and give a wonderfully clean cut on old wood and new growth alike.",
];
const page = (other: readonly string[]) => [...PART_ONE, ...MENU, ...other, ...MENU, ...MENU, ...PART_TWO].join('\n');

describe('firstPart', () => {
  it('keeps the part of the article above a block of other text, and drops the block', () => {
    const { text } = clean(page(OTHER_ARTICLE));
    expect(text).toContain('savagely pruning a clematis');
    expect(text).toContain('Felco secateurs');
    expect(text).not.toContain('Royal Collection Trust');
    expect(text).not.toContain('Cricket');
  });

  it('leaves prose above the body that shares too few of its words', () => {
    const { text } = clean([...OTHER_ARTICLE, ...MENU, ...MENU, ...PART_TWO].join('\n'));
    expect(text).not.toContain('Royal Collection Trust');
    expect(text).toContain('Felco secateurs');
  });
});

// A review of one product a section: its parts share fewer words than one article's parts usually do (WCXB 4252).
const REVIEW_ONE = [
  'QuickBooks keeps invoices tidy, tracks expenses and helps with taxes for busy freelancers everywhere.',
  'Wave gives unlimited invoicing, receipt scanning and multi currency support without any monthly fee.',
];
const REVIEW_TWO = [
  'Xero offers cloud access, bank reconciliation and receipt sorting for freelancers with goods.',
  'Moxie joins projects, invoices, expenses and taxes into one workspace for the modern freelancer.',
];
const WORDS = new Set(['for', 'and', 'with', 'the', 'one', 'any', 'without', 'into', 'helps']);
const good = (score: number): LineScore => ({ score, klass: 'good' });
const chrome: LineScore = { score: -5, klass: 'short' };

describe('firstPart: a large part above the body', () => {
  const lines = linesOf([...REVIEW_ONE, 'Featured articles', 'Related posts', ...REVIEW_TWO].join('\n'));
  const extent = { start: 4, end: 5 };
  it('joins a part that holds a quarter of the body’s score though it shares fewer of its words', () => {
    const parts = firstPart(lines, [good(30), good(30), chrome, chrome, good(40), good(40)], extent, WORDS);
    expect(parts?.extent).toEqual({ start: 0, end: 5 });
  });

  it('leaves a small run above the body that shares as few words', () => {
    const parts = firstPart(lines, [good(9), good(9), chrome, chrome, good(40), good(40)], extent, WORDS);
    expect(parts).toBeNull();
  });
});
