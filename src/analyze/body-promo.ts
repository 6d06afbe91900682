import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { cardButtons } from './card-buttons.js';
import { callToActionBoxes } from './cta-boxes.js';
import { directoryGrids } from './directory-grid.js';
import type { Extent } from './extent.js';
import { repeatedButtons } from './repeated-buttons.js';

/**
 * A step of the body search (`findBody`): what a page sets between the body's items only leaves the body, it never cuts it:
 * calls to action, the link buttons under each product of a round-up, and a site's directory of its other pages.
 * Before the records' pass, which reads these verdicts. Sets `verdicts` in place. Linear.
 * @example markPromoInBody(lines, verdicts, { start: 4, end: 66 }, compiledEn)
 */
export function markPromoInBody(
  lines: readonly Line[],
  verdicts: (Verdict | undefined)[],
  extent: Extent,
  lang: CompiledPack,
): void {
  // Why after the short-line pass: a call to action between paragraphs only leaves the body, it never cuts it.
  for (const [i, verdict] of callToActionBoxes(lines, verdicts, extent, lang)) verdicts[i] = verdict;
  // Why: WCXB 4674 innertext: a "Watch review on YouTube" under each product of a round-up only leaves the body.
  for (const [i, verdict] of repeatedButtons(lines, verdicts, extent, lang.match.linkLabels)) verdicts[i] = verdict;
  // Why: WCXB 4106, "Shop Svala @ Immaculate Vegan.", "Shop TORRAIN." under each brand of a round-up only leave the body.
  for (const [i, verdict] of cardButtons(lines, verdicts, extent, lang)) verdicts[i] = verdict;
  // Why after the body search: a site's index of its other pages between two sections only leaves the body (WCXB 0057).
  for (const [i, verdict] of directoryGrids(lines, verdicts, extent)) verdicts[i] = verdict;
}
