import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { BareName } from './bare-name.js';
import { findDate } from './date.js';
import { isShouted } from './shouted.js';

/** Most words of a team's name on its own line ("SolutionsHub Editorial Team"); more is a heading or a sentence. */
const MAX_TEAM_WORDS = 4;
/** A word a team's name may hold: it opens with a capital or a digit ("InstaTunnel", "98"). */
const NAME_WORD = /^[\p{Lu}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;

/**
 * True when the words before a staff word name a team: each opens with a capital or a digit and is no stopword, and
 * one holds a capital (a count is no name: "100+ Team" over a firm's staff figures, WCXB 4255).
 */
const namesTeam = (words: string, lang: CompiledPack): boolean =>
  CAPITAL.test(words) &&
  words.split(/\s+/u).every((word) => NAME_WORD.test(word) && !lang.stopwords.has(word.toLowerCase()));

/** True when the line over or under line `i` holds a date. */
const besideDate = (lines: readonly Line[], i: number, lang: CompiledPack): boolean =>
  [lines[i - 1], lines[i + 1]].some((line) => line !== undefined && findDate(line.text, lang) !== null);

/**
 * The name of the team that writes the post, on a line of its own between the headline `titleIndex` and the body's
 * first line `start`, or null: the line ends with one of the pack's staff words ("InstaTunnel Team", "Podium Staff")
 * after words that name a team ({@link namesTeam}; "Meet the Team", "Join Our Team" link to a page about the staff),
 * or is a staff word alone beside a date ("Newsdesk"); not in capitals. Asked once no line names a person. Why: a site
 * that signs its posts with its team gives no byline's "By", and its menu's code often takes the line for a link
 * ("InstaTunnel Team", "Podium Staff", "Paycom Blog Contributor", WCXB 0439, 4243, 0293).
 * @example teamByline(linesOf('Headline here\nMay 1, 2025\nAcme Team\nBody …'), 0, 3, compiledEn) // { name: 'Acme Team', index: 2 }
 */
export function teamByline(
  lines: readonly Line[],
  titleIndex: number,
  start: number,
  lang: CompiledPack,
): BareName | null {
  if (titleIndex < 0) return null;
  for (let i = titleIndex + 1; i < start && i < lines.length; i++) {
    const line = lines[i] as Line;
    // Why: a line in capitals under a news story's date names its source ("NEW YORK POST", multisite foxnews).
    if (line.words === 0 || line.words > MAX_TEAM_WORDS || isShouted(line)) continue;
    const name = line.text.trim();
    const staff = lang.match.staffWords.find(name);
    const last = staff[staff.length - 1];
    if (last === undefined || !name.toLowerCase().endsWith(last.toLowerCase())) continue;
    const before = name.slice(0, name.length - last.length).trim();
    // Why: a staff word alone is a role's label ("Contributor" under a contributor's name, multisite forbes) unless a
    // date stands right beside it, in the byline's place ("Newsdesk" under "19 Dec, 2025", WCXB 0456).
    if (before === '' ? besideDate(lines, i, lang) : namesTeam(before, lang)) return { name, index: i };
  }
  return null;
}
