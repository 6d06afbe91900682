import type { CompiledPack } from '../lang/matcher.js';
import { type FoundDate, findDate } from './date.js';

/** Fewest words left to the headline when a date is cut off its edge. */
const MIN_HEADLINE_WORDS = 3;
/** What may part a date from the headline beside it: spaces and the usual separators. */
const EDGE = /^[\s|/•·–—,:-]*$/u;
/** A date written with its month's name ("20 December 2025", "DEC 18 2025"); numeric ones are often the topic. */
const NAMES_MONTH = /\p{L}/u;

/**
 * The headline without a date that a blog writes at its start or end ("Advent of Code 2025 week 2 20 December 2025",
 * "DEC 18 2025 Preparing a transition"), and that date; the title unchanged and no date when none stands at an edge.
 * A numeric date stays: it is as often part of the headline ("Metasploit Wrap-Up 12/19/2025").
 * @example splitTitleDate('Week 2 of Advent of Code / 20 December 2025', compiledEn)
 * // { title: 'Week 2 of Advent of Code', date: { text: '20 December 2025', iso: '2025-12-20' } }
 */
export function splitTitleDate(title: string, lang: CompiledPack): { title: string; date: FoundDate | null } {
  const date = findDate(title, lang);
  if (date === null || !NAMES_MONTH.test(date.text)) return { title, date: null };
  const at = title.indexOf(date.text);
  const before = title.slice(0, at);
  const after = title.slice(at + date.text.length);
  const rest = EDGE.test(after) ? before : EDGE.test(before) ? after : null;
  const headline = rest?.replace(/^[\s|/•·–—,:-]+|[\s|/•·–—,:-]+$/gu, '') ?? '';
  if (headline.split(/\s+/u).length < MIN_HEADLINE_WORDS) return { title, date: null };
  return { title: headline, date };
}
