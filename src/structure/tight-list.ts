import type { Line } from '../segment/segment.js';
import { ASKS, LEAD_IN } from './line-ends.js';
import { ordinalOf } from './ordinal.js';
import { isPlain } from './plain-line.js';
import { isShouted } from './shouted.js';
import { aloneInHeadlineCase, type UnmarkedList } from './unmarked-list.js';

/** Fewest items of a list of lines with no blank line between them. */
const MIN_TIGHT_ITEMS = 3;
/** Most words of an item of such a list; a longer line is a paragraph of its own. */
const MAX_TIGHT_ITEM_WORDS = 100;
/**
 * Fewest of the body's lines, as a share, that stand under a blank line on a page whose paragraphs are parted so.
 * Why: innerText writes a blank line around each `<p>` only; on the dev pages where a quarter of the body's lines or
 * more stand under one, runs of three or more lines with none between them were `<li>` in the html-to-text rendering
 * far more often than not (WCXB 0294 innertext: "Choose how much and what kinds of PTO…" and four more steps).
 */
const MIN_BLANK_SHARE = 0.25;
/** Most words of the heading over such a list, or of the next section's heading under it. */
const MAX_HEADING_WORDS = 15;

/**
 * True when the text reads as a browser's innerText, which drops the bullets of `<li>` lines and sets no blank line
 * between them: at least {@link MIN_BLANK_SHARE} of the body's lines (`kept`) stand under a blank line, and no line of
 * the page (`page`) carries a bullet. Why the bullets: a text that writes its list items with them (html-to-text's
 * `*`) writes every list so, and its lines with no blank between them are a `<div>`'s or a `<br>`'s (paragraphs set
 * a line each, WCXB 0086 html-to-text; a slideshow's captions, multisite cnn 2017).
 */
export function dropsListMarks(kept: readonly Line[], page: readonly Line[]): boolean {
  let blank = 0;
  for (const line of kept) if (line.blankBefore) blank++;
  if (kept.length === 0 || blank < MIN_BLANK_SHARE * kept.length) return false;
  return !page.some((line) => line.listMarker !== null && ordinalOf(line.listMarker) === null);
}

/**
 * The list that starts at `kept[i]`, on a text that drops the marks of its lists ({@link dropsListMarks}): a run of at
 * least {@link MIN_TIGHT_ITEMS} plain lines, next to each other in the page with no blank line between them, none a
 * lead-in, in capitals, of one word or of more than {@link MAX_TIGHT_ITEM_WORDS} words; or undefined. Why: innerText
 * sets the `<li>` lines of a list one under the other and a blank line around each paragraph ("Log on to your course
 * often." between other tips, WCXB 0014; "Espro P3: While this press cut down on sediment…" among the other presses,
 * 4078 innertext). A first line shaped unlike the rest heads the list ({@link standsApart}: "Fast Facts" over "Cost:
 * $49.95 per month…", 0098), as does a first line of one word ("Pros", "Cons", 0054); a last line shaped unlike the
 * rest, over a longer line, is the next section's heading (the `<h2>` under a `<ul>` has no blank line above it
 * either: "Practical Tips for Shoppers" under the site's strengths, 0143). A code listing (`listings`, by its first
 * line) ends the run.
 */
export function tightList(
  kept: readonly Line[],
  i: number,
  listings: ReadonlyMap<number, unknown>,
  stopwords: ReadonlySet<string>,
): UnmarkedList | undefined {
  const first = kept[i] as Line;
  if (!isTightLine(first)) return undefined;
  let end = i + 1;
  while (end < kept.length && !listings.has(end)) {
    const line = kept[end] as Line;
    const tight = !line.blankBefore && line.index === (kept[end - 1] as Line).index + 1;
    // Why one word: a label between two runs of items heads the second ("Cons" under the pros, WCXB 0054 innertext).
    if (!tight || !isTightLine(line) || line.words === 1) break;
    end++;
  }
  const run = kept.slice(i, end);
  if (run.length < MIN_TIGHT_ITEMS) return undefined;
  const headed = first.words === 1 || standsApart(first, run.slice(1), stopwords);
  const last = run[run.length - 1] as Line;
  const next = kept[end];
  const closed =
    next !== undefined && next.words > last.words && standsApart(last, run.slice(headed ? 1 : 0, -1), stopwords);
  if (run.length - (headed ? 1 : 0) - (closed ? 1 : 0) < MIN_TIGHT_ITEMS) return undefined;
  return { headed, end: closed ? end - 1 : end };
}

/** A plain line that may be an item of a tight list: not a lead-in, not in capitals, of 1 to {@link MAX_TIGHT_ITEM_WORDS} words. */
const isTightLine = (line: Line): boolean =>
  isPlain(line) && line.words > 0 && line.words <= MAX_TIGHT_ITEM_WORDS && !LEAD_IN.test(line.text) && !isShouted(line);

/**
 * True when a short line is shaped unlike the `others` of its run: a question among no questions, a phrase among
 * sentences, or in headline case among lines not all in it. Why: a section's heading stands right over or under its
 * list's items in innertext, and only its shape tells it from them ("What are some tips to help my child sleep?" over
 * "The bedroom should be dark and quiet.", WCXB 4180 innertext).
 */
function standsApart(line: Line, others: readonly Line[], stopwords: ReadonlySet<string>): boolean {
  if (line.words > MAX_HEADING_WORDS) return false;
  if (ASKS.test(line.text)) return !others.some((other) => ASKS.test(other.text));
  if (!line.endsSentence && others.every((other) => other.endsSentence)) return true;
  return aloneInHeadlineCase(line, others, stopwords);
}
