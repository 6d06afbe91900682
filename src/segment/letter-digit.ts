import { letterDigitCodes } from './char-tables.js';

const HIGH_FIRST = 0xd800;
const HIGH_LAST = 0xdbff;
const LOW_FIRST = 0xdc00;
const LOW_LAST = 0xdfff;
// Astral characters are rare in text; the engine answers for them one at a time.
const ASTRAL_LETTER_DIGIT = /[\p{L}\p{N}]/uy;

/** True for the first half of a surrogate pair. */
export const isHighSurrogate = (code: number): boolean => code >= HIGH_FIRST && code <= HIGH_LAST;
/** True for the second half of a surrogate pair. */
export const isLowSurrogate = (code: number): boolean => code >= LOW_FIRST && code <= LOW_LAST;

/**
 * Whether the character (code point) that ends at `at` is a letter or digit (`\p{L}` or `\p{N}`), read from a table
 * for the Basic Multilingual Plane. False at the start of the text.
 * @example letterDigitBefore('ab', 2) // true
 */
export function letterDigitBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  if (isLowSurrogate(code) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)))
    return astralLetterDigit(text, at - 2);
  return letterDigitCodes()[code] === 1;
}

/**
 * Whether the character (code point) that starts at `at` is a letter or digit (`\p{L}` or `\p{N}`). False at the end
 * of the text.
 * @example letterDigitAfter('by Jane', 2) // false
 */
export function letterDigitAfter(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1))) return astralLetterDigit(text, at);
  return letterDigitCodes()[code] === 1;
}

function astralLetterDigit(text: string, at: number): boolean {
  ASTRAL_LETTER_DIGIT.lastIndex = at;
  return ASTRAL_LETTER_DIGIT.test(text);
}
