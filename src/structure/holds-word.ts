import { isHighSurrogate, isLowSurrogate, letterDigitAfter, letterDigitBefore } from '../segment/letter-digit.js';

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
  const opensInPair = isLowSurrogate(word.charCodeAt(0));
  const closesInPair = isHighSurrogate(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // A unicode expression reads a surrogate pair as one character: half of one is no match of a lone half.
    if (opensInPair && isHighSurrogate(text.charCodeAt(at - 1))) continue;
    if (closesInPair && isLowSurrogate(text.charCodeAt(end))) continue;
    if (!letterDigitBefore(text, at) && !letterDigitAfter(text, end)) return true;
  }
  return false;
}
