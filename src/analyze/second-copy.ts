import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { repeatOf } from './duplicates.js';
import type { Extent } from './extent.js';
import { wordHash, wordKey } from './word-key.js';

/** Fewest words of a line that counts as prose for the copy test: short lines repeat by chance. */
const MIN_PROSE_WORDS = 8;
/** Fewest prose lines of the body a second copy must repeat: a quote pulled out twice is not a copy. */
const MIN_REPEATED_LINES = 5;
/** Words of a line's opening: only lines that open alike are compared whole. */
const OPENING_WORDS = 4;
/** Least share of the prose lines from the copy's first line to the body's end that repeat earlier lines. */
const MIN_REPEATED_SHARE = 0.6;

// A markdown link's target and the markup around words: a page's source copy writes "[CRM](https://…)" and
// "**Best for:**" where the rendered copy has "CRM" and "Best for:".
const MARKDOWN_LINK_TARGET = /\]\([^)\s]*\)/g;
const wordsOf = (line: Line): string =>
  line.text.includes('](') ? line.text.replace(MARKDOWN_LINK_TARGET, ' ') : line.text;

/**
 * Finds a second copy of the article at the end of its body: from some line to the body's end, most lines of
 * prose repeat a line that stands earlier in the body (a page's markdown source or a hidden print copy that a
 * renderer which ignores CSS writes out after the article, WCXB 4258). Returns a `duplicate` verdict for every
 * line of the copy without one, by index. Linear: one hash per line of the body, one pass each way.
 * @example secondCopy(lines, verdicts, extent) // Map { 58 => { kind: 'duplicate', reason: 'second copy of the body …' }, … }
 */
export function secondCopy(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  if (extent.end <= extent.start) return found;
  // Prose lines by the hash of their words; a hash met again is confirmed by comparing the words themselves. The
  // last line with each hash, and for each line the one before it with its hash (-1 for none): no array per line.
  const lastWith = new Map<number, number>();
  const sameHashBefore = new Int32Array(extent.end + 1);
  const sameWords = (i: number, j: number): boolean =>
    wordKey(wordsOf(lines[i] as Line)) === wordKey(wordsOf(lines[j] as Line));
  const addHashed = (i: number): number => {
    const hash = wordHash(wordsOf(lines[i] as Line));
    const last = lastWith.get(hash) ?? -1;
    sameHashBefore[i] = last;
    lastWith.set(hash, i);
    return last;
  };
  // Why hashed in two steps: a line can only repeat one that opens with the same words, and most prose lines share
  // their opening with no line above them; those are read only as far as their opening. The first line with an
  // opening is hashed whole once a second one comes (-1 then), every later one at once.
  const firstOpening = new Map<number, number>();
  // repeated[i]: 1 when line i is prose that repeats an earlier prose line of the body, 0 for other prose,
  // -1 for lines that are not prose.
  const repeated = new Int8Array(extent.end + 1).fill(-1);
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (line.words < MIN_PROSE_WORDS) continue;
    // A sentence already found to repeat one above it is a line of the copy too; not one written twice in a row,
    // which the body keeps once (a page's opening paragraph twice over the article's, WCXB 0355 html-to-text).
    if (verdicts[i]) {
      if (verdicts[i]?.kind === 'duplicate' && !(i > 0 && repeatOf(lines[i - 1] as Line, line))) repeated[i] = 1;
      continue;
    }
    const opening = wordHash(wordsOf(line), OPENING_WORDS);
    const first = firstOpening.get(opening);
    if (first === undefined) {
      firstOpening.set(opening, i);
      repeated[i] = 0;
      continue;
    }
    if (first >= 0) {
      addHashed(first);
      firstOpening.set(opening, -1);
    }
    let repeats = false;
    for (let j = addHashed(i); j >= 0 && !repeats; j = sameHashBefore[j] as number) repeats = sameWords(i, j);
    repeated[i] = repeats ? 1 : 0;
  }
  // Walk back from the end; the copy starts at the earliest repeated line where the suffix still holds mostly
  // repeats.
  let repeats = 0;
  let prose = 0;
  let from = -1;
  for (let i = extent.end; i >= extent.start; i--) {
    const r = repeated[i] as number;
    if (r < 0) continue;
    prose++;
    repeats += r;
    if (r === 1 && repeats >= MIN_REPEATED_LINES && repeats >= MIN_REPEATED_SHARE * prose) from = i;
  }
  if (from < 0) return found;
  const verdict: Verdict = {
    kind: 'duplicate',
    reason: `second copy of the body (lines ${from}–${extent.end} repeat earlier lines)`,
  };
  for (let i = from; i <= extent.end; i++) if (!verdicts[i]) found.set(i, verdict);
  return found;
}
