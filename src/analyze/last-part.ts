import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent, LineScore } from './extent.js';
import { runWords } from './run-words.js';

/** No section labels: the default for callers that found none. */
const NO_LABELS: ReadonlyMap<number, Verdict> = new Map();
/**
 * Fewest lines of prose of their own ('good') in the tail: a single line under a break is a sign-off or a pitch, which
 * later passes judge, and a date line above it may still date the page (WCXB 4673).
 */
const MIN_TAIL_PROSE = 2;
/** Most of the article's prose score the tail may hold to be cut off: a larger one is the article's own last part. */
const MAX_TAIL_SHARE = 0.25;
/**
 * Least share of the tail's content words the article above the break must hold for the tail to be its own. Measured
 * on the dev pages: the tails cut off share 0.06–0.29 (a teaser box of other posts, an author's other articles, a
 * site's pitch); an article's last paragraphs under an inline box share more.
 */
const MIN_SHARED_WORDS = 0.3;

/**
 * Finds where the article ends when the body search carried it over a break into a short tail of other text. The
 * break is the last run of lines in the body without prose of their own that holds a line with a verdict (a sharing
 * bar, a sign-up line, a comment link); the tail under it must be small beside the article and share few of its
 * words. Why: other posts' teasers under an article's sharing and sign-up lines are prose enough to outweigh them
 * ("Join my newsletter", "Follow me on Twitter", then "On a related note, here are some interesting articles." over
 * three headlines with their summaries, WCXB 0466; "SHARE THIS POST" over a site's pitch and its other papers,
 * 0381). A line the page repeats makes no break: a video's placeholder between a story's paragraphs is written
 * again under each video (multisite-dev, bbc 2013); nor does a related label the page repeats between the article's
 * sections (`sectionLabels`, by index): a "Further Reading" box under each part of a review stands over its last
 * paragraph too (multisite-dev, arstechnica 2013 gran). Returns the body's new extent, or null to keep it. Linear.
 * @example lastPart(lines, scores, verdicts, { start: 10, end: 90 }, en.stopwords) // { start: 10, end: 71 }
 */
export function lastPart(
  lines: readonly Line[],
  scores: readonly LineScore[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  stopwords: ReadonlySet<string>,
  sectionLabels: ReadonlyMap<number, Verdict> = NO_LABELS,
): Extent | null {
  // Walk up from the end: the tail's lines, then the break, then the article's last paragraph.
  let tailStart = -1;
  let tailProse = 0;
  let marked = false;
  let breakStart = -1;
  for (let i = extent.end; i > extent.start; i--) {
    const score = scores[i] as LineScore;
    if (score.klass === 'good') {
      if (marked && tailProse >= MIN_TAIL_PROSE) {
        breakStart = i + 1;
        break;
      }
      tailProse++;
      tailStart = -1;
      marked = false;
      continue;
    }
    if (tailStart < 0) tailStart = i + 1;
    // Why: a repeat is no break (multisite-dev, bbc 2013), nor is a label repeated over the article's sections
    // (arstechnica 2013 gran).
    if (score.klass === 'bad' && verdicts[i]?.kind !== 'duplicate' && !sectionLabels.has(i)) marked = true;
  }
  if (breakStart < 0) return null;
  const article: Extent = { start: extent.start, end: breakStart - 1 };
  const tail: Extent = { start: tailStart, end: extent.end };
  if (proseScore(scores, tail) > MAX_TAIL_SHARE * proseScore(scores, article)) return null;
  const before = runWords(lines, article, stopwords);
  const after = runWords(lines, tail, stopwords);
  let shared = 0;
  for (const word of after) if (before.has(word)) shared++;
  return shared < MIN_SHARED_WORDS * after.size ? article : null;
}

/** The sum of the positive scores of a run's lines: its prose. */
function proseScore(scores: readonly LineScore[], run: Extent): number {
  let sum = 0;
  for (let i = run.start; i <= run.end; i++) sum += Math.max(0, (scores[i] as LineScore).score);
  return sum;
}
