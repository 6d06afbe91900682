import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';

/** How many of the body's last lines the links to the previous and next posts may stand in. */
const LINES_AT_END = 8;
/** Fewest lines the body keeps before them. */
const MIN_BODY_LINES = 4;
/** Most words of such a link: a label and a headline. */
const MAX_LINK_WORDS = 20;
/** Marks that point back, opening the link to the previous post ("← Older post title"). */
const POINTS_BACK = /^[←«‹]/u;
/** Marks that point on, closing the link to the next post ("Newer post title →"). */
const POINTS_ON = /[→»›]$/u;
/** A lower-case letter: after a label it continues a word ("Next, …" is no label glued to a headline, "Nextdoor" is none). */
const LOWER_CASE = /\p{Ll}/u;

/**
 * Index in `kept` where the links to the site's previous and next posts stand near the body's end, two lines in a row
 * of the page; -1 when there are none. The pair closes the post, and what follows it is the page's. Why: blogs close
 * a post with them ("Previous article Refurbished vs Cheap New Laptops …" over "Next article Budget Gaming PC vs
 * Gaming Laptop …", WCXB 4012; "←Tuesday Tip: Turn Off Automatic AirPlay …" over "Tuesday Tip: Make Unlocking
 * Easier …→", 4365; "Newer PostFourteen Scholarship Essay Examples …" over "Older Post20 UC Essay Examples …",
 * 4615). A pair asks for both links, so a sentence that opens with "Next" is kept.
 * @example postNavigationAtEnd(kept, compiledEn) // the index of "← Previous post title" over "Next post title →"
 */
export function postNavigationAtEnd(kept: readonly Line[], lang: CompiledPack): number {
  for (let j = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END); j + 1 < kept.length; j++) {
    const back = kept[j] as Line;
    const on = kept[j + 1] as Line;
    if (on.index !== back.index + 1 || back.words > MAX_LINK_WORDS || on.words > MAX_LINK_WORDS) continue;
    const marked = POINTS_BACK.test(back.text) && POINTS_ON.test(on.text);
    if (marked || pairOfLabels(back.text, on.text, lang.pack.related)) return j;
  }
  return -1;
}

/** True when both texts open with a label of several words from `labels`, each its own, as links do. */
function pairOfLabels(first: string, second: string, labels: readonly string[]): boolean {
  const a = openingLabel(first, labels);
  const b = a === undefined ? undefined : openingLabel(second, labels);
  return b !== undefined && a !== b;
}

/**
 * The label of several words from `labels` that `text` opens with, spaced or glued to a capital ("Newer
 * PostFourteen …"), or undefined.
 */
function openingLabel(text: string, labels: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return labels.find(
    (label) => label.includes(' ') && lower.startsWith(label) && !LOWER_CASE.test(text.charAt(label.length)),
  );
}
