import { describe, expect, it } from 'vitest';
import { closingSentences } from '../../src/analyze/closing-sentence.js';
import type { LineScore } from '../../src/analyze/extent.js';
import { clean } from '../../src/index.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const PARAGRAPH =
  'The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.';
const CLOSING = 'The mayor said she was pleased.';
const STOPWORDS = new Set(['the', 'on', 'to', 'by', 'she', 'was', 'which', 'for', 'will', 'your']);
const good: LineScore = { score: 18, klass: 'good' };
const short: LineScore = { score: 0, klass: 'short' };
const legal: Verdict = { kind: 'legal', reason: 'copyright notice' };

describe('closingSentences', () => {
  const under = (
    tail: string[],
    verdicts: (Verdict | undefined)[] = [],
    stopwords = STOPWORDS as Set<string> | null,
  ) => [
    ...closingSentences(
      linesOf([PARAGRAPH, ...tail].join('\n')),
      [undefined, ...verdicts],
      [good, ...tail.map(() => short)],
      { start: 0, end: 0 },
      stopwords,
    ).keys(),
  ];

  it("rescores the short sentences under the body, to the input's end, as prose", () => {
    expect(under([CLOSING])).toEqual([1]);
    expect(under([CLOSING, 'Schools will reopen on Thursday.'])).toEqual([1, 2]);
    expect(under([CLOSING], [], null)).toEqual([1]);
    expect(under(['- Weigh the beans', '- Time the brew.', 'Enjoy your cup.'])).toEqual([1, 2, 3]);
  });

  it('rescores a whole input of short sentences in which no body was found', () => {
    const lines = linesOf(`${CLOSING}\nSchools will reopen on Thursday.`);
    const noBody = { start: 0, end: -1 };
    expect([...closingSentences(lines, [], [short, short], noBody, STOPWORDS).keys()]).toEqual([0, 1]);
    expect(clean(CLOSING).text).toBe(CLOSING);
    // A clean text comes back whole, however short (analyze/clean-input.ts); this pass alone would leave it.
    expect(clean('Hello world.').text).toBe('Hello world.');
  });

  it('leaves them all when one is a line with a verdict, a sign-off, a label or has no function word', () => {
    expect(under([CLOSING, '© 2025 The Council Times. All rights reserved.'], [undefined, legal])).toEqual([]);
    expect(under([CLOSING, 'Thank you!'])).toEqual([]);
    expect(under([CLOSING, 'Subscribe'])).toEqual([]);
    expect(under([CLOSING, '- Privacy Policy', '- Contact'])).toEqual([]);
    expect(under(['Budget. Schools. Council. Spending.'])).toEqual([]);
  });

  it('keeps the closing sentences of a short clean text', () => {
    const article = clean(`Budget approved\n\n${PARAGRAPH}\n${CLOSING}\n`);
    expect(article.text).toBe(`${PARAGRAPH}\n\n${CLOSING}`);
    expect(article.removed).toEqual([]);
    const german = clean(
      'Der Sturm traf in der Nacht auf Montag die Küste und richtete große Schäden an.\n' +
        'Tausende Haushalte waren ohne Strom.\nDie Schulen bleiben am Dienstag geschlossen.\n',
    );
    expect(german.removed).toEqual([]);
    const recipe = clean(`${PARAGRAPH}\n\n- Weigh the beans.\n- Time the brew.\n\nEnjoy your cup.\n`);
    expect(recipe.removed).toEqual([]);
    const chinese = clean('市议会周二批准了新的预算，将学校支出提高百分之四。\n市长表示满意。\n');
    expect(chinese.text).toBe('市议会周二批准了新的预算，将学校支出提高百分之四。\n\n市长表示满意。');
  });
});
