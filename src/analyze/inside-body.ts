import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';

/** Names one line of the body as chaff that only leaves the body, or returns undefined. */
export type BodyLineTest = (line: Line) => Verdict | undefined;

/**
 * Finds the lines inside the body that `tests` name (the first test that names a line gives its verdict): chaff that
 * stands among the article's paragraphs, such as a picture's caption or a player's notice. Found after the body
 * search, such a line only leaves the body, it never cuts it. Lines that hold a verdict keep it. Returns the verdicts
 * by line index. Linear: each line of the body is asked once by each test.
 * @example insideBody(lines, verdicts, extent, [placeCaption(EN.captionPlaces)]) // Map { 16 => { kind: 'other', … } }
 */
export function insideBody(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  tests: readonly BodyLineTest[],
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  for (let i = extent.start; i <= extent.end; i++) {
    if (verdicts[i]) continue;
    const line = lines[i] as Line;
    for (const test of tests) {
      const verdict = test(line);
      if (verdict === undefined) continue;
      found.set(i, verdict);
      break;
    }
  }
  return found;
}
