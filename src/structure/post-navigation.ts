import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many of the body's last lines the links to the previous and next posts may stand in. */
const LINES_AT_END = 8;
/** Most words of such a link: a label and a headline. */
const MAX_LINK_WORDS = 20;
/** Marks that point back, opening the link to the previous post ("← Older post title"). */
const POINTS_BACK = /^[←«‹]/u;
/** Marks that point on, closing the link to the next post ("Newer post title →"). */
const POINTS_ON = /[→»›]$/u;
/** A lower-case letter: after a label it continues a word ("Next, …" is no label glued to a headline, "Nextdoor" is none). */
const LOWER_CASE = /\p{Ll}/u;
/** An upper-case letter: a word glued to a label opens with one ("NextHow to …"). */
const UPPER_CASE = /\p{Lu}/u;

/** Where the link to the site's previous or next post stands near the body's end, and whether it has its pair. */
export interface PostNavigation {
  /** Index in `kept` of the (first) link. */
  readonly index: number;
  /** A pair of links to the previous and next posts, or one link alone. */
  readonly what: 'pair' | 'lone';
}

/**
 * Where the links to the site's previous and next posts stand near the body's end, two lines in a row of the page, or
 * one marked link alone; null when there are none. The links close the post, and what follows them is the page's.
 * Why: blogs close a post with them ("Previous article Refurbished vs Cheap New Laptops …" over "Next article Budget
 * Gaming PC vs Gaming Laptop …", WCXB 4012; "←Tuesday Tip: Turn Off Automatic AirPlay …" over "Tuesday Tip: Make
 * Unlocking Easier …→", 4365; "Newer PostFourteen Scholarship Essay Examples …" over "Older Post20 UC Essay Examples
 * …", 4615). A pair of labels asks for both links, so a sentence that opens with "Next" is kept; a link alone asks
 * for an arrow ({@link loneMarkedLink}).
 * @example postNavigationAtEnd(kept, compiledEn) // { index: <"← Previous post title">, what: 'pair' }
 */
export function postNavigationAtEnd(kept: readonly Line[], lang: CompiledPack): PostNavigation | null {
  for (let j = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END); j < kept.length; j++) {
    const back = kept[j] as Line;
    const on = kept[j + 1];
    if (on !== undefined && on.index === back.index + 1 && back.words <= MAX_LINK_WORDS && on.words <= MAX_LINK_WORDS) {
      const marked = POINTS_BACK.test(back.text) && POINTS_ON.test(on.text);
      if (marked || pairOfLabels(back.text, on.text, lang.pack.related, lang.pack.nav))
        return { index: j, what: 'pair' };
    }
  }
  const lone = loneMarkedLink(kept);
  return lone >= Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END) ? { index: lone, what: 'lone' } : null;
}

/**
 * Index in `kept` of the only line of the body that an arrow opens or closes ("← Previous: Chasing Quick Fixes To
 * Sustainability", "« Prev"), a link's length; -1 when there is none or more than one. Why: a blog may link only to
 * the previous post, and the rest of the page follows it (multisite-dev, arstechnica 2005: "« Prev" over the older
 * story's headline). Why the only one: marked lines that recur are the post's own, a list ("Summarize top X posts →", WCXB
 * 4446) or a button under each book it reviews ("Add to Goodreads To-Read List →", 0461). Why no closing guillemet:
 * "« … »" is a quotation in French.
 */
function loneMarkedLink(kept: readonly Line[]): number {
  let found = -1;
  for (let j = 0; j < kept.length; j++) {
    const text = (kept[j] as Line).text;
    if (!POINTS_BACK.test(text) && !POINTS_ON.test(text)) continue;
    if (found >= 0) return -1;
    found = j;
  }
  const line = kept[found];
  return line && line.words <= MAX_LINK_WORDS && !QUOTE_CLOSE.test(line.text) ? found : -1;
}

/** A guillemet that closes what an opening one began: the line is a quotation, not a link. */
const QUOTE_CLOSE = /^[«‹].*[»›]/u;

/**
 * True when both texts open with a label, each its own, as links do: one of several words from `labels`
 * ({@link openingLabel}), or a word from `words` glued to the headline ({@link gluedOpeningWord}).
 */
function pairOfLabels(first: string, second: string, labels: readonly string[], words: readonly string[]): boolean {
  const a = openingLabel(first, labels) ?? gluedOpeningWord(first, words);
  const b = a === undefined ? undefined : (openingLabel(second, labels) ?? gluedOpeningWord(second, words));
  return b !== undefined && a !== b;
}

/**
 * The one-word label from `words` that `text` opens with, glued to a word in title case ("NextHow to Increase Fiber
 * …"), or undefined. Why: a link's label and its headline are two elements the scraper ran together, which no
 * sentence does ("PrevPreviousThe Sweet Truth About Chocolate …" over "NextHow to Increase Fiber Without Bloating …",
 * WCXB 4581); a word in capitals ("NEXTGEN") or a longer word ("Nextdoor") is no label.
 */
function gluedOpeningWord(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return words.find(
    (word) =>
      !word.includes(' ') &&
      lower.startsWith(word) &&
      text.length > word.length + 1 &&
      UPPER_CASE.test(text.charAt(word.length)) &&
      LOWER_CASE.test(text.charAt(word.length + 1)),
  );
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
