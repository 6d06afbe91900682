import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore } from './extent.js';

/** A slideshow's counter on a line of its own: a number, a short word or a slash, the slide count ("3 of 23"). */
const COUNTER = /^(\d{1,3}) ?(?:\p{L}{1,3}|\/) ?(\d{1,3})$/u;
/** Fewest slides counted in a row that make a slideshow; two numbers over a fraction may be chance. */
const MIN_SLIDES = 3;

/**
 * Finds a slideshow embedded in the article: counters "1 of M", "2 of M", … on lines of their own, one under each
 * slide, counting up in order with one slide count, and the article's prose both above the first slide and under
 * the last. The slides' captions and labels are another story's pictures, not the article's text. A slideshow that
 * is the whole body (a gallery page, its captions the text) has no prose around it and stays. The first slide takes
 * as many lines above its counter as the second does. Returns a `related` verdict for each line of the slideshow
 * without one, by index. Linear.
 * @example slideCounters(lines, verdicts, scores, extent) // Map { 40 => { kind: 'related', reason: 'slide 1 of 23 …' }, … }
 */
export function slideCounters(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  // The counters of the slideshow being read: line indices, slide 1 first.
  let counters: number[] = [];
  let total = 0;
  const close = (): void => {
    if (counters.length >= MIN_SLIDES) markSlideshow(verdicts, scores, extent, counters, total, found);
    counters = [];
  };
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (line.tokens.length > 3) continue;
    const m = COUNTER.exec(line.text);
    if (m === null) continue;
    const slide = Number(m[1]);
    const count = Number(m[2]);
    if (counters.length > 0 && count === total && slide === counters.length + 1) {
      counters.push(i);
      continue;
    }
    close();
    if (slide === 1 && count >= MIN_SLIDES) {
      counters = [i];
      total = count;
    }
  }
  close();
  return found;
}

/** Marks the lines from the first slide's start to the last counter, when the article's prose stands around them. */
function markSlideshow(
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  counters: readonly number[],
  total: number,
  found: Map<number, Verdict>,
): void {
  const [first = 0, second = 0] = counters;
  const start = Math.max(extent.start, first - (second - first) + 1);
  const end = counters[counters.length - 1] ?? first;
  const prose = (i: number): boolean => verdicts[i] === undefined && isProse(scores[i]);
  let above = false;
  for (let i = extent.start; i < start && !above; i++) above = prose(i);
  let below = false;
  for (let i = end + 1; i <= extent.end && !below; i++) below = prose(i);
  // Why: multisite-dev cnn/2017-russia-2: a 23-slide gallery of another story ("10 years of war …",
  // "Hide Caption", "1 of 23") between two paragraphs of the article, as long as the article itself.
  if (!above || !below) return;
  let slide = 0;
  for (let i = start; i <= end; i++) {
    if (i > (counters[slide] ?? end)) slide++;
    if (verdicts[i] !== undefined) continue;
    found.set(i, {
      kind: 'related',
      reason: `slide ${slide + 1} of ${total} of a slideshow inside the article (${counters.length} counted)`,
    });
  }
}
