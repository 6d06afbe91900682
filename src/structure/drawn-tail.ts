import { isWall, type LineScore } from '../analyze/extent.js';
import type { Line } from '../segment/segment.js';

/**
 * The lines of `kept` above `cutAt` (an index into `kept`) that only the lines from `cutAt` on drew into the body:
 * those after the line, from `start` (the body's first) to the cut's first line, where the body search's running sum
 * of `scores` peaks, or after the list of lines that cost nothing right under that line when it ends with a colon
 * (the list it opens, as `listsUnderColons` reads one). The body search ends the body where that sum peaks; prose
 * under a run of menu lines and headlines carries the body over them, and once that prose leaves the body (legal
 * small print long enough to score as prose, a link to the next post that reads as a question), the search would
 * have ended the body above them. Why: a footer's "© All Rights Reserved. If you would like to use …" under the
 * site's menu and other posts' teasers kept them (WCXB 0286 html-to-text; multisite-dev, cnn 2017: a disclaimer under
 * sponsored links), as a "Next article <headline>?" link kept the tags and sharing line above it (4012); cleaning the
 * article's text again, where they end the text, dropped them. Why the list: "try these:" over three sources (WCXB
 * 2235). Linear.
 * @example tailDrawnBy(lines, kept, scores, 12, kept.length - 1) // the menu lines between the prose and the print
 */
export function tailDrawnBy(
  lines: readonly Line[],
  kept: readonly Line[],
  scores: readonly LineScore[],
  start: number,
  cutAt: number,
): Line[] {
  const cut = kept[cutAt];
  if (cut === undefined) return [];
  let sum = 0;
  let best = 0;
  let peak = start - 1;
  let opensList = false;
  for (let i = start; i < cut.index; i++) {
    // Why: a section header inside the body is one the body search bridged, adding nothing for it; summed, its -Infinity
    // left the peak above it, and the whole article under an inline "Recommended" box went with the small print under
    // it (WCXB 4267 innertext in recall mode: 3,007 of the gold body's 3,034 words).
    if (isWall(scores[i])) continue;
    const score = (scores[i] as LineScore).score;
    sum += score;
    if (sum > best) {
      best = sum;
      peak = i;
      opensList = (lines[i] as Line).text.endsWith(':');
    } else if (opensList && score === 0 && peak === i - 1) peak = i;
  }
  let from = cutAt;
  while (from > 0 && (kept[from - 1] as Line).index > peak) from--;
  return kept.slice(from, cutAt);
}
