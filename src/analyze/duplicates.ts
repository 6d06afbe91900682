import stringSimilarity from 'string-similarity';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** Fewest words a non-adjacent repeat needs before it counts as a duplicate; short lines repeat legitimately. */
const MIN_REPEAT_WORDS = 6;
/** How many lines ahead an alt-text line may be from the caption it duplicates. */
const CAPTION_WINDOW = 2;

const keyOf = (line: Line): string => line.text.toLowerCase();

/**
 * Finds lines that repeat other lines: an alt text just before the caption it duplicates
 * (`duplicate-caption`), a line repeated right after itself, or a long line seen earlier (`duplicate`).
 * Linear: exact repeats by hashing, captions only against the next two lines.
 */
export function findDuplicates(lines: readonly Line[], captionSimilarity: number): Map<number, Verdict> {
  const verdicts = new Map<number, Verdict>();
  const firstSeen = new Map<string, number>();
  lines.forEach((line, i) => {
    const caption = duplicatedCaption(lines, i, captionSimilarity);
    if (caption) {
      verdicts.set(i, caption);
      return;
    }
    const key = keyOf(line);
    const earlier = firstSeen.get(key);
    if (earlier === undefined) {
      firstSeen.set(key, i);
      return;
    }
    if (earlier === i - 1 || line.words >= MIN_REPEAT_WORDS) {
      verdicts.set(i, { kind: 'duplicate', reason: `repeats line ${earlier + 1} (words=${line.words})` });
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
