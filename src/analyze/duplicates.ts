import stringSimilarity from 'string-similarity';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** How many lines ahead an alt-text line may be from the caption it duplicates. */
const CAPTION_WINDOW = 2;

/** A line of closing brackets alone, perhaps with a statement's end: the end of nested blocks in a listing. */
const CLOSING_BRACKETS = /^[)\]}]+[;,]?$/;

const keyOf = (line: Line): string => line.rawText.toLowerCase();
// Lower-casing keeps the length of every character but U+0130 (İ → i̇), which it lengthens by one, so of two lines
// of different lengths only the shorter can lower-case to the other, and only when it holds the letter: most
// neighbours are told apart without lower-casing both, and without reading the longer one.
const sameLine = (a: Line, b: Line): boolean => {
  if (a.rawText === b.rawText) return true;
  const lengths = a.rawText.length - b.rawText.length;
  if (lengths !== 0 && !(lengths < 0 ? a : b).rawText.includes('\u0130')) return false;
  return keyOf(a) === keyOf(b);
};

// Why shared: a run of repeated lines gives each the same verdict; one object per word count, not per line.
const repeatVerdicts: Verdict[] = [];
function repeatVerdict(words: number): Verdict {
  let verdict = repeatVerdicts[words];
  if (verdict === undefined) {
    verdict = { kind: 'duplicate', reason: `repeats the line above (words=${words})` };
    if (words < MAX_SHARED_WORDS) repeatVerdicts[words] = verdict;
  }
  return verdict;
}
/** Word counts up to which the repeat verdicts are kept. */
const MAX_SHARED_WORDS = 256;

/**
 * The verdict on a line that repeats another: an alt text just before the caption it duplicates
 * (`duplicate-caption`) or a line repeated right after itself (`duplicate`); undefined for any other line.
 * Constant time: repeats against the line above, captions against the next two lines.
 * @param above The index of the line above that stays in the article's text: a caller that knows which lines
 *   above go may skip them.
 * @default above `i - 1`
 * @example duplicateOf(linesOf('Share\nShare'), 1, 0.9) // { kind: 'duplicate', reason: 'repeats the line above (words=1)' }
 */
export function duplicateOf(
  lines: readonly Line[],
  i: number,
  captionSimilarity: number,
  above = i - 1,
): Verdict | undefined {
  const line = lines[i] as Line;
  const caption = duplicatedCaption(lines, i, captionSimilarity);
  if (caption) return caption;
  // Only a line repeated right after itself is certain here; a heading that repeats a table-of-contents
  // entry (WCXB 0002) is body text, so farther repeats are settled by structure, inside the body only.
  return above >= 0 ? repeatOf(lines[above] as Line, line) : undefined;
}

/**
 * The `duplicate` verdict on `line` when it repeats `above`, the line right over it, but for case; else undefined.
 * A line that only closes brackets (`}`, `});`) is never a repeat: nested blocks close so.
 * @example repeatOf(lineOf('Short one'), lineOf('SHORT ONE')) // { kind: 'duplicate', reason: 'repeats the line above (words=2)' }
 */
export function repeatOf(above: Line, line: Line): Verdict | undefined {
  // why: WCXB 2862 — a listing's "}" under an indented "    }" closes a second block; the wordless-lines pass
  // keeps such a line near code and removes it elsewhere.
  if (CLOSING_BRACKETS.test(line.text)) return undefined;
  return sameLine(above, line) ? repeatVerdict(line.words) : undefined;
}

// Why: the seed's first image: its alt text stands alone, then the same text again as the caption with
// "Credit: …" glued on.
function duplicatedCaption(lines: readonly Line[], i: number, threshold: number): Verdict | undefined {
  const line = lines[i];
  if (!line || line.credit !== undefined || line.words < 3) return undefined;
  for (let k = 1; k <= CAPTION_WINDOW; k++) {
    const next = lines[i + k];
    if (!next) return undefined;
    if (next.credit === undefined) continue;
    const alt = line.text.toLowerCase();
    const caption = next.text.toLowerCase();
    // Why: comparing costs a map of each text's letter pairs; most alt texts are far shorter or longer than the
    // caption under them (WCXB 4694 innertext: 51 pairs a page, from 15 against 157 characters to 378 against 37).
    if (similarityCeiling(alt, caption) < threshold) continue;
    const similarity = stringSimilarity.compareTwoStrings(alt, caption);
    if (similarity >= threshold) {
      return {
        kind: 'duplicate-caption',
        reason: `alt text of the caption ${k} line(s) below (similarity=${similarity.toFixed(2)})`,
      };
    }
  }
  return undefined;
}

/** What `compareTwoStrings` leaves out of the texts it compares. */
const WHITESPACE = /\s+/g;

/**
 * The highest similarity `compareTwoStrings` can give two texts of their lengths: it counts the letter pairs (of the
 * texts without whitespace) that both share, at most as many as the shorter has, over the pairs of both. 1 when
 * either text is too short to have a pair, as that function then answers by itself.
 * @example similarityCeiling('cats', 'cat nap') // 0.75
 */
export function similarityCeiling(a: string, b: string): number {
  const pairsA = a.replace(WHITESPACE, '').length - 1;
  const pairsB = b.replace(WHITESPACE, '').length - 1;
  if (pairsA < 1 || pairsB < 1) return 1;
  return (2 * Math.min(pairsA, pairsB)) / (pairsA + pairsB);
}
