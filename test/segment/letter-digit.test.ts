import { describe, expect, it } from 'vitest';
import { letterDigitAfter, letterDigitBefore } from '../../src/segment/letter-digit.js';

describe('letterDigitBefore / letterDigitAfter', () => {
  it('reads letters and digits of any script around a position', () => {
    expect(letterDigitBefore('by Jane', 2)).toBe(true);
    expect(letterDigitAfter('by Jane', 2)).toBe(false);
    expect(letterDigitAfter('Née 3', 4)).toBe(true);
    expect(letterDigitBefore('東京。', 2)).toBe(true);
    expect(letterDigitBefore('東京。', 3)).toBe(false);
  });

  it('is false past either end of the text', () => {
    expect(letterDigitBefore('abc', 0)).toBe(false);
    expect(letterDigitAfter('abc', 3)).toBe(false);
  });

  it('reads a surrogate pair as one character', () => {
    const math = 'x\u{1D400}y'; // MATHEMATICAL BOLD CAPITAL A, a letter outside the BMP
    expect(letterDigitAfter(math, 1)).toBe(true);
    expect(letterDigitBefore(math, 3)).toBe(true);
    const emoji = 'a\u{1F600}b';
    expect(letterDigitAfter(emoji, 1)).toBe(false);
    expect(letterDigitBefore(emoji, 3)).toBe(false);
  });

  it('takes a lone half of a pair as no letter', () => {
    expect(letterDigitAfter('\uD835', 0)).toBe(false);
    expect(letterDigitBefore('\uDC00', 1)).toBe(false);
  });
});
