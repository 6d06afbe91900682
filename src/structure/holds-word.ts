import { isHighSurrogate, isLowSurrogate, letterDigitAfter, letterDigitBefore } from '../segment/letter-digit.js';

/**
 * True when `word` occurs in `text` as a word of its own, case-sensitively: what
 * `/(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])/u.test(text)` answers, found with `indexOf` and a look at the characters
 * on either side. Why not the expression: asked for every line of a page, it was built per call and ran over each
 * line that held the word inside another ("case" in "showcase"). False for an empty word.
 * @example holdsWord('a case study', 'case') // true
 * @example holdsWord('our showcase', 'case') // false
 * @param outsideAddress - when true, a word inside an e-mail address or a host name ("info@supermove.com") does not
 *   count: there a name is written in lower case by convention, and says nothing of how the page writes the word.
 * @example holdsWord('info@supermove.com', 'supermove', true) // false
 */
export function holdsWord(text: string, word: string, outsideAddress = false): boolean {
  if (word.length === 0) return false;
  const opensInPair = isLowSurrogate(word.charCodeAt(0));
  const closesInPair = isHighSurrogate(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // A unicode expression reads a surrogate pair as one character: half of one is no match of a lone half.
    if (opensInPair && isHighSurrogate(text.charCodeAt(at - 1))) continue;
    if (closesInPair && isLowSurrogate(text.charCodeAt(end))) continue;
    if (letterDigitBefore(text, at) || letterDigitAfter(text, end)) continue;
    if (!outsideAddress || !inAddress(text, at, end)) return true;
  }
  return false;
}

/** An address's separators: the `@` of an e-mail address and the dots of a host name. */
const ADDRESS_MARKS = new Set(['@', '.']);

/** True when `text[at, end)` is a part of an address: an `@` or a dot joins it to a letter or digit on one side. */
function inAddress(text: string, at: number, end: number): boolean {
  return (
    (ADDRESS_MARKS.has(text.charAt(at - 1)) && letterDigitBefore(text, at - 1)) ||
    (ADDRESS_MARKS.has(text.charAt(end)) && letterDigitAfter(text, end + 1))
  );
}
