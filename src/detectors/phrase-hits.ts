import type { PhraseMatcher } from '../lang/matcher.js';
import { hasUnspacedCode } from '../segment/script.js';
import type { Line } from '../segment/segment.js';

// What may stand between labels on a label line: digits (share counts), punctuation, separators, emoji.
const NO_LETTERS = /^[^\p{L}]*$/u;
const NO_LETTERS_OR_DIGITS = /^[^\p{L}\p{N}]*$/u;
const SPACE = /\s/;
const NO_PHRASES: readonly string[] = Object.freeze([]);

/**
 * How many labels a line is made of, or 0 when anything but labels, digits and punctuation is left.
 * Uses the repaired `labelText`, so glued labels count.
 * @example labelHits(line('Share | Tweet | Email'), en.match.shareLabels) // 3
 */
export function labelHits(line: Line, matcher: PhraseMatcher): number {
  const hits = labelsOnly(line.labelText ?? line.text, matcher, NO_LETTERS);
  // Why: the repair that splits labels glued at a case change ("HomeNewsReviews") splits a name written in camel
  // case too ("LinkedIn" → "Linked In"), which the pack names as written ("Share Tweet LinkedIn", WCXB 0061). Read
  // so, the names must be all the line says: a number beside one is a table's value ("LinkedIn $2.50 – $7.00" in a
  // list of ad costs, 0262).
  return hits === 0 && line.labelText !== undefined ? labelsOnly(line.text, matcher, NO_LETTERS_OR_DIGITS) : hits;
}

/** How many labels `text` is made of, or 0 when what is left of it fails `rest`. */
function labelsOnly(text: string, matcher: PhraseMatcher, rest: RegExp): number {
  const hits = matcher.count(text);
  if (hits === 0) return 0;
  return rest.test(matcher.strip(text)) ? hits : 0;
}

/**
 * The phrases a line contains, counting only phrases of two words or more: a single word such as "share"
 * inside a sentence is content, a phrase such as "already signed up" is not. In a script written without spaces,
 * two words are four characters, as a line's word count reads them ("会員限定" but not "広告"), unless the matcher's
 * pack lists the phrase among its common words ("コメント", one word that sentences use).
 * @example phrasesIn(line('Already signed up? LOG IN'), en.match.paywall) // ['Already signed up']
 */
export function phrasesIn(line: Line, matcher: PhraseMatcher): readonly string[] {
  // Why the text as written after the repaired one: the repair splits a name written in camel case ("JavaScript" →
  // "Java Script"), which the pack names as written ("Notice: JavaScript is required for this content.", WCXB 0390).
  const label = line.labelText;
  const text = label !== undefined && matcher.test(label) ? label : line.text;
  // Most lines hold no phrase: answered without building an array per detector per line (43 MB over the dev set).
  if (text !== label && !matcher.test(text)) return NO_PHRASES;
  return matcher.find(text).filter((phrase) => isSeveralWords(phrase, matcher.commonWords));
}

/** Characters of an unspaced script's phrase that count as two words (the segment stage's two per word). */
const UNSPACED_TWO_WORDS = 4;

const isSeveralWords = (phrase: string, commonWords: ReadonlySet<string>): boolean =>
  SPACE.test(phrase) ||
  (phrase.length >= UNSPACED_TWO_WORDS &&
    hasUnspacedCode(phrase) &&
    (commonWords.size === 0 || !commonWords.has(phrase.toLowerCase())));
