import { describe, expect, it } from 'vitest';
import { codeListings, isListingRun } from '../../src/analyze/code-listings.js';
import { scoreLine } from '../../src/analyze/extent.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { lineOf, linesOf } from '../helpers.js';

const rescore = (texts: string[]) => {
  const lines = texts.map((text) => lineOf(text));
  const scores = lines.map((line) => scoreLine(line, undefined, null, MODE_SETTINGS.balanced));
  return codeListings(lines, scores);
};

describe('codeListings', () => {
  it('scores a keyword on its own line inside a listing as neutral code', () => {
    const rescored = rescore(['-- unpaid invoices', 'FROM invoices', "WHERE paid = 'no';"]);
    expect([...rescored]).toEqual([[1, { score: 0, klass: 'short' }]]);
  });
  it("scores a query's keyword and column lines as neutral, where no code line stands right beside them", () => {
    const texts = [
      'Sometimes the best optimization is rewriting the query itself.',
      '-- Check when statistics were last updated',
      'SELECT',
      'schemaname,',
      'relname,',
      'last_analyze',
      'FROM pg_stat_user_tables',
      'ORDER BY last_analyze DESC NULLS LAST;',
      'ANALYZE orders;',
    ];
    expect([...rescore(texts).keys()]).toEqual([2, 3, 4, 5, 6]);
  });
  // why: WCXB 0383 innertext, its Markdown cleaned again — the fences and a listing's output cost the body as a menu's lines.
  it('scores the short lines of a fenced listing as neutral, fences included, code or not', () => {
    const texts = ['Run it and you see:', '```', 'Hello', 'World', '```'];
    const lines = linesOf(texts.join('\n'));
    const scores = lines.map((line) => scoreLine(line, undefined, null, MODE_SETTINGS.balanced));
    expect(rescore(texts).size).toBe(0);
    expect([...codeListings(lines, scores, new Map([[1, 4]])).keys()]).toEqual([1, 2, 3, 4]);
  });
  it("leaves a menu alone, and a contact card's brackets are no code", () => {
    expect(rescore(['Home', 'Blog', 'Pricing', 'Contact', 'x = 1']).size).toBe(0);
    expect(rescore(['Let us know (requires login).', 'Feedback Type', 'Select a type (Required)']).size).toBe(0);
    expect(rescore(['Scott Munro', 'Managing Director (M&A) Advisory', 'Phone +1 650 354 4040']).size).toBe(0);
  });
});

describe('isListingRun', () => {
  it('needs two code lines and a third of the run', () => {
    expect(isListingRun(2, 6)).toBe(true);
    expect(isListingRun(1, 2)).toBe(false);
    expect(isListingRun(2, 7)).toBe(false);
  });
});
