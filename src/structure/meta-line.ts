import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { findDate, holdsDateField, holdsLabelledDate, opensWithDate, opensWithLabelledDate } from './date.js';
import { isMeta, type MetaContext } from './title.js';

/** How many lines under the headline a date line with more in it (a name, a category, comments) may stand. */
export const DATELINE_REACH = 2;
/** Most words of such a date line; beyond this it is a dek or a lede. */
export const MAX_DATELINE_WORDS = 20;

/**
 * A test of whether line `i` of `ctx` is a byline or date line, read around the headline at `titleIndex` (-1 for
 * none): a line the detectors took for one, a prompt beside one, a line over the headline that opens with a date, or a
 * short line right under the headline that holds a date with more in it.
 */
export function metaLineTest(ctx: MetaContext, titleIndex: number): (i: number) => boolean {
  const { lines, verdicts, lang } = ctx;
  // Why: a reading-time prompt often carries the date ("Nov 08, 2025 7 min read", WCXB 0032), and the line under the
  // headline may hold more than a detector's date line allows ("Posted on December 18, 2025 Posted by John Scalzi 59
  // Comments", 0479; "Dec 26, 2025 • Mahua Das in Project Management", 4218). A dateline over the headline may run
  // on past a name ("Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on …", 0421).
  return (i: number): boolean => {
    const verdict = verdicts[i];
    const line = lines[i] as Line;
    const under = i - titleIndex;
    // Why: a dateline among the post's tags reads as a menu ("Essay - Published: 2025.12.17 | artificial-intelligence |
    // create |" under the headline, WCXB 0488); a menu never labels a date.
    if (verdict?.kind === 'nav' && titleIndex >= 0 && under >= 1 && under <= DATELINE_REACH)
      return holdsLabelledDate(line.text, lang);
    if (verdict !== undefined)
      return verdict.kind === 'byline-meta' || (verdict.kind === 'ui-prompt' && isMeta(ctx, i));
    if (under < 0) return opensWithDate(line.text, lang);
    return (
      titleIndex >= 0 &&
      under >= 1 &&
      under <= DATELINE_REACH &&
      !line.endsSentence &&
      (line.words <= MAX_DATELINE_WORDS ||
        opensWithLabelledDate(line.text, lang) ||
        // why: readability test page lemonde-1 — "Le Monde | 04.05.2015 à 13h36 • Mis à jour le … | Par … (avec …)"
        // runs past the words a dateline has, its fields parted by bars.
        holdsDateField(line.text, lang))
    );
  };
}

/**
 * True when a line of `[from, to)` is a byline or date line by `isMetaLine`. Why: a line the page marks as a heading or
 * a quote is no byline or date, though short enough for a dateline's place: a sentence over a subheading is the body's
 * first paragraph, not a dek ("## What Comes Next" and "Share" under it; test/properties.test.ts, fast-check seeds 2,
 * 8, 233), and the article's text, cleaned again, read it so. List items still count: a crumb trail as a list stands
 * under real deks (html-to-text, WCXB 0038, 4362).
 */
export function metaLineBetween(
  lines: readonly Line[],
  isMetaLine: (i: number) => boolean,
  from: number,
  to: number,
): boolean {
  for (let j = from; j < to; j++) {
    const line = lines[j] as Line;
    if (line.headingLevel === 0 && !line.quoted && isMetaLine(j)) return true;
  }
  return false;
}

/**
 * True when a byline or date line with a date stands within {@link DATELINE_REACH} lines under the headline. Why: a
 * date over the headline yields to a dateline right under it, the headline's own: over it stand the dates of the list
 * of posts the headline closes ("12/16/2025", "CAS Past President …", "12/04/2025" over the headline, "03/01/2017 by
 * Agatha Caleo, …" under it; WCXB 0370).
 */
export function datedUnderHeadline(
  lines: readonly Line[],
  titleIndex: number,
  isMetaLine: (i: number) => boolean,
  lang: CompiledPack,
): boolean {
  for (let k = titleIndex + 1; k <= titleIndex + DATELINE_REACH && k < lines.length; k++)
    if (isMetaLine(k) && findDate((lines[k] as Line).text, lang) !== null) return true;
  return false;
}

/**
 * What `read` finds in the first line (by its index), up to `last`, that the detectors took for a byline or date line; null when
 * none gives anything.
 */
export function firstInMetaLines<T>(
  verdicts: readonly (Verdict | undefined)[],
  last: number,
  read: (i: number) => T | null,
): T | null {
  for (let i = 0; i <= last; i++) {
    if (verdicts[i]?.kind !== 'byline-meta') continue;
    const found = read(i);
    if (found !== null) return found;
  }
  return null;
}
