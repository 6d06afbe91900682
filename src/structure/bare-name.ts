import { escapeRegExp } from '../lang/escape-reg-exp.js';
import type { Line } from '../segment/segment.js';
import { asName } from './byline.js';

/** Fewest and most words of a bare author name under the headline. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * True when a capitalized line that stands alone reads as a person's name, not a section label of the same shape
 * ("Case Studies", "Get Started", "HR Strategy"): none of its words is written in lower case anywhere on the page
 * (labels are made of common words) and none is all capitals.
 * @example readsAsName('Case Studies', linesOf('Case Studies\nTwo case studies.')) // false
 */
export function readsAsName(name: string, lines: readonly Line[]): boolean {
  const lowered = name
    .split(' ')
    .filter((word) => word !== word.toLowerCase())
    .map((word) => word.toLowerCase());
  if (lowered.length === 0) return false;
  // Case-sensitive: only a word's lower-case form matches ("case" in "a case study", not "Case").
  const inLowerCase = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${lowered.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  // A case-sensitive substring search finds the lines that may hold a word in lower case; the expression checks
  // its word boundaries there only.
  return !lines.some((line) => lowered.some((word) => line.text.includes(word)) && inLowerCase.test(line.text));
}

/**
 * An author's bare name on the line right under the headline, when nothing else on the page gives the byline
 * ("Andrei Zakhareuski" under the headline, WCXB 0018; "Lisa Pham", 0127; "Rebecca MacFarlane" over "Written byby
 * Rebecca MacFarlane", 0099), or null. It must {@link readsAsName} and the page must write it again (an author
 * box, a "more by" link): measured on the dev set, 6 of 7 such lines are the gold author on innertext, 7 of 7 on
 * html-to-text, where the rule without the repeat took 11 of 16.
 * @example nameUnderHeadline(linesOf('Headline\nJane Roe\nText.\nAbout Jane Roe'), 0) // 'Jane Roe'
 */
export function nameUnderHeadline(lines: readonly Line[], titleIndex: number): string | null {
  const line = lines[titleIndex + 1];
  if (titleIndex < 0 || line === undefined || line.listMarker !== null) return null;
  const name = asName(line.text);
  if (name === null) return null;
  const words = name.split(' ');
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS || !readsAsName(name, lines)) return null;
  // Why: under the headline a line in capitals is a section label far more often than a name (measured).
  if (words.some((word) => word.length > 1 && word === word.toUpperCase())) return null;
  return lines.some((other) => other.index !== line.index && other.text.includes(name)) ? name : null;
}
