import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, findExtent, type LineScore } from './extent.js';
import { REPEAT_SCORE, repeatedSentences } from './repeated-sentences.js';
import { secondCopy } from './second-copy.js';

/**
 * A step of the body search (`findBody`): the densest run of prose ({@link findExtent}), searched again when the page repeats
 * sentences inside it or writes a hidden second copy of the article: those lines leave the body with a verdict and
 * score neutral, as if they were not there. Sets `verdicts` and `scores` in place. Linear.
 * @example extentWithoutRepeats(lines, verdicts, scores) // { start: 4, end: 31 }
 */
export function extentWithoutRepeats(
  lines: readonly Line[],
  verdicts: (Verdict | undefined)[],
  scores: LineScore[],
): Extent {
  let extent = findExtent(scores);
  // Why before the short-line pass: a repeated sentence leaves the body, so it must not vouch for the short lines
  // beside it or stretch the body over them; cleaning the article's text again would drop them (a heading or a list
  // over a pull quote's second copy, test/properties.test.ts). Scored neutral, as if it were not there.
  const repeats = repeatedSentences(lines, (i) => verdicts[i] !== undefined, extent.start, extent.end);
  for (const [i, verdict] of repeats) verdicts[i] = verdict;
  // Why: a renderer that ignores CSS writes a hidden copy of the article after it (WCXB 4258); its exact lines are
  // the repeats just found, its others (markdown links) are found by their words.
  for (const [i, verdict] of secondCopy(lines, verdicts, extent)) {
    verdicts[i] = verdict;
    repeats.set(i, verdict);
  }
  if (repeats.size > 0) {
    for (const i of repeats.keys()) scores[i] = REPEAT_SCORE;
    extent = findExtent(scores);
  }
  return extent;
}
