import type { CompiledPack } from '../lang/matcher.js';
import { wordCount } from '../segment/word-count.js';
import { type FoundDate, findDate, monthAlternation } from './date.js';

/** Fewest words left to the headline when a date is cut off its edge. */
const MIN_HEADLINE_WORDS = 3;
/** What may part a date from the headline beside it: spaces and the usual separators. */
const EDGE = /^[\s|/•·–—,:-]*$/u;
/** A date written with its month's name ("20 December 2025", "DEC 18 2025"); numeric ones are often the topic. */
const NAMES_MONTH = /\p{L}/u;

// Compiled once per pack: a memo of immutable regular expressions, not state that changes a result.
const monthYearCache = new WeakMap<CompiledPack, RegExp>();

/**
 * A month and year at the end of a headline after a spaced slash or pipe ("… test suite / Dec 2025", WCXB 0438): the
 * post's date, not the topic. Why not after a dash: "Performance Update – January 2026" names the month it reports on.
 */
function monthYearEnd(lang: CompiledPack): RegExp {
  let pattern = monthYearCache.get(lang);
  if (!pattern) {
    pattern = new RegExp(`\\s+[/|]\\s+(?:${monthAlternation(lang)})\\.?\\s+(?:19|20)\\d\\d$`, 'iu');
    monthYearCache.set(lang, pattern);
  }
  return pattern;
}

/**
 * The headline without a date that a blog writes at its start or end ("Advent of Code 2025 week 2 20 December 2025",
 * "DEC 18 2025 Preparing a transition"), and that date; the title unchanged and no date when none stands at an edge.
 * A numeric date stays: it is as often part of the headline ("Metasploit Wrap-Up 12/19/2025"). A month and year after a
 * slash or pipe at the end is cut as well, with no date given.
 * @example splitTitleDate('Week 2 of Advent of Code / 20 December 2025', compiledEn)
 * // { title: 'Week 2 of Advent of Code', date: { text: '20 December 2025', iso: '2025-12-20' } }
 */
export function splitTitleDate(title: string, lang: CompiledPack): { title: string; date: FoundDate | null } {
  const date = findDate(title, lang);
  if (date === null || !NAMES_MONTH.test(date.text)) return { title: withoutMonthYear(title, lang), date: null };
  const at = title.indexOf(date.text);
  const before = title.slice(0, at);
  const after = title.slice(at + date.text.length);
  const rest = EDGE.test(after) ? before : EDGE.test(before) ? after : null;
  const headline = rest?.replace(/^[\s|/•·–—,:-]+|[\s|/•·–—,:-]+$/gu, '') ?? '';
  if (wordCount(headline) < MIN_HEADLINE_WORDS) return { title, date: null };
  return { title: headline, date };
}

/** The headline without a month and year at its end ({@link monthYearEnd}); a month names no day, so no date is given. */
function withoutMonthYear(title: string, lang: CompiledPack): string {
  const m = monthYearEnd(lang).exec(title);
  if (!m) return title;
  const headline = title.slice(0, m.index);
  return wordCount(headline) < MIN_HEADLINE_WORDS ? title : headline;
}
