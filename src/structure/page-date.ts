import { type CompiledPack, openingPhrase } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { bylineNameAt } from './byline.js';
import { earliestDate, type FoundDate, findDate, looksLikeDateLine } from './date.js';
import { BULLETS } from './field-marks.js';
import { firstInMetaLines } from './meta-line.js';
import type { MetaContext } from './title.js';

/**
 * The date of a byline or date line the header scan did not reach, or null: the first such line up to the body's
 * `end`, else a labelled one just after it ({@link labelledDateAfter}), else the post's footer dateline there
 * ({@link fieldDatelineAfter}). Why: a date line or a byline with a date under a missed headline ("by JILL BARSHAY
 * August 25, 2025August 29, 2025", WCXB 0174; "Updated on Dec. 09, 2025", 0199).
 * Only up to the body's end: after it, such lines date comments and related posts (measured: 11 of 15 were not the
 * article's).
 */
export function dateOffHeader(ctx: MetaContext, end: number): FoundDate | null {
  const { lines, verdicts, lang } = ctx;
  return (
    firstInMetaLines(verdicts, end, (i) => findDate((lines[i] as Line).text, lang)) ??
    labelledDateAfter(lines, verdicts, end, lang) ??
    fieldDatelineAfter(lines, end, lang)
  );
}

/**
 * The earliest date of a date line just after the body that opens with the article's writer, `byline` (in any case),
 * or null: the post's own dateline, where an unlabelled one there dates a comment or a related post. Why: innerText
 * glues the writer's name and the day the post was updated before the day it was published ("Tom2024-04-18T13:00:39
 * +00:00March 22nd, 2024|Reviews|" under the body, the writer named only in the author box; WCXB 4817).
 */
export function writersDatelineAfter(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  end: number,
  byline: string,
  lang: CompiledPack,
): FoundDate | null {
  const writer = byline.toLowerCase();
  for (let i = end + 1; i < Math.min(lines.length, end + 1 + LABELLED_DATE_REACH); i++) {
    const { text } = lines[i] as Line;
    if (
      verdicts[i]?.kind === 'byline-meta' &&
      text.slice(0, writer.length).toLowerCase() === writer &&
      !LOWER_CASE_LETTER.test(text.charAt(writer.length))
    )
      return earliestDate(text, lang);
  }
  return null;
}

const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Lines after the body's end in which a labelled date line still dates the article. */
const LABELLED_DATE_REACH = 10;
/** Lines after the body's end in which a date under its label standing alone still dates the article. */
const LABEL_OVER_DATE_REACH = 30;

/**
 * The date of a date line just after the body that a date label opens or heads ("Last updated: November 13, 2025",
 * WCXB 0341; "Published" over "August 30, 2024", 4079), or a byline heads ("Written by Moses Kim and Kate Shokurova"
 * over "April 8, 2024", 0233): a page's own date, where an unlabelled one there dates a comment or a related post.
 * Measured on the dev set: 13 more dates, none wrong (30 lines: 15 more, 2 wrong). A date under a line that holds only
 * its label is read up to {@link LABEL_OVER_DATE_REACH} lines past the body: 2 more pages, none wrong.
 */
function labelledDateAfter(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  end: number,
  lang: CompiledPack,
): FoundDate | null {
  const labelled = (line: Line | undefined): boolean =>
    line !== undefined && openingPhrase(lang.match.dateLabels, line.text) !== undefined;
  // Why: a date under a line that holds only its label dates the page however far past the body it stands, after
  // tags and rights notes ("PUBLISHED" over "Feb 2, 2023", WCXB 0463; "Publish date" over "15 November 2018", 4105).
  const underLabelAlone = (i: number): boolean => {
    const label = lines[i - 1];
    if (label === undefined) return false;
    return (
      findDate(label.text, lang) === null && looksLikeDateLine(label, lang) && looksLikeDateLine(lines[i] as Line, lang)
    );
  };
  for (let i = end + 1; i < Math.min(lines.length, end + 1 + LABEL_OVER_DATE_REACH); i++) {
    if (verdicts[i]?.kind !== 'byline-meta') continue;
    const near = i <= end + LABELLED_DATE_REACH;
    const headedByByline = near && i > 0 && bylineNameAt(lines, i - 1, lang) !== null;
    if (!((near && (labelled(lines[i]) || labelled(lines[i - 1]))) || headedByByline || underLabelAlone(i))) continue;
    const date = findDate((lines[i] as Line).text, lang);
    if (date) return date;
  }
  return null;
}

/** Nothing but marks and spaces: what may stand before a post's footer dateline once its labels and weekday are gone. */
const MARKS_ONLY = /^[\s\p{P}\p{S}]*$/u;
/** The time of day right after a date ("at 11:00 am"), then a bar or a bullet: the end of a dateline's first field. */
const TIME_THEN_FIELD = new RegExp(
  String.raw`^[\s,]*(?:\p{L}{1,3}\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?\s*[${BULLETS}]`,
  'iu',
);

/**
 * The date of a post's footer dateline just after the body, or null: a line that opens with a date (after a date
 * label, a weekday or marks alone), then the time of day it was posted, then a bar or a bullet and the post's other
 * fields ("Monday, August 11th, 2025 at 11:00 am | Categories: …", WCXB 4239). Why the time: a related post's card
 * after the body gives its day alone ("March 22nd, 2024|Reviews|"), and a comment's date line has no fields.
 */
function fieldDatelineAfter(lines: readonly Line[], end: number, lang: CompiledPack): FoundDate | null {
  // Why: WCXB 4239 dates its post only in a classic blog theme's footer line, under the tags.
  for (let i = end + 1; i < Math.min(lines.length, end + 1 + LABELLED_DATE_REACH); i++) {
    const { text } = lines[i] as Line;
    const date = findDate(text, lang);
    if (date === null) continue;
    const at = text.indexOf(date.text);
    const before = lang.match.weekdays.strip(lang.match.dateLabels.strip(text.slice(0, at)));
    if (MARKS_ONLY.test(before) && TIME_THEN_FIELD.test(text.slice(at + date.text.length))) return date;
  }
  return null;
}
