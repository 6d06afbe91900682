import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore } from './extent.js';

/** How many lines a window of a directory spans. */
const RECORD_WINDOW = 8;
/** Fewest numbered lines in a window for it to be a directory: two fields of a record or more every eight lines. */
const MIN_RECORD_LINES = 4;
// A first word made only of digits and the separators of addresses, phone numbers and codes: "110", "(415)",
// "415-561-0230", "94109"; no currency or percent sign, so a price or a share is no record field.
const NUMBER_WORD = /^\(?\p{N}[\p{N}.,:/()-]*$/u;
/** A line that is a number of one to three digits and nothing else: a step's or a rank's counter ("00", "7"). */
const COUNTER = /^\p{N}{1,3}$/u;

/**
 * True when the line opens with a number that is not a price or a percent ("110 Gough St.", "(415) 861-5449").
 * @example isRecordLine(lineOf('110 Gough St. Suite 301')) // true; lineOf('$35 per session') gives false
 */
export function isRecordLine(line: Line): boolean {
  const first = line.text.split(' ', 1)[0] ?? '';
  return NUMBER_WORD.test(first);
}

/**
 * Extends the body over a directory of short records right after its last line: names, street addresses and
 * phone numbers, where a line opening with a number comes back at least four times in every eight lines. The
 * records are short and carry no sentence, so the body search stops before them; they are the article's data
 * all the same (WCXB 0313: a list of low-cost clinics, each with its address and phone, under two lines of
 * prose). The directory ends at the first line with a verdict; prose right after it joins it. Linear time.
 * @param sparseOpenings How many numbered lines too sparse to be fields may open the directory before its dense ones
 * (`Settings.sparseRecordOpenings`).
 * @example extendOverRecords(lines, verdicts, scores, { start: 3, end: 4 }) // { start: 3, end: 60 }
 */
export function extendOverRecords(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  sparseOpenings = 0,
): Extent {
  if (extent.end < extent.start) return extent;
  // The first line with a verdict after the body: no directory crosses it.
  let limit = extent.end + 1;
  while (limit < lines.length && !verdicts[limit]) limit++;
  // Numbered lines after the body, in order; a directory may open with a record's unnumbered fields (its name).
  const numbered: number[] = [];
  for (let i = extent.end + 1; i < limit; i++) if (isRecordLine(lines[i] as Line)) numbered.push(i);
  // A numbered line is a record field when enough others stand within a window's reach of it; the directory
  // runs over such fields as long as each is within a window of the one before.
  let last = -1;
  for (let k = 0; k < numbered.length; k++) {
    const at = numbered[k] as number;
    // A sparse numbered line that opens the directory (up to `sparseOpenings` of them) is reached from the one before.
    const before = last >= 0 ? last : k > 0 ? (numbered[k - 1] as number) : -1;
    if (before < 0 ? at - extent.end > RECORD_WINDOW - MIN_RECORD_LINES : at - before > RECORD_WINDOW) break;
    if (!isDense(numbered, k)) {
      // why: WCXB 0313 innertext in recall mode — the looser body search ends a record lower, under its longer line,
      // and the directory's first fields stand too far apart to count; the dense ones a line or two further do. A bare
      // counter opens no directory (0378: a course's steps "00" to "10", each over its title and a commit's link).
      if (last < 0 && (k >= sparseOpenings || COUNTER.test((lines[at] as Line).text))) break;
      continue;
    }
    last = at;
  }
  if (last < 0) return extent;
  // The last record's fields after its number ("Psychotherapy", "Fees based on income"), then closing prose.
  let end = Math.min(last + RECORD_WINDOW - MIN_RECORD_LINES, limit - 1);
  while (end + 1 < limit && isProse(scores[end + 1])) end++;
  return { start: extent.start, end };
}

/** True when the numbered line `numbered[k]` has enough numbered lines within a window on either side. */
function isDense(numbered: readonly number[], k: number): boolean {
  const at = numbered[k] as number;
  let from = k;
  while (from > 0 && at - (numbered[from - 1] as number) < RECORD_WINDOW) from--;
  let to = k;
  while (to + 1 < numbered.length && (numbered[to + 1] as number) - at < RECORD_WINDOW) to++;
  return to - from + 1 >= MIN_RECORD_LINES;
}
