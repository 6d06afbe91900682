import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';

/** A line that holds a number alone (a list's bullet before it aside): "3", " * 4". */
const NUMBER_ALONE = /^\d{1,2}$/;
/** Most steps of a rating scale ("1" to "10"); a longer count is a listing's line numbers. */
const MAX_SCALE = 10;
/** Fewest scales in the body that make them a widget's: one alone may be a table's or a listing's numbers. */
const MIN_SCALES = 2;

/**
 * Finds the body's rating scales: runs of lines that count "1", "2", … up to at most {@link MAX_SCALE}, one number a
 * line, written again and again at one length (a star widget under each product of a round-up). An article numbers
 * items over text, never two numbers one under the other: no gold text of the WCXB dev pages has such a pair. Not
 * counts of several lengths (code listings' line numbers, which a gold text may keep as a table's column, WCXB 0415),
 * nor numbers that do not count from one (a table's cells one a line, 0389). Found after the body search, such a line
 * only leaves the body. Returns an `other` verdict for each line of a scale still kept, by index. Linear.
 * @example ratingScales(linesOf('A\n1\n2\n3\nB\n1\n2\n3'), verdicts, extent) // Map { 1 => …, 2 => …, 3 => …, 5 => …, … }
 */
export function ratingScales(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
): Map<number, Verdict> {
  const scales: [number, number][] = [];
  let i = extent.start;
  while (i <= extent.end) {
    if (numberAlone(lines[i] as Line) !== 1) {
      i++;
      continue;
    }
    // Removed lines count towards the scale: a menu's pass may already have taken its first numbers.
    let end = i;
    while (end < extent.end && numberAlone(lines[end + 1] as Line) === end - i + 2) end++;
    if (end > i && end - i < MAX_SCALE) scales.push([i, end]);
    i = end + 1;
  }
  const found = new Map<number, Verdict>();
  // Why: WCXB 4694 innertext, 4835 html-to-text: a five-star scale as "1" to "5" under each product of a round-up.
  // Why one length: a widget repeats itself, where code listings' line numbers run as long as each listing (0415).
  const [first] = scales;
  if (first === undefined || scales.length < MIN_SCALES) return found;
  if (!scales.every(([start, end]) => end - start === first[1] - first[0])) return found;
  for (const [start, end] of scales) {
    const verdict: Verdict = {
      kind: 'other',
      reason: `a rating scale of ${end - start + 1} numbers, one of ${scales.length}`,
    };
    for (let k = start; k <= end; k++) if (verdicts[k] === undefined) found.set(k, verdict);
  }
  return found;
}

/** The number a line holds alone, or -1. */
function numberAlone(line: Line): number {
  return line.tokens.length === 1 && NUMBER_ALONE.test(line.text) ? Number(line.text) : -1;
}
