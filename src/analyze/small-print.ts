import { phrasesIn } from '../detectors/phrase-hits.js';
import type { PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';

/**
 * Fewest different legal phrases that make a line of the body small print at any length. Why: a form's consent
 * notice and an adviser's disclaimer run past the legal detector's length guard ("By signing up, you agree to receive
 * … Msg and data rates may apply … Reply STOP …", 52 words, WCXB 0477; "This material is not intended to replace the
 * advice … for informational purposes … All rights reserved", 88 words, 0362). Of the 35 lines of the dev pages over
 * 30 words that hold two such phrases, none is in the gold text; an article's paragraph about a privacy policy names
 * one or two.
 */
const MIN_SMALL_PRINT_PHRASES = 3;

/**
 * Finds the long small print inside the body: a line with no verdict yet that holds three different multi-word phrases
 * of the pack's `legal` list. Found after the body search, it only leaves the body and never cuts it (a sign-up box's
 * consent notice between a deal post's paragraphs, WCXB 0477); the body's last line is left to the structure stage.
 * Returns a `legal` verdict for each line, by index.
 * @example smallPrint(lines, verdicts, extent, compiledEn.match.legal) // Map { 12 => { kind: 'legal', … } }
 */
export function smallPrint(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  legal: PhraseMatcher,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  // Why not the body's last line: small print that ends the body goes with the lines that only it drew in, a cut of
  // the structure stage (a sign-up box's "Be current." over its consent notice, WCXB 0146).
  for (let i = extent.start; i < extent.end; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] || line.words < MIN_SMALL_PRINT_PHRASES * 2) continue;
    const phrases = phrasesIn(line, legal);
    if (phrases.length < MIN_SMALL_PRINT_PHRASES) continue;
    const distinct = new Set(phrases.map((phrase) => phrase.toLowerCase())).size;
    if (distinct >= MIN_SMALL_PRINT_PHRASES)
      found.set(i, { kind: 'legal', reason: `small print: ${distinct} legal phrases (words=${line.words})` });
  }
  return found;
}
