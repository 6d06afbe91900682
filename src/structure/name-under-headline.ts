import { escapeRegExp } from '../lang/escape-reg-exp.js';
import type { Line } from '../segment/segment.js';
import { asName } from './byline.js';

/** Fewest and most words of a bare author name. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * An author's bare name on the line right under the headline, when nothing else on the page gives the byline
 * ("Andrei Zakhareuski" under the headline, WCXB 0018; "Lisa Pham", 0127; "Rebecca MacFarlane" over "Written byby
 * Rebecca MacFarlane", 0099), or null. A section label has the same shape ("Case Studies", "Local SEO
 * Optimization"), so the name must read as one: none of its words is written in lower case anywhere on the page
 * (labels are made of common words), none is all capitals, and the page writes the name again (an author box,
 * a "more by" link). Measured on the dev set: 6 of 7 such lines are the gold author on innertext, 7 of 7 on
 * html-to-text, where the looser rule without the repeat took 11 of 16.
 * @example nameUnderHeadline(linesOf('Headline\nJane Roe\nText.\nAbout Jane Roe'), 0) // 'Jane Roe'
 */
export function nameUnderHeadline(lines: readonly Line[], titleIndex: number): string | null {
  const line = lines[titleIndex + 1];
  if (titleIndex < 0 || line === undefined || line.listMarker !== null) return null;
  const name = asName(line.text);
  if (name === null) return null;
  const words = name.split(' ');
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return null;
  if (words.some((word) => word.length > 1 && word === word.toUpperCase())) return null;
  // Case-sensitive: only a word's lower-case form matches ("case" in "a case study", not "Case").
  const capitalized = words
    .filter((word) => word !== word.toLowerCase())
    .map((word) => escapeRegExp(word.toLowerCase()));
  const inLowerCase = new RegExp(`(?<![\\p{L}\\p{N}])(?:${capitalized.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  let written = 0;
  for (const other of lines) {
    if (inLowerCase.test(other.text)) return null;
    if (other.index !== line.index && other.text.includes(name)) written++;
  }
  return written > 0 ? name : null;
}
