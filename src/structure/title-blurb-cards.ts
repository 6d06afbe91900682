import { isProse, type LineScore } from '../analyze/extent.js';

/**
 * True when line `i` is a short line (no prose) over one paragraph, and the pairs right above and right below it are
 * such cards too: a list of programmes, products or related stories, each a title over its blurb, with this one inside
 * it. Why both sides: an article's headline over its lede, then a heading over a paragraph, starts such a run and
 * stands inside none.
 * @example inBlurbCards(scores, 42) // true for a card's title between two others, each over its blurb
 */
export function inBlurbCards(scores: readonly LineScore[], i: number): boolean {
  const card = (j: number): boolean => j >= 0 && !isProse(scores[j]) && isProse(scores[j + 1]);
  return card(i - 2) && card(i) && card(i + 2);
}
