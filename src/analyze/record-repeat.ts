import type { Line } from '../segment/segment.js';
import { wordCount } from '../segment/word-count.js';

/** How many lines above two copies of a line are read for the line that tells their records apart. */
const MAX_SHARED_LINES = 3;
/** Fewest tokens two record lines share at their start or at their end to be one field of two records. */
const MIN_SHARED_TOKENS = 2;
/**
 * Most words of a record line that shares its start or its end with another: a field, not a paragraph. Why: two
 * reviews' closing paragraphs open with "This is" (WCXB 0461), and are no field.
 */
const MAX_FIELD_WORDS = 10;
/** Most words of a field's label ("Pet Safety:", "Industries Served:"). */
const MAX_LABEL_WORDS = 3;

/**
 * True when the line at `later` repeats the one at `earlier` as the same field of two records of a listing: walking
 * up from both copies past the lines they share, the first lines that differ are one field with two values ("Soil:
 * Peat-based, well-draining mix." over "Pet Safety: Nontoxic to cats and dogs.", and "Soil: African violet potting
 * mix." over its twin; "Columbus, United States" and "Charlotte, United States" over one conference's blurb). A pull
 * quote repeats a sentence under another paragraph, not under a line of the same shape. Reads at most
 * {@link MAX_SHARED_LINES} pairs of lines.
 * @example isRecordRepeat(linesOf('Soil: Loam.\nPet Safety: Toxic to cats.\nSoil: Sand.\nPet Safety: Toxic to cats.'), 1, 3) // true
 */
export function isRecordRepeat(lines: readonly Line[], earlier: number, later: number): boolean {
  for (let step = 1; step <= MAX_SHARED_LINES && earlier - step >= 0; step++) {
    const above = lines[earlier - step] as Line;
    const aboveLater = lines[later - step] as Line;
    if (above.text.toLowerCase() !== aboveLater.text.toLowerCase()) return sameField(above, aboveLater);
  }
  return false;
}

/** True when two lines share a label before a colon, or their first or last {@link MIN_SHARED_TOKENS} tokens. */
function sameField(a: Line, b: Line): boolean {
  const label = a.text.indexOf(':');
  // A line without a word is no field, whatever stands before its colon.
  const labelled = label > 0 && a.tokens.length > 0 && a.text.slice(0, label + 1) === b.text.slice(0, label + 1);
  if (labelled && wordCount(a.text.slice(0, label)) <= MAX_LABEL_WORDS) return true;
  return a.words <= MAX_FIELD_WORDS && b.words <= MAX_FIELD_WORDS && sharedEnds(a.tokens, b.tokens);
}

function sharedEnds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < MIN_SHARED_TOKENS || b.length < MIN_SHARED_TOKENS) return false;
  let head = true;
  let tail = true;
  for (let k = 0; k < MIN_SHARED_TOKENS; k++) {
    head &&= a[k] === b[k];
    tail &&= a[a.length - 1 - k] === b[b.length - 1 - k];
  }
  return head || tail;
}
