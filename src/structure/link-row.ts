import { countAlphanumericRuns } from '../analyze/alphanumeric-runs.js';
import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many of the body's last lines a row of links may stand in. */
const LINES_AT_END = 8;
/** Fewest items of a row: two are a pair of labels ("Home | About"), which a sentence may also join. */
const MIN_ITEMS = 3;
/** Most words of an item: a link's label ("Edit this page on GitHub"). */
const MAX_ITEM_WORDS = 5;
/** A separator between a row's items, spaced on both sides. */
const SEPARATOR = /\s(?:[·•|]|::)\s/u;
/** A lower-case letter opening an item: a shell pipeline's command ("cat notes | grep x | wc -l"), not a link. */
const OPENS_LOWER_CASE = /^[^\p{L}\p{N}]*\p{Ll}/u;
/**
 * A quotation mark opening the line: a title in quotes that names its parts ("'Taylor Swift | The Eras Tour | The Final
 * Show'" over its review, WCXB 0106). Not a guillemet, which a link to the previous page opens ("« Evolve: User Guide").
 */
const OPENS_QUOTED = /^['"‘’“”„]/u;
const OPENS_WITH_BAR = /^\s*\|/u;

/**
 * True when `line` is a row of links: three or more short items joined by spaced separators ("·", "•", "|", "::"),
 * none opening in lower case, the line no sentence, no quoted title and no Markdown table's row (which opens with a
 * bar). A sentence with a middle dot has long parts or ends with a stop.
 * @example isLinkRow(line('Branding · Terms · Privacy · Twitter · Edit this page on GitHub')) // true
 */
export function isLinkRow(line: Line): boolean {
  if (line.endsSentence || !SEPARATOR.test(line.text) || OPENS_QUOTED.test(line.text) || OPENS_WITH_BAR.test(line.text))
    return false;
  const items = line.text.trim().split(SEPARATOR);
  if (items.length < MIN_ITEMS) return false;
  return items.every((item) => {
    const words = countAlphanumericRuns(item);
    return words > 0 && words <= MAX_ITEM_WORDS && !OPENS_LOWER_CASE.test(item);
  });
}

/**
 * Index in `kept` of a row of links ({@link isLinkRow}) among the body's last lines, the only such row the body has;
 * -1 when there is none. Why: a site's footer opens with one, and what follows it is the site's ("Branding · Terms ·
 * Privacy · Twitter · Edit this page on GitHub" over the licence of its content, readability test page v8-blog
 * html-to-text; "« Evolve: User Guide :: Contents :: Evolve: Concepts »" over the copyright line, mercurial). Why the
 * only one: rows that recur in the body are its own, a review's pros under each product ("Open design • Great controls
 * • Good sound quality", WCXB 4828) or a laptop's specs (4014).
 * @example linkRowAtEnd(kept) // the index of "About · Terms · Privacy" under the last paragraph
 */
export function linkRowAtEnd(kept: readonly Line[]): number {
  let found = -1;
  for (let j = 0; j < kept.length; j++) {
    if (!isLinkRow(kept[j] as Line)) continue;
    if (found >= 0) return -1;
    found = j;
  }
  return found >= Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END) ? found : -1;
}
