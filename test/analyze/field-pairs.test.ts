import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { fieldPairs } from '../../src/analyze/field-pairs.js';
import { clean } from '../../src/clean.js';
import { en } from '../../src/lang/en.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const INTRO = [
  'The Best Accounting Software for Freelancers',
  'I gave every product an overall score and one for invoicing, billing, banking and reconciliation, and support, and weighed the pricing and value of each plan against what it offers.',
];
const CLOSING =
  'QuickBooks Online aced my assessment of invoicing and billing, and its support team answered every question I had within a day.';
const card = (rows: [string, string][]): string[] => rows.flat();
const SCORES = card([
  ['Overall Score', '4.7/5'],
  ['Pricing and value', '4.3/5'],
  ['Invoicing', '5/5'],
  ['Billing', '5/5'],
  ['Support', '4.5/5'],
]);

describe('fieldPairs: a table of label/value lines inside the body', () => {
  it("keeps a review's score card whose labels the article talks about (WCXB 4253)", () => {
    const article = clean([...INTRO, ...SCORES, CLOSING].join('\n\n'));
    for (const cell of ['Overall Score', 'Pricing and value', '4.3/5', 'Billing', '4.5/5'])
      expect(article.text).toContain(cell);
  });

  it('removes a data widget whose labels the article never uses (WCXB 0046: "Today\'s Change")', () => {
    const widget = card([
      ["Today's Change", '(0.47%) $1.21'],
      ['Current Price', '$259.06'],
      ["Day's Range", '$255.52 - $262.03'],
      ['Avg Vol', '8.6M'],
    ]);
    // A page: a share button a detector flags; a text with none and all lines well formed is a clean text, kept whole.
    const article = clean([...INTRO, 'Share', ...widget, CLOSING].join('\n\n'));
    expect(article.text).not.toContain('Current Price');
    expect(article.text).not.toContain("Day's Range");
  });

  it('finds the cells of three pairs or more, and not of two', () => {
    const lines = linesOf([...INTRO, ...SCORES, CLOSING].join('\n'));
    const prose: LineScore = { score: 20, klass: 'good' };
    const short: LineScore = { score: -1, klass: 'short' };
    const scores = lines.map((line) => (line.words > 12 ? prose : short));
    const none: (Verdict | undefined)[] = lines.map(() => undefined);
    const extent = { start: 1, end: lines.length - 1 };
    expect([...fieldPairs(lines, none, scores, extent, new Set(en.stopwords))]).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    const verdicts = [...none];
    verdicts[2] = { kind: 'nav', reason: 'menu' };
    expect([...fieldPairs(lines, verdicts, scores, extent, new Set(en.stopwords))]).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    verdicts[8] = { kind: 'nav', reason: 'menu' };
    expect(fieldPairs(lines, verdicts, scores, extent, new Set(en.stopwords)).size).toBe(0);
  });
});
