import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { nameInByline } from './byline.js';
import { type FoundDate, findDate } from './date.js';
import { splitGluedByline } from './glued-byline.js';
import { nameNotLabel } from './label-not-name.js';
import { isShouted } from './shouted.js';
import { splitTitleDate } from './title-date.js';
import { headlineOfGluedLine } from './title-dek.js';
import { trimTitleLabel } from './title-label.js';
import { trimTitleSource } from './title-source.js';
import { trimTitleSuffix } from './title-suffix.js';

/** What the headline's line gives: the headline, and the byline and date the page wrote on the same line. */
export interface HeadlineLine {
  readonly title: string;
  readonly byline: string | null;
  readonly date: FoundDate | null;
  /** A byline glued to the headline's end that names no one and gives no date leaves the name to the next line ("… in 2025 by"). */
  readonly bareByBelow: boolean;
}

/**
 * Reads the headline's line, `lines[titleIndex]`: the headline in its own case, without a site's suffix, a source, a
 * leading label or a date at its edge, and the byline glued to its end. `text` is the normalized text the lines were
 * cut from; `bodyWords` the body's counts of the headline's words.
 */
export function readHeadlineLine(
  text: string,
  lines: readonly Line[],
  titleIndex: number,
  bodyWords: ReadonlyMap<string, number>,
  lang: CompiledPack,
): HeadlineLine {
  const line = lines[titleIndex] as Line;
  const glued = splitGluedByline(line, lines, lang);
  // Why: a blog may write the post's date at the edge of its headline ("Advent of Code 2025 week 2 20 December
  // 2025", "DEC 18 2025 PREPARING A TRANSITION IN DEBUSINE"; WCXB 0398, 0450 html-to-text).
  const dated = splitTitleDate(
    trimTitleLabel(
      trimTitleSuffix(
        trimTitleSource(caseOf(glued?.headline ?? headlineOfGluedLine(text, line, lang), line, lines)),
        titleIndex,
        lines,
      ),
      bodyWords,
    ),
    lang,
  );
  if (!glued) return { title: dated.title, byline: null, date: dated.date, bareByBelow: false };
  const byline = nameNotLabel(nameInByline(glued.byline, lang), lines, lang);
  const date = findDate(glued.byline, lang);
  return { title: dated.title, byline, date: date ?? dated.date, bareByBelow: byline === null && date === null };
}

/**
 * The headline's text (`text`, from the line `title`) in its own case: html-to-text upper-cases `<h1>`, but the page often writes the same
 * words again in a breadcrumb or a sharing line ("Home » 34 Top Photography Trends in 2025", WCXB 0007).
 */
function caseOf(text: string, title: Line, lines: readonly Line[]): string {
  if (!isShouted(title)) return text;
  const wanted = text.toLowerCase();
  for (const line of lines) {
    if (isShouted(line) || line.text.length < text.length) continue;
    const at = line.text.toLowerCase().indexOf(wanted);
    // Same length when lower-cased: a case-only change keeps the offsets aligned (ß-like expansions do not).
    if (at >= 0 && line.text.toLowerCase().length === line.text.length) return line.text.slice(at, at + text.length);
  }
  return text;
}
