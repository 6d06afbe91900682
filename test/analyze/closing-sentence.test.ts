import { describe, expect, it } from 'vitest';
import { closingSentence } from '../../src/analyze/closing-sentence.js';
import type { LineScore } from '../../src/analyze/extent.js';
import { clean } from '../../src/index.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const PARAGRAPH =
  'The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.';
const CLOSING = 'The mayor said she was pleased.';
const STOPWORDS = new Set(['the', 'on', 'to', 'by', 'she', 'was', 'which']);
const good: LineScore = { score: 18, klass: 'good' };
const short: LineScore = { score: 0, klass: 'short' };
const legal: Verdict = { kind: 'legal', reason: 'copyright notice' };

describe('closingSentence', () => {
  const at = (last: string, verdict?: Verdict, stopwords: ReadonlySet<string> | null = STOPWORDS) =>
    closingSentence(
      linesOf(`${PARAGRAPH}\n${last}`),
      [undefined, verdict],
      [good, short],
      { start: 0, end: 0 },
      stopwords,
    );

  it("stretches the body over the input's last line when it is a short sentence", () => {
    expect(at(CLOSING)).toEqual({ start: 0, end: 1 });
    expect(at(CLOSING, undefined, null)).toEqual({ start: 0, end: 1 });
  });

  it('leaves a line with a verdict, a sign-off, a label and a line without function words', () => {
    expect(at('© 2025 The Council Times. All rights reserved.', legal)).toEqual({ start: 0, end: 0 });
    expect(at('Thanks for reading!')).toEqual({ start: 0, end: 0 });
    expect(at('Council Budget Coverage')).toEqual({ start: 0, end: 0 });
    expect(at('Budget. Schools. Council. Spending.')).toEqual({ start: 0, end: 0 });
  });

  it("leaves a sentence that is not the input's last line", () => {
    const lines = linesOf(`${PARAGRAPH}\n${CLOSING}\nSubscribe`);
    expect(closingSentence(lines, [], [good, short, short], { start: 0, end: 0 }, STOPWORDS)).toEqual({
      start: 0,
      end: 0,
    });
  });

  it('keeps the closing sentence of a short clean text', () => {
    const article = clean(`Budget approved\n\n${PARAGRAPH}\n${CLOSING}\n`);
    expect(article.text).toBe(`${PARAGRAPH}\n\n${CLOSING}`);
    expect(article.removed).toEqual([]);
  });
});
