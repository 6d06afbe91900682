import type { PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';

// What may stand between labels on a label line: digits (share counts), punctuation, separators, emoji.
const NO_LETTERS = /^[^\p{L}]*$/u;
const SPACE = /\s/;
const NO_PHRASES: readonly string[] = Object.freeze([]);

/**
 * How many labels a line is made of, or 0 when anything but labels, digits and punctuation is left.
 * Uses the repaired `labelText`, so glued labels count.
 * @example labelHits(line('Share | Tweet | Email'), en.match.shareLabels) // 3
 */
export function labelHits(line: Line, matcher: PhraseMatcher): number {
  const text = line.labelText ?? line.text;
  const hits = matcher.count(text);
  if (hits === 0) return 0;
  return NO_LETTERS.test(matcher.strip(text)) ? hits : 0;
}

/**
 * The phrases a line contains, counting only phrases of two words or more: a single word such as "share"
 * inside a sentence is content, a phrase such as "already signed up" is not.
 * @example phrasesIn(line('Already signed up? LOG IN'), en.match.paywall) // ['Already signed up']
 */
export function phrasesIn(line: Line, matcher: PhraseMatcher): readonly string[] {
  const text = line.labelText ?? line.text;
  // Most lines hold no phrase: answered without building an array per detector per line (43 MB over the dev set).
  if (!matcher.test(text)) return NO_PHRASES;
  return matcher.find(text).filter((p) => SPACE.test(p));
}
