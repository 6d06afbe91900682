import { describe, expect, it } from 'vitest';
import {
  LOWER_CASE,
  letterCaseCodes,
  letterCodes,
  letterDigitCodes,
  lowerCodes,
  spaceCodes,
  UPPER_CASE,
  wordCodes,
} from '../../src/segment/char-tables.js';

/** Where `table` and the expression's own answer, asked one character at a time, disagree (hex code units). */
function disagreements(table: Uint8Array, pattern: RegExp, value = 1): string[] {
  const wrong: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if ((table[c] === value) !== pattern.test(String.fromCharCode(c))) wrong.push(c.toString(16));
  }
  return wrong;
}

describe('character tables', () => {
  it('answer as the expressions do for every BMP character', () => {
    expect(disagreements(spaceCodes(), /^\s$/u)).toEqual([]);
    expect(disagreements(wordCodes(), /^[\p{L}\p{N}]$/iu)).toEqual([]);
    expect(disagreements(letterDigitCodes(), /^[\p{L}\p{N}]$/u)).toEqual([]);
    expect(disagreements(letterCodes(), /^\p{L}$/u)).toEqual([]);
    expect(disagreements(letterCaseCodes(), /^\p{Ll}$/u, LOWER_CASE)).toEqual([]);
    expect(disagreements(letterCaseCodes(), /^\p{Lu}$/u, UPPER_CASE)).toEqual([]);
  });

  it('lower-case every BMP code unit as toLowerCase does, one unit to one', () => {
    const lower = lowerCodes();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const one = String.fromCharCode(c).toLowerCase();
      if (lower[c] !== (one.length === 1 ? one.charCodeAt(0) : c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(lower[0x130]).toBe(0x130); // İ lower-cases to two units
    expect(lower[0x3a3]).toBe(0x3c3); // Σ alone is σ
  });
});
