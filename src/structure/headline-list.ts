import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';
import { isShouted } from './shouted.js';
import { isTitleShaped } from './title-shape.js';

/** Fewest headlines in a row: three could be the article's short list of titles. */
const MIN_HEADLINES = 4;
/** Fewest words of such a headline: a shorter line is a label or a list item. */
const MIN_HEADLINE_WORDS = 4;
/** Fewest letters per word of a headline: "7:00AM - 5:00PM" in capitals is an opening hour, not a headline (WCXB 0143). */
const MIN_LETTERS_PER_WORD = 3;
/** Fewest words of the paragraph right before the run: the list follows the article's prose, no line introduces it. */
const MIN_LEAD_WORDS = 20;

/** True when `line` reads as a bare headline: a title's shape and length, no full stop at its end. */
function isBareHeadline(line: Line): boolean {
  return (
    line.words >= MIN_HEADLINE_WORDS &&
    line.letters >= MIN_LETTERS_PER_WORD * line.words &&
    isTitleShaped(line) &&
    !/[.:;,…]$/u.test(line.text) &&
    // Marked as a heading: in capitals (html-to-text's headings) or with a Markdown mark. Title-cased lines one
    // under another are as often a list of the article's (WCXB 0215, 0358, 0391).
    (isShouted(line) || line.headingLevel > 0)
  );
}

/**
 * The lines of `kept` in lists of bare headlines after the article's prose: at least {@link MIN_HEADLINES}
 * headings in a row with nothing under any of them, right after a long paragraph. Why: the site's other posts,
 * listed by headline alone, follow many posts and read as the article's headings (WCXB 0342 html-to-text:
 * "HOW WEBSITE SOCIAL PROOF CAN SUPPORT HOLIDAY PRODUCT PAGES" and three more; 0272: the site's tours).
 * @example headlineListAfterProse(linesOf('<paragraph>\nHOW TO PLAN A SMALL KITCHEN GARDEN\n…')) // the headlines
 */
export function headlineListAfterProse(kept: readonly Line[]): Line[] {
  const cut: Line[] = [];
  for (let j = MIN_BODY_LINES; j + MIN_HEADLINES <= kept.length; j++) {
    const lead = kept[j - 1] as Line;
    if (lead.words < MIN_LEAD_WORDS || !lead.endsSentence) continue;
    let k = j;
    while (k < kept.length && isBareHeadline(kept[k] as Line)) k++;
    if (k - j >= MIN_HEADLINES) cut.push(...kept.slice(j, k));
  }
  return cut;
}
