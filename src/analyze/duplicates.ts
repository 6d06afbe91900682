import stringSimilarity from 'string-similarity';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** How many lines ahead an alt-text line may be from the caption it duplicates. */
const CAPTION_WINDOW = 2;

const keyOf = (line: Line): string => line.rawText.toLowerCase();
// Lower-casing keeps the length of every character but U+0130 (İ → i̇), so lines of different lengths without
// it cannot be the same line: most neighbours are told apart without lower-casing both.
const sameLine = (a: Line, b: Line): boolean =>
  (a.rawText.length === b.rawText.length || a.rawText.includes('\u0130') || b.rawText.includes('\u0130')) &&
  keyOf(a) === keyOf(b);

/**
 * Finds lines that repeat other lines: an alt text just before the caption it duplicates
 * (`duplicate-caption`) or a line repeated right after itself (`duplicate`).
 * Linear: repeats by hashing, captions only against the next two lines.
 */
export function findDuplicates(lines: readonly Line[], captionSimilarity: number): Map<number, Verdict> {
  const verdicts = new Map<number, Verdict>();
  lines.forEach((line, i) => {
    const caption = duplicatedCaption(lines, i, captionSimilarity);
    if (caption) verdicts.set(i, caption);
    // Only a line repeated right after itself is certain here; a heading that repeats a table-of-contents
    // entry (WCXB 0002) is body text, so farther repeats are settled by structure, inside the body only.
    else if (i > 0 && sameLine(lines[i - 1] as Line, line)) {
      verdicts.set(i, { kind: 'duplicate', reason: `repeats the line above (words=${line.words})` });
    }
  });
  return verdicts;
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
    const similarity = stringSimilarity.compareTwoStrings(line.text.toLowerCase(), next.text.toLowerCase());
    if (similarity >= threshold) {
      return {
        kind: 'duplicate-caption',
        reason: `alt text of the caption ${k} line(s) below (similarity=${similarity.toFixed(2)})`,
      };
    }
  }
  return undefined;
}
