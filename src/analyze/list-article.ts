import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore, lineScore, type Widening } from './extent.js';
import { wordHash } from './word-key.js';

/** Most words of prose the body search may have found for this rule: a line or two, not an article. */
const MAX_FOUND_WORDS = 40;
/** Fewest items of a list that is the article. */
const MIN_ITEMS = 10;
/** Fewest words an item has on average: a menu's entries have one to three. */
const MIN_ITEM_WORDS = 4;
/** Most of the items that may stand elsewhere on the page too: a menu's entries recur, a changelog's do not. */
const MAX_REPEATED_SHARE = 0.1;
// A sign and a space opening the line: a bullet the segmenter does not read as one ("+ Added Slime Block").
const LEADING_SIGN = /^[^\p{L}\p{N}\s]\s/u;

/** True for a text that opens with a sign and a space, a bullet the segmenter does not read as one ("+ Added Slime Block"). */
function opensWithSign(text: string): boolean {
  return LEADING_SIGN.test(text);
}

/**
 * True when the line at `i` opens with a sign and a space and a line beside it opens with the same sign: an item among
 * others of a list the segmenter does not read as one ("+ Added Granite…" over "+ Added Slime Block"), not a headline.
 * Why beside: one line opening with an emoji ("✅ Get an instant estimate" among other emojis, WCXB 0054) may be a
 * heading.
 * @example isSignItem(linesOf('+ Added Slime Block\n+ Added Banners'), 0) // true
 */
export function isSignItem(lines: readonly Line[], i: number): boolean {
  const text = (lines[i] as Line).text;
  if (!opensWithSign(text)) return false;
  const sign = text.codePointAt(0);
  const same = (k: number): boolean => {
    const other = lines[k]?.text;
    return other !== undefined && opensWithSign(other) && other.codePointAt(0) === sign;
  };
  return same(i - 1) || same(i + 1);
}

/**
 * The list that is the whole article, when the body search found only a line or two of prose inside it: a changelog or
 * release notes, one item a line, whose longest item outweighed the rest. Its items are lines that open with a list
 * marker or a sign and a space; they average a sentence's words, not a menu entry's, and do not recur on the page.
 * Why: a post of release notes ("+ Added Slime Block", "* Villager trading has been rebalanced", "- Removed
 * Herobrine", readability test page tumblr html-to-text) kept one item of 56 and lost the rest as short lines around
 * it. Returns null otherwise. Linear.
 * @example listArticle(lines, verdicts, scores, { start: 40, end: 40 }) // { extent: { start: 4, end: 59 }, rescored }
 */
export function listArticle(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
): Widening | null {
  if (extent.end < extent.start) return null;
  let found = 0;
  for (let i = extent.start; i <= extent.end; i++) {
    if (!isItem(lines, verdicts, i)) return null;
    if (isProse(scores[i])) found += (lines[i] as Line).words;
  }
  if (found > MAX_FOUND_WORDS) return null;
  let start = extent.start;
  let end = extent.end;
  while (isItem(lines, verdicts, start - 1)) start--;
  while (isItem(lines, verdicts, end + 1)) end++;
  const items = end - start + 1;
  if (items < MIN_ITEMS) return null;
  let words = 0;
  const seen = new Set<number>();
  for (let i = start; i <= end; i++) {
    words += (lines[i] as Line).words;
    seen.add(wordHash((lines[i] as Line).text));
  }
  if (words < MIN_ITEM_WORDS * items) return null;
  let repeated = 0;
  for (let i = 0; i < lines.length; i++)
    if ((i < start || i > end) && seen.has(wordHash((lines[i] as Line).text))) repeated++;
  if (repeated > MAX_REPEATED_SHARE * items) return null;
  const rescored = new Map<number, LineScore>();
  for (let i = start; i <= end; i++)
    if (!isProse(scores[i])) rescored.set(i, lineScore(Math.max(1, (lines[i] as Line).words / 2), 'medium'));
  return { extent: { start, end }, rescored };
}

/**
 * True for a line that opens with a list marker or a sign and a space, that no detector named but as a copy of the line
 * above: an item written twice ("* Lots and lots of other changes" over "* LOTS AND LOTS of other changes", tumblr)
 * leaves the list, it does not end it.
 */
function isItem(lines: readonly Line[], verdicts: readonly (Verdict | undefined)[], i: number): boolean {
  const line = lines[i];
  const verdict = verdicts[i];
  if (line === undefined || (verdict !== undefined && verdict.kind !== 'duplicate')) return false;
  return line.listMarker !== null || opensWithSign(line.text);
}
