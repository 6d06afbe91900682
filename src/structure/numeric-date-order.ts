import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { findDate, isoOf } from './date.js';

// A numeric date with the same separator twice: day and month in either order, then a four-digit year.
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/u;
const NUMERIC_ALL = new RegExp(NUMERIC.source, 'gu');

/**
 * The ISO form of a numeric date whose order of day and month is ambiguous ("8/1/2025"), read in the order the page's
 * other numeric dates with the same separator leave no doubt about: a first number above 12 puts the day first
 * ("25/02/2025"), a second one above 12 the month ("8/27/2025"). Null when the page has no such date, when its
 * dates point both ways, or when `written` is no numeric date.
 * @example isoByPageOrder('8/1/2025', linesOf('Posted 8/1/2025\nUpdated 8/27/2025')) // '2025-08-01'
 */
export function isoByPageOrder(written: string, lines: readonly Line[]): string | null {
  const date = NUMERIC.exec(written);
  if (!date) return null;
  const separator = date[2] as string;
  let monthFirst = 0;
  let dayFirst = 0;
  for (const { text } of lines) {
    if (!text.includes(separator)) continue;
    for (const m of text.matchAll(NUMERIC_ALL)) {
      if (m[2] !== separator) continue;
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b <= 12) dayFirst++;
      else if (b > 12 && a <= 12) monthFirst++;
    }
  }
  if (monthFirst > 0 === dayFirst > 0) return null;
  const a = Number(date[1]);
  const b = Number(date[3]);
  const year = Number(date[4]);
  return monthFirst > 0 ? isoOf(year, a, b) : isoOf(year, b, a);
}

/** A letter: a date written with its month's name, which leaves no doubt about the order. */
const LETTER = /\p{L}/u;

/**
 * The ISO form of a numeric date whose order of day and month is ambiguous ("02-12-2025"), read in the order that
 * makes it the same day as a date the page writes with its month's name ("December 02, 2025" beside the headline in
 * its list of recent posts). Null when neither order gives such a day, or when `written` is no numeric date.
 * Why: "02-12-2025" under the headline, "December 02, 2025" under the same headline in the post list (WCXB 0429).
 * @example isoByNamedDate('02-12-2025', linesOf('02-12-2025\nRecent posts\nDecember 02, 2025'), compiledEn) // '2025-12-02'
 */
export function isoByNamedDate(written: string, lines: readonly Line[], lang: CompiledPack): string | null {
  const date = NUMERIC.exec(written);
  if (!date) return null;
  const a = Number(date[1]);
  const b = Number(date[3]);
  const year = date[4] as string;
  const monthFirst = isoOf(Number(year), a, b);
  const dayFirst = isoOf(Number(year), b, a);
  for (const { text } of lines) {
    if (!text.includes(year) || !LETTER.test(text)) continue;
    const named = findDate(text, lang);
    if (named === null || named.iso === null || !LETTER.test(named.text)) continue;
    if (named.iso === monthFirst || named.iso === dayFirst) return named.iso;
  }
  return null;
}
