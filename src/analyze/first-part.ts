import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, findExtent, isProse, type LineScore } from './extent.js';
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

/** The article's first part above the body, and the lines between the two that are not the article. */
export interface FirstPart {
  /** The body from the first part's first line to the old body's last line. */
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
): FirstPart | null {
  if (extent.end < extent.start || extent.start === 0) return null;
  const body = netScore(scores, extent);
  // Cheap precheck: no run above the body scores more than all the prose there; most pages have little.
  let above = 0;
  for (let i = 0; i < extent.start; i++) above += Math.max(0, (scores[i] as LineScore).score);
  if (above < MIN_PART_SHARE * body) return null;
  const before = findExtent(scores, extent.start);
  const part = before.end < before.start ? 0 : netScore(scores, before);
  if (part < MIN_PART_SHARE * body) return null;
  for (let i = before.end + 1; i < extent.start; i++) if (scores[i]?.closes) return null;
  const prose = (i: number): boolean => isProse(scores[i]);
  const first = runWords(lines, before, stopwords, prose);
  const second = runWords(lines, extent, stopwords, prose);
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  const minShared = part >= LARGE_PART_SHARE * body ? MIN_SHARED_WORDS_LARGE : MIN_SHARED_WORDS;
  if (shared < minShared * Math.min(first.size, second.size)) return null;
  const between = new Map<number, Verdict>();
  const reason = `between two parts of the article (lines ${before.end + 2}–${extent.start})`;
  for (let i = before.end + 1; i < extent.start; i++) between.set(i, { kind: 'other', reason });
  return { extent: { start: before.start, end: extent.end }, between };
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
