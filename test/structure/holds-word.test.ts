import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsWord } from '../../src/structure/holds-word.js';

/** The expression holdsWord stands for. */
const byExpression = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

describe('holdsWord', () => {
  it('finds a word of its own, case-sensitively', () => {
    expect(holdsWord('Read a case study.', 'case')).toBe(true);
    expect(holdsWord('Case Studies', 'case')).toBe(false);
  });
  it('passes over the word inside another, and finds it later on its own', () => {
    expect(holdsWord('our showcase', 'case')).toBe(false);
    expect(holdsWord('case2 and cases', 'case')).toBe(false);
    expect(holdsWord('showcase, then case', 'case')).toBe(true);
  });
  it('reads an astral letter beside the word as a letter, an emoji as none', () => {
    expect(holdsWord('𝐀case', 'case')).toBe(false);
    expect(holdsWord('😀case😀', 'case')).toBe(true);
  });
  it('passes over the word inside an e-mail address or a host name when asked to (WCXB 4622, 0055)', () => {
    expect(holdsWord('Email: admissions@illinois.edu', 'illinois', true)).toBe(false);
    expect(holdsWord('Write to info@supermove.com today', 'supermove', true)).toBe(false);
    expect(holdsWord('Write to info@supermove.com today', 'info', true)).toBe(false);
    expect(holdsWord('Write to info@supermove.com today', 'supermove')).toBe(true);
  });
  it('still finds the word at a sentence’s end or beside a lone dot when asked to pass over addresses', () => {
    expect(holdsWord('We moved to illinois.', 'illinois', true)).toBe(true);
    expect(holdsWord('illinois . edu', 'illinois', true)).toBe(true);
  });
  const pieces = fc.constantFrom('case', 'Case', 'a', '1', ' ', '-', '𝐀', '😀', '\ud83d', '\ude00', 'é', '.');
  const textOf = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));
  test.prop([textOf, textOf.filter((word) => word.length > 0)], { numRuns: 500, seed: 5 })(
    'answers as the expression does',
    (text, word) => {
      expect(holdsWord(text, word)).toBe(byExpression(text, word));
    },
  );
});
