import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore } from './extent.js';

/** Fewest one-line blurbs, each under its label, that make a menu's cards rather than an article's opening. */
const MIN_BLURBS = 3;
/**
 * Least share of the blurbs' gain that the lines among and under them cost: a menu's cards barely pay for their labels,
 * buttons and the menu lines below them; an article's opening pays for its headings many times over.
 */
const MIN_COST_SHARE = 0.4;
/**
 * Most of the body's score from its first two paragraphs in a row that the blurbs may add: a menu above the article is
 * small beside it, where a list of items, each a name over a sentence, may run to the article's last two paragraphs.
 */
const MAX_GAIN_SHARE = 0.5;

/**
 * Moves the body's start past a run of a menu's blurbs: lines of prose that each stand alone under a short label
 * line with no verdict, with no paragraph continuing any of them, ahead of the body's first two paragraphs in a row.
 * The lines among and under the blurbs must cost at least {@link MIN_COST_SHARE} of what the blurbs add, and the
 * blurbs add at most {@link MAX_GAIN_SHARE} of the body below them. Why: a mega-menu's cards ("Ghosts on the ledger"
 * over "Payroll fraud is a major compliance risk. Learn how …", WCXB 0237; "Our Team" over a sentence and "Join Our
 * Team", 4255) are prose enough to carry the body search over the menu lines and the headline under them, so the
 * headline read as a line inside the body. Returns the extent unchanged otherwise. Linear.
 * @example leadingBlurbs(scores, verdicts, { start: 127, end: 300 }) // { start: 145, end: 300 }
 */
export function leadingBlurbs(
  scores: readonly LineScore[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
): Extent {
  let gain = 0;
  let cost = 0;
  let blurbs = 0;
  for (let i = extent.start; i < extent.end; i++) {
    const score = scores[i] as LineScore;
    if (isProse(score)) {
      if (isProse(scores[i + 1])) {
        if (blurbs < MIN_BLURBS || cost < MIN_COST_SHARE * gain) return extent;
        return gain <= MAX_GAIN_SHARE * netScore(scores, i, extent.end) ? { start: i, end: extent.end } : extent;
      }
      if (scores[i - 1]?.klass !== 'short' || verdicts[i - 1]) return extent;
      blurbs++;
    }
    if (score.score > 0) gain += score.score;
    else if (Number.isFinite(score.score)) cost -= score.score;
  }
  return extent;
}

/** The sum of the finite scores of the lines from `from` to `to` (inclusive). */
function netScore(scores: readonly LineScore[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) {
    const score = (scores[i] as LineScore).score;
    if (Number.isFinite(score)) sum += score;
  }
  return sum;
}
