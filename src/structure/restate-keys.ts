import { isContentWord } from '../lang/content-word.js';
import type { Line } from '../segment/segment.js';

/** Shortest word whose final "s" {@link restateKeys} drops: a restatement may change a word's number. */
const MIN_PLURAL_CHARS = 4;

/**
 * The content words of a line, each without a final "s": the keys by which the title search tells that one line
 * restates, rewords or names in short another.
 * @example restateKeys(lineOf('The Best Toothbrushes'), en.stopwords) // Set { 'best', 'toothbrushe' }
 */
export function restateKeys(line: Line, stopwords: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const token of line.tokens) {
    if (!isContentWord(token, stopwords)) continue;
    keys.add(token.length >= MIN_PLURAL_CHARS && token.endsWith('s') ? token.slice(0, -1) : token);
  }
  return keys;
}

/**
 * Most content words a rewording of a line adds to it; a dek adds more ("Affordable nutrition" over "Sustainable
 * concepts for affordable nutrition", WCXB 0124).
 */
const MAX_REWORDING_ADDS = 1;

/**
 * True when `after` holds every key of `before` (a non-empty one).
 * @example holdsAll(new Set(['wedding']), new Set(['wedding', 'checklist'])) // true
 */
export function holdsAll(before: ReadonlySet<string>, after: ReadonlySet<string>): boolean {
  if (before.size === 0) return false;
  for (const key of before) if (!after.has(key)) return false;
  return true;
}

/**
 * True when `after` holds every key of `before` (a non-empty one) and at most {@link MAX_REWORDING_ADDS} more: the same
 * line in other words, or with one word glued to it.
 * @example isRewording(new Set(['cybersecurity', 'best', 'practice']), new Set(['ci', 'cybersecurity', 'best', 'practice'])) // true
 */
export function isRewording(before: ReadonlySet<string>, after: ReadonlySet<string>): boolean {
  return after.size <= before.size + MAX_REWORDING_ADDS && holdsAll(before, after);
}
