import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent, LineScore } from './extent.js';
import { firstPart, nextPart } from './first-part.js';
import { lastPart } from './last-part.js';
import { leadingBlurbs } from './leading-blurbs.js';
import { openingQuestion } from './opening-question.js';

/**
 * A step of the body search (`findBody`): the part of `extent` that is the article. Where a block of other text cuts it in
 * two, the larger part, the lines between given a verdict; other posts' teasers under its sharing lines and a menu's
 * blurbs over its headline left out; the short question that heads its first section taken in. Sets `verdicts` in
 * place. Linear.
 * @param repeatedLabels The repeated section labels whose wall came down (`reviseWalls`).
 * @example articlePart(lines, verdicts, scores, { start: 4, end: 90 }, compiledEn, repeatedLabels) // { start: 4, end: 61 }
 */
export function articlePart(
  lines: readonly Line[],
  verdicts: (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  lang: CompiledPack,
  repeatedLabels: ReadonlyMap<number, Verdict>,
): Extent {
  // Why: a block of other text can cut the article in two (WCXB 0397, 4252); the body search keeps the larger part,
  // which may be the lower (WCXB 4252) or the upper one (readability test page folha: a photo gallery's controls).
  for (const findPart of [firstPart, nextPart]) {
    const parts = findPart(lines, scores, extent, lang.stopwords);
    if (!parts) continue;
    for (const [i, verdict] of parts.between) if (!verdicts[i]) verdicts[i] = verdict;
    extent = parts.extent;
  }
  // Why: other posts' teasers under the article's sharing and sign-up lines are prose enough to outweigh them; they
  // leave the body (WCXB 0466, 0381).
  extent = lastPart(lines, scores, verdicts, extent, lang.stopwords, repeatedLabels) ?? extent;
  // Why: a mega-menu's one-line blurbs, each under its label, outweigh the menu lines between them and the headline
  // (WCXB 0237); the body starts at the article's paragraphs, under its headline.
  extent = leadingBlurbs(scores, verdicts, extent);
  // Why: the heading of the article's first section may be a short question above its first paragraph (WCXB 0138).
  extent = openingQuestion(lines, verdicts, scores, extent);
  return extent;
}
