import { describe, expect, it } from 'vitest';
import { isUnspacedName, nameLineWords, nameWords } from '../../src/structure/unspaced-name.js';
import { lineOf } from '../helpers.js';

describe('isUnspacedName', () => {
  it.each(['张伟', '田中太郎', '홍길동', '欧阳明远', '田中 太郎'])('reads %j as a name by its characters', (text) =>
    expect(isUnspacedName(text)).toBe(true),
  );
  it.each(['张', '首相官邸前の様子', '김', 'さくら', 'Jane Roe', '张伟，记者'])('reads %j as no such name', (text) =>
    expect(isUnspacedName(text)).toBe(false),
  );
});

describe('nameWords', () => {
  it('counts a Chinese, Japanese or Korean name written without a space as a family and a given name', () => {
    expect(['张伟', '田中太郎', '홍길동'].map(nameWords)).toEqual([2, 2, 2]);
  });
  it('counts other names by their words between spaces', () => {
    expect(['Jane Roe', 'Mary Ann de la Cruz', 'Madonna'].map(nameWords)).toEqual([2, 5, 1]);
  });
  it('counts a phrase written without spaces by its letters: no name of four words or fewer', () => {
    expect(nameWords('首相官邸前で記者団の質問に答える')).toBeGreaterThan(4);
  });
});

describe('nameLineWords', () => {
  it('gives a name line in Chinese or Korean two words, where the line counts one', () => {
    expect([lineOf('张伟').words, nameLineWords(lineOf('张伟'))]).toEqual([1, 2]);
    expect([lineOf('홍길동').words, nameLineWords(lineOf('홍길동'))]).toEqual([1, 2]);
  });
  it('gives any other line its own count', () => expect(nameLineWords(lineOf('Jane Roe, Staff Writer'))).toBe(4));
});
