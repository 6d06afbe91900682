import type { CompiledPack } from '../lang/matcher.js';
import { mapPacked } from '../map-packed.js';
import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';
import { codeListings } from './code-listings.js';
import {
  isInToolbar,
  isMenuTab,
  type LineScore,
  labelledItems,
  listsUnderColons,
  runInLabels,
  scoreLine,
} from './extent.js';
import { INLINE_TEASER_SCORE, inlineTeasers } from './inline-teasers.js';
import { adjacentRepeats, REPEAT_SCORE } from './repeated-sentences.js';
import { unrepeatedLists } from './unrepeated-lists.js';

/**
 * A step of the body search (`findBody`): each line's score ({@link scoreLine}), then the scores its neighbours change: the
 * first of two copies of a paragraph, the short lines of a code listing, of a list under a colon, of run-in labels and
 * labelled items, a list whose items the page writes once, and a teaser between two paragraphs on one topic. The last
 * two also revise `verdicts`, in place. Linear.
 * @param fences The lines between a pair of Markdown code fences (`codeFences`).
 * @param stopwords The page language's stopwords, or null when no line is prose by them; the teaser test reads
 * `lang`'s whatever they are.
 * @example scoreLines(lines, verdicts, codeFences(lines), compiledEn.stopwords, compiledEn, settings)[3] // { score: 24, klass: 'good', … }
 */
export function scoreLines(
  lines: readonly Line[],
  verdicts: (Verdict | undefined)[],
  fences: ReadonlyMap<number, number>,
  stopwords: ReadonlySet<string> | null,
  lang: CompiledPack,
  settings: Settings,
): LineScore[] {
  // Why asked of section headers alone: only a header's score reads whether it stands in a toolbar or a menu.
  const inMenu = (i: number): boolean =>
    verdicts[i]?.barrier === true && (isInToolbar(verdicts, i) || isMenuTab(lines, i));
  const scores = mapPacked(lines, (line, i) => scoreLine(line, verdicts[i], stopwords, settings, inMenu(i)));
  // Why: an opening paragraph written twice in a row must not lose its first copy to the second's cost (WCXB 0781).
  for (const i of adjacentRepeats(lines, verdicts, 2 * settings.goodMinWords)) scores[i] = REPEAT_SCORE;
  for (const [i, score] of codeListings(lines, scores, fences)) scores[i] = score;
  for (const [i, score] of listsUnderColons(lines, scores)) scores[i] = score;
  for (const [i, score] of runInLabels(lines, scores)) scores[i] = score;
  for (const [i, score] of labelledItems(lines, scores)) scores[i] = score;
  for (const [i, score] of unrepeatedLists(lines, scores, verdicts)) {
    scores[i] = score;
    verdicts[i] = undefined;
  }
  // Why: a "Read more: …" teaser between two paragraphs on one topic must not cut the body there (WCXB 4115).
  for (const [i, verdict] of inlineTeasers(lines, verdicts, scores, lang.stopwords)) {
    verdicts[i] = verdict;
    scores[i] = INLINE_TEASER_SCORE;
  }
  return scores;
}
