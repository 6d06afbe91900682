import type { Line } from '../segment/segment.js';
import type { Extent, LineScore, Widening } from './extent.js';

/**
 * The body's extent grown over the run of lines right under its last line that `scoreOf` scores, in turn until it
 * answers null, each line rescored as it said; or null when the run holds fewer than `minItems` lines or more than
 * `maxItems`. The walk of the widening steps that carry the body on past its last line (`blockTail`, `listTail`,
 * `labelledTail`, `listUnderColon`), which differ only in what goes on and how it scores. Linear in the run.
 * @example tailRun(lines, { start: 10, end: 40 }, (line) => (line.words < 8 ? lineScore(1, 'medium') : null)) // { extent: { start: 10, end: 42 }, rescored }
 */
export function tailRun(
  lines: readonly Line[],
  extent: Extent,
  scoreOf: (line: Line, k: number) => LineScore | null,
  minItems = 1,
  maxItems = Number.POSITIVE_INFINITY,
): Widening | null {
  const rescored = new Map<number, LineScore>();
  let end = extent.end;
  for (let k = extent.end + 1; k < lines.length && rescored.size <= maxItems; k++) {
    const score = scoreOf(lines[k] as Line, k);
    if (score === null) break;
    rescored.set(k, score);
    end = k;
  }
  return rescored.size < minItems || rescored.size > maxItems
    ? null
    : { extent: { start: extent.start, end }, rescored };
}
