import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { reviseShortLines } from './context.js';
import type { Extent, LineScore } from './extent.js';
import { fieldPairs } from './field-pairs.js';
import { listedPhrases } from './listed-phrases.js';

/**
 * A step of the body search (`findBody`), jusText's context pass: the short lines in and around the body judged by their
 * neighbours ({@link reviseShortLines}), once an offer named among a review's pros and cons has its verdict taken back
 * and a score card's label/value lines join the table cells that vouch for each other. Sets `verdicts` and `cells` in
 * place. Linear.
 * @param cells The lines that are a table's cells (`TableLayout.cells`).
 * @example judgeShortLines(lines, verdicts, scores, { start: 4, end: 66 }, compiledEn, cells)
 */
export function judgeShortLines(
  lines: readonly Line[],
  verdicts: (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  lang: CompiledPack,
  cells: Set<number>,
): void {
  // Why: an offer named among a review's pros and cons is the review's ("No free trial" under "Cons", WCXB 0246).
  for (const i of listedPhrases(lines, verdicts, scores, extent, lang.match.listLabels)) verdicts[i] = undefined;
  // Why: a score card or a spec sheet inside the body is a table of label/value lines; its cells vouch for each
  // other like the cells the page wrote with tabs (WCXB 4253, 4825).
  for (const i of fieldPairs(lines, verdicts, scores, extent, lang.stopwords)) cells.add(i);
  for (const [i, verdict] of reviseShortLines(
    lines,
    verdicts,
    scores,
    extent,
    lang.match.shopButtons,
    lang.match.teaserOpeners,
    cells,
    lang.match.listLabels,
    lang.match.offerWords,
  ))
    verdicts[i] = verdict;
}
