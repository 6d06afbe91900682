import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, findExtent, isProse, isWall, type LineScore } from './extent.js';
import { runWords } from './run-words.js';

/** Least share of the body's prose score the run before it must hold to be the article's first part. */
const MIN_PART_SHARE = 0.2;
/**
 * Least share of content words the two runs must have in common (of the run with fewer): the same article goes on
 * under the same words. Measured on the WCXB dev pages: the parts of one article share 0.31–0.64, a run of other
 * pages' teasers or another article above the body at most 0.27 once it holds a fifth of the body's score.
 */
const MIN_SHARED_WORDS = 0.3;
/**
 * The least shared share when the run before holds at least {@link LARGE_PART_SHARE} of the body's score: a part
 * that large is no teaser box, and an article that reviews one product a section shares fewer words between its
 * parts (WCXB 4252: 0.29; held-out multisite-dev forbes 2009 and foxnews 2005 pages: 0.23–0.27). A mega-menu's
 * blurbs above a short body share as many (WCXB 4185: 0.28) but hold a fifth of its score.
 */
const MIN_SHARED_WORDS_LARGE = 0.2;
/** Least share of the body's prose score for the run before to count as a large part. */
const LARGE_PART_SHARE = 0.25;
/**
 * Least share of the body's prose score the run after it must hold to be the article's last part. Why higher than
 * above: under an article stand its related teasers and other posts, which share its words; on the WCXB dev pages
 * such a run below the body held up to 0.46 of its score and shared 0.2–0.34 of its words, and joining it cost F1.
 * The parts that a widget cuts apart hold more (folha 0.76; WCXB 0046 0.96, 0057 1.12).
 */
const MIN_NEXT_PART_SHARE = 0.5;

/** The article's other part beside the body, and the lines between the two that are not the article. */
export interface JoinedParts {
  /** The body from the first part's first line to the last part's last line. */
  readonly extent: Extent;
  /** The verdict for each line between the two parts that had none, by index. */
  readonly between: Map<number, Verdict>;
}

/**
 * Finds the first part of an article that a block of other text cuts in two: the densest run of prose above the
 * body, when it holds at least a fifth of the body's score and shares its words. Why: a page can drop a sidebar of
 * featured posts (WCXB 4252) or even another site's whole article (0397) between two parts of its article; the
 * body search keeps only the larger part. The lines between the parts leave the body. A comment thread between
 * them ends the article, so none may stand there. Linear.
 * @example firstPart(lines, scores, { start: 140, end: 180 }, en.stopwords) // { extent: { start: 110, end: 180 }, between: Map { 126 => … } }
 */
export function firstPart(
  lines: readonly Line[],
  scores: readonly LineScore[],
  extent: Extent,
  stopwords: ReadonlySet<string>,
): JoinedParts | null {
  if (extent.end < extent.start || extent.start === 0) return null;
  const body = netScore(scores, extent);
  // Cheap precheck: no run above the body scores more than all the prose there; most pages have little.
  if (positiveScore(scores, 0, extent.start) < MIN_PART_SHARE * body) return null;
  const before = findExtent(scores, extent.start);
  return joinParts(lines, scores, { upper: before, lower: extent, part: before }, body, MIN_PART_SHARE, stopwords);
}

/**
 * Finds the last part of an article that a block of other text cuts in two: the densest run of prose below the
 * body, when a section header stands between them, and it holds at least half of the body's score and shares its
 * words. Why: readability test page folha (pt): a photo gallery inside the
 * story, its "Leia Mais" button read as a related header and twenty lines of its controls and share buttons,
 * stands between the story's fourth and fifth paragraphs, and the body search kept only the four above. Linear.
 * @example nextPart(lines, scores, { start: 10, end: 40 }, en.stopwords) // { extent: { start: 10, end: 70 }, between: Map { 41 => … } }
 */
export function nextPart(
  lines: readonly Line[],
  scores: readonly LineScore[],
  extent: Extent,
  stopwords: ReadonlySet<string>,
): JoinedParts | null {
  const from = extent.end + 1;
  if (extent.end < extent.start || from >= scores.length) return null;
  const body = netScore(scores, extent);
  if (positiveScore(scores, from, scores.length) < MIN_NEXT_PART_SHARE * body) return null;
  const found = findExtent(scores.slice(from));
  const after = { start: found.start + from, end: found.end + from };
  // Only a part that a section header cut off: without one, the lines between are the article's own (a score card
  // of label and value lines between two paragraphs, WCXB 4253), and later passes judge them.
  let walled = false;
  for (let i = from; i < after.start && !walled; i++) walled = isWall(scores[i]);
  if (!walled) return null;
  return joinParts(lines, scores, { upper: extent, lower: after, part: after }, body, MIN_NEXT_PART_SHARE, stopwords);
}

/** Two runs of the page, the upper over the lower, and which of them is the body's other part. */
interface Runs {
  readonly upper: Extent;
  readonly lower: Extent;
  readonly part: Extent;
}

/**
 * Joins two runs into one body when the part (one of them, the body's other part) holds `minShare` of the `body`
 * score and the runs share their words, and no comment thread stands between them.
 */
function joinParts(
  lines: readonly Line[],
  scores: readonly LineScore[],
  { upper, lower, part }: Runs,
  body: number,
  minShare: number,
  stopwords: ReadonlySet<string>,
): JoinedParts | null {
  const partScore = part.end < part.start ? 0 : netScore(scores, part);
  if (partScore < minShare * body) return null;
  for (let i = upper.end + 1; i < lower.start; i++) if (scores[i]?.closes) return null;
  const prose = (i: number): boolean => isProse(scores[i]);
  const first = runWords(lines, upper, stopwords, prose);
  const second = runWords(lines, lower, stopwords, prose);
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  const minShared = partScore >= LARGE_PART_SHARE * body ? MIN_SHARED_WORDS_LARGE : MIN_SHARED_WORDS;
  if (shared < minShared * Math.min(first.size, second.size)) return null;
  const between = new Map<number, Verdict>();
  const reason = `between two parts of the article (lines ${upper.end + 2}–${lower.start})`;
  for (let i = upper.end + 1; i < lower.start; i++) between.set(i, { kind: 'other', reason });
  return { extent: { start: upper.start, end: lower.end }, between };
}

/** The sum of the positive scores of the lines from `from` to before `to`: all the prose there could add. */
function positiveScore(scores: readonly LineScore[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += Math.max(0, (scores[i] as LineScore).score);
  return sum;
}

/** The sum of the finite scores of a run's lines: its prose, less its chrome. */
function netScore(scores: readonly LineScore[], run: Extent): number {
  let sum = 0;
  for (let i = run.start; i <= run.end; i++) {
    const score = (scores[i] as LineScore).score;
    if (Number.isFinite(score)) sum += score;
  }
  return sum;
}
