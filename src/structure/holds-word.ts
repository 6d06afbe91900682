import { letterDigitCodes } from '../segment/char-tables.js';

const HIGH_FIRST = 0xd800;
const HIGH_LAST = 0xdbff;
const LOW_FIRST = 0xdc00;
const LOW_LAST = 0xdfff;
// Astral characters are rare in text; the engine answers for them one at a time.
const ASTRAL_LETTER_DIGIT = /[\p{L}\p{N}]/uy;

const isHigh = (code: number): boolean => code >= HIGH_FIRST && code <= HIGH_LAST;
const isLow = (code: number): boolean => code >= LOW_FIRST && code <= LOW_LAST;

/**
 * True when `word` occurs in `text` as a word of its own, case-sensitively: what
 * `/(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])/u.test(text)` answers, found with `indexOf` and a look at the characters
 * on either side. Why not the expression: asked for every line of a page, it was built per call and ran over each
 * line that held the word inside another ("case" in "showcase"). False for an empty word.
 * @example holdsWord('a case study', 'case') // true
 * @example holdsWord('our showcase', 'case') // false
 */
export function holdsWord(text: string, word: string): boolean {
  if (word.length === 0) return false;
  const opensInPair = isLow(word.charCodeAt(0));
  const closesInPair = isHigh(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // A unicode expression reads a surrogate pair as one character: half of one is no match of a lone half.
    if (opensInPair && isHigh(text.charCodeAt(at - 1))) continue;
    if (closesInPair && isLow(text.charCodeAt(end))) continue;
    if (!letterDigitBefore(text, at) && !letterDigitAfter(text, end)) return true;
  }
  return false;
}

/** Whether the character (code point) that ends at `at` is a letter or digit. */
function letterDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (isLow(code) && at >= 2 && isHigh(text.charCodeAt(at - 2))) return astralLetterDigit(text, at - 2);
  return letterDigitCodes()[code] === 1;
}

/** Whether the character (code point) that starts at `at` is a letter or digit. */
function letterDigitAfter(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (isHigh(code) && isLow(text.charCodeAt(at + 1))) return astralLetterDigit(text, at);
  return letterDigitCodes()[code] === 1;
}

function astralLetterDigit(text: string, at: number): boolean {
  ASTRAL_LETTER_DIGIT.lastIndex = at;
  return ASTRAL_LETTER_DIGIT.test(text);
}
