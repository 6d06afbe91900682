import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { segment } from '../../src/segment/segment.js';
import { headlineOfGluedLine } from '../../src/structure/title-dek.js';
import { expectEveryCharacterAccountedFor, expectNothingInvented } from '../article-contract.js';
import { EN } from '../helpers.js';

/** The first line segment() makes of `text`, with the text. */
const firstLine = (text: string) => ({ text, line: segment(text)[0] as ReturnType<typeof segment>[number] });

describe('headlineOfGluedLine', () => {
  it('gives the first of two lines joined with no sentence mark (WCXB 0420)', () => {
    const { text, line } = firstLine(
      'what is once sprung cannot necessarily be unsprunged\nthe problem of cognitive hysteresis\nDan Davies',
    );
    expect(line.text).toBe('what is once sprung cannot necessarily be unsprunged the problem of cognitive hysteresis');
    expect(headlineOfGluedLine(text, line, EN)).toBe('what is once sprung cannot necessarily be unsprunged');
  });
  it.each([
    [
      'a wrapped sentence that ends',
      'The committee met on Tuesday to discuss the budget\nfor next year and agreed on it.',
    ],
    [
      'three wrapped lines',
      'The committee met on Tuesday to discuss the budget\nfor the next year and the year after\nand the one after that for every department',
    ],
    ['a line that stands alone', 'Quiet wins for small teams that ship'],
    [
      'a dateline over the headline (multisite forbes)',
      '6/14/2012 @ 9:41AM |3,182 views\niPad Game Aimed At Toddlers Bills Parents',
    ],
  ])('keeps the line whole: %s', (_, text) => {
    const { line } = firstLine(text);
    expect(headlineOfGluedLine(text, line, EN)).toBe(line.text);
  });
  it('gives the first of two lines when the headline is written without spaces', () => {
    // A Japanese headline over a dek that opens with a product's name in lower case, which segment joins to it.
    const { text, line } = firstLine(
      'アップルが新しいスマートフォンを発表し、今年の秋から国内で販売を始める見通し\niPhoneの新しい機能と価格の狙い',
    );
    expect(headlineOfGluedLine(text, line, compiledPackFor(ja))).toBe(
      'アップルが新しいスマートフォンを発表し、今年の秋から国内で販売を始める見通し',
    );
  });
});

describe('clean: a headline joined to its dek', () => {
  const page = [
    'Back of Mind',
    'Subscribe',
    'what is once sprung cannot necessarily be unsprunged',
    'the problem of cognitive hysteresis',
    'Dan Davies',
    'Dec 12, 2025',
    '',
    'Just a thought on cognitive hysteresis, occasioned by a conversation about how a thing once sprung stays sprung.',
    '',
    'Hysteresis is what happens when a system does not return to where it started once the pressure is taken off.',
  ].join('\n');
  it('takes the first line as the headline and accounts for the dek', () => {
    const article = clean(page);
    expect(article.title).toBe('what is once sprung cannot necessarily be unsprunged');
    expectNothingInvented(page, article);
    expectEveryCharacterAccountedFor(page, article);
  });
});
