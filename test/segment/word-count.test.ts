import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAlphanumericRuns } from '../../src/analyze/alphanumeric-runs.js';
import { segment } from '../../src/segment/segment.js';
import { wordCount, wordsBetweenSpaces, wordsOfScan } from '../../src/segment/word-count.js';
import { nameLineWords, nameWords } from '../../src/structure/unspaced-name.js';
import { lineOf } from '../helpers.js';

/** Sentences written for this test: a Japanese, a Chinese and a Thai one, each one "word" between spaces. */
const UNSPACED = ['政府は新しい法案を閣議決定した', '政府批准可再生能源新法案', 'รัฐบาลอนุมัติกฎหมายพลังงานหมุนเวียนฉบับใหม่'];

describe('wordCount', () => {
  it('counts the word tokens of a text in a spaced script', () => {
    expect(wordCount('Talks end in Geneva')).toBe(4);
    expect(wordCount('Правительство одобрило новый закон')).toBe(4);
    expect(wordCount('정부, 재생에너지 신법 의결')).toBe(4);
  });
  it('counts a sentence written without spaces by its letters, where splitting on spaces finds one word', () => {
    expect(UNSPACED.map((text) => [text.split(' ').length, wordCount(text)])).toEqual([
      [1, 8],
      [1, 6],
      [1, 11],
    ]);
  });
  it('gives a line’s words as segment counts them', () => {
    for (const text of [...UNSPACED, 'Talks end in Geneva', 'Apple、新型iPhoneを発表', 'U.S. State Sec: no deal'])
      expect([text, wordCount(text)]).toEqual([text, segment(text)[0]?.words]);
  });
  it('gives no word to a text without letters or digits', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount(' — · ')).toBe(0);
  });
  it('never counts fewer words than the pieces between spaces that hold a letter or a digit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const pieces = text.split(/\s+/u).filter((piece) => /[\p{L}\p{N}]/u.test(piece)).length;
        expect(wordCount(text)).toBeGreaterThanOrEqual(pieces);
      }),
    );
  });
});

describe('wordsOfScan', () => {
  it('reads two letters of han or kana, and four of Thai, as a word', () => {
    expect(wordsOfScan(1, 'kana', 12)).toBe(6);
    expect(wordsOfScan(1, 'han', 5)).toBe(3);
    expect(wordsOfScan(1, 'thai', 12)).toBe(3);
  });
  it('keeps the tokens when they are more, and in a spaced script', () => {
    expect(wordsOfScan(5, 'han', 4)).toBe(5);
    expect(wordsOfScan(3, 'latin', 0)).toBe(3);
  });
});

describe('wordsBetweenSpaces', () => {
  it('counts the pieces between spaces of a text in a spaced script, as splitting on a space does', () => {
    for (const text of ['Jane Smith/Getty Images', 'Talks end in Geneva', '정부, 재생에너지 신법 의결', 'a  b'])
      expect([text, wordsBetweenSpaces(text)]).toEqual([text, text.split(' ').length]);
  });
  it('counts a piece written without spaces by its letters', () => {
    expect(UNSPACED.map(wordsBetweenSpaces)).toEqual([8, 6, 11]);
    expect(wordsBetweenSpaces('Reuters 政府は新しい法案を閣議決定した')).toBe(9);
  });
  it('counts a piece of one such letter, or of its punctuation alone, as one word', () => {
    expect(wordsBetweenSpaces('写 真')).toBe(2);
    expect(wordsBetweenSpaces('共同 ／ 通信')).toBe(3);
  });
});

describe('the four counts of words', () => {
  it('part a text where each says: segment’s words, words between spaces, a name’s words, runs of letters and digits', () => {
    const counts = (text: string) => [
      wordCount(text),
      wordsBetweenSpaces(text),
      nameWords(text),
      nameLineWords(lineOf(text)),
      countAlphanumericRuns(text),
    ];
    expect(
      ['Jane Smith/Getty Images', "Mary-Jane O'Neil", '张伟', 'Reuters 政府は新しい法案を閣議決定した'].map(counts),
    ).toEqual([
      [4, 3, 3, 4, 4],
      [2, 2, 2, 2, 4],
      [1, 1, 2, 2, 1],
      [8, 9, 9, 8, 2],
    ]);
  });
});
