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
 * `end`, else one just after it ({@link dateAfterBody}). Why: a date line or a byline with a date under a missed
 * headline ("by JILL BARSHAY August 25, 2025August 29, 2025", WCXB 0174; "Updated on Dec. 09, 2025", 0199).
 * Only up to the body's end: after it, such lines date comments and related posts (measured: 11 of 15 were not the
 * article's).
 */
export function dateOffHeader(ctx: MetaContext, end: number): FoundDate | null {
  const { lines, verdicts, lang } = ctx;
  return (
    firstInMetaLines(verdicts, end, (i) => findDate((lines[i] as Line).text, lang)) ??
    dateAfterBody(lines, verdicts, end, lang)
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
 * The date of a line just after the body that still dates the article, or null, read in one walk: a labelled date
 * line there ({@link labelledDate}) wherever it stands in reach, else the first footer dateline
 * ({@link isFooterDateline}) in the {@link LABELLED_DATE_REACH} lines after the body. Each line's date is read once.
 */
function dateAfterBody(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  end: number,
  lang: CompiledPack,
): FoundDate | null {
  const stop = Math.min(lines.length, end + 1 + LABEL_OVER_DATE_REACH);
  const nearStop = end + 1 + LABELLED_DATE_REACH;
  let footer: FoundDate | null = null;
  // The date of line i - 1 when the walk read it, undefined when it did not.
  let dateAbove: FoundDate | null | undefined;
  for (let i = end + 1; i < stop; i++) {
    const line = lines[i] as Line;
    const meta = verdicts[i]?.kind === 'byline-meta';
    const near = i < nearStop;
    let date: FoundDate | null | undefined;
    if (near && (meta || footer === null)) {
      date = findDate(line.text, lang);
      if (date !== null && meta && labelledDate(lines, i, near, dateAbove, lang)) return date;
      if (date !== null && footer === null && isFooterDateline(line.text, date, lang)) footer = date;
    } else if (meta && labelledDate(lines, i, near, dateAbove, lang)) {
      date = findDate(line.text, lang);
      if (date !== null) return date;
    }
    dateAbove = date;
  }
  return footer;
}

/**
 * Whether the byline or date line at `i`, just after the body, is one whose date is the page's own: a date label
 * opens or heads it ("Last updated: November 13, 2025", WCXB 0341; "Published" over "August 30, 2024", 4079), or a
 * byline heads it ("Written by Moses Kim and Kate Shokurova" over "April 8, 2024", 0233), where an unlabelled one there
 * dates a comment or a related post. Measured on the dev set: 13 more dates, none wrong (30 lines: 15 more, 2 wrong).
 * A date under a line that holds only its label is read up to {@link LABEL_OVER_DATE_REACH} lines past the body: 2
 * more pages, none wrong. `near`: the line is within {@link LABELLED_DATE_REACH} of the body; `dateAbove`: the date
 * of the line above if already read.
 */
function labelledDate(
  lines: readonly Line[],
  i: number,
  near: boolean,
  dateAbove: FoundDate | null | undefined,
  lang: CompiledPack,
): boolean {
  const labelled = (line: Line | undefined): boolean =>
    line !== undefined && openingPhrase(lang.match.dateLabels, line.text) !== undefined;
  if (near && (labelled(lines[i]) || labelled(lines[i - 1]) || (i > 0 && bylineNameAt(lines, i - 1, lang) !== null)))
    return true;
  // Why: a date under a line that holds only its label dates the page however far past the body it stands, after
  // tags and rights notes ("PUBLISHED" over "Feb 2, 2023", WCXB 0463; "Publish date" over "15 November 2018", 4105).
  const label = lines[i - 1];
  if (label === undefined) return false;
  return (
    (dateAbove === undefined ? findDate(label.text, lang) : dateAbove) === null &&
    looksLikeDateLine(label, lang) &&
    looksLikeDateLine(lines[i] as Line, lang)
  );
}

/** Nothing but marks and spaces: what may stand before a post's footer dateline once its labels and weekday are gone. */
const MARKS_ONLY = /^[\s\p{P}\p{S}]*$/u;
/** The time of day right after a date ("at 11:00 am"), then a bar or a bullet: the end of a dateline's first field. */
const TIME_THEN_FIELD = new RegExp(
  String.raw`^[\s,]*(?:\p{L}{1,3}\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?\s*[${BULLETS}]`,
  'iu',
);

/**
 * Whether `text`, a line just after the body whose first date is `date`, is a post's footer dateline: it opens with
 * the date (after a date label, a weekday or marks alone), then the time of day it was posted, then a bar or a bullet
 * and the post's other fields ("Monday, August 11th, 2025 at 11:00 am | Categories: …", WCXB 4239). Why the time: a
 * related post's card after the body gives its day alone ("March 22nd, 2024|Reviews|"), and a comment's date line has
 * no fields.
 */
function isFooterDateline(text: string, date: FoundDate, lang: CompiledPack): boolean {
  // Why: WCXB 4239 dates its post only in a classic blog theme's footer line, under the tags.
  const at = text.indexOf(date.text);
  const before = lang.match.weekdays.strip(lang.match.dateLabels.strip(text.slice(0, at)));
  return MARKS_ONLY.test(before) && TIME_THEN_FIELD.test(text.slice(at + date.text.length));
}
