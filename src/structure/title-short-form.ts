import type { Line } from '../segment/segment.js';
import { hasFunctionWord } from './function-word.js';
import { holdsAll, isRewording } from './restate-keys.js';

/** Lines above a longer line within which its short form stands (a crumb, then a section label or a reading time). */
const SHORT_FORM_REACH = 3;

/** A candidate line as {@link shortFormsOf} reads it. */
export interface ShortFormCandidate {
  /** The line's index. */
  readonly index: number;
  /** Its keys (`restateKeys`). */
  readonly keys: ReadonlySet<string>;
  /**
   * The page gives the line twice, in a row or elsewhere near the body, as it gives its h1 and its last crumb: it names
   * the page, not a label over it.
   */
  readonly repeated: boolean;
}

/**
 * The positions in `candidates` (in page order) of the lines that name a longer candidate in short: within {@link
 * SHORT_FORM_REACH} lines above it, fewer words, no function word, not given twice ("Electrical Safety" over "Safety
 * Alert Electrical.pdf (619.83 KB)", given again as "ELECTRICAL SAFETY" under it, WCXB 0351), and every key of theirs
 * among its keys, which add more than a rewording would ({@link isRewording}: "CIS Cybersecurity Best Practices" under
 * "Cybersecurity Best Practices" is the headline again, with the site's name, WCXB 0036). Such a line is a crumb or a
 * kicker naming the headline's page ("Wedding Planning Checklist" over "Complete Wedding Planning Checklist: 12-Month
 * Timeline & Budget Guide"), not the headline. Why no function word: a headline over its dek is a phrase, and a dek
 * restates it in more words ("Affordable nutrition", given twice, over "Sustainable concepts for affordable nutrition",
 * WCXB 0124).
 * @example shortFormsOf(candidates, lines, en.stopwords) // Set { 0 } when candidate 0 is "Wedding Planning" over "Wedding Planning Checklist: A Guide"
 */
export function shortFormsOf(
  candidates: readonly ShortFormCandidate[],
  lines: readonly Line[],
  stopwords: ReadonlySet<string>,
): Set<number> {
  const short = new Set<number>();
  for (let k = 1; k < candidates.length; k++) {
    const long = candidates[k] as ShortFormCandidate;
    const longWords = (lines[long.index] as Line).words;
    for (let e = k - 1; e >= 0; e--) {
      const earlier = candidates[e] as ShortFormCandidate;
      if (long.index - earlier.index > SHORT_FORM_REACH) break;
      const line = lines[earlier.index] as Line;
      if (earlier.repeated || line.words >= longWords || hasFunctionWord(line.tokens, stopwords)) continue;
      if (holdsAll(earlier.keys, long.keys) && !isRewording(earlier.keys, long.keys)) short.add(e);
    }
  }
  return short;
}
