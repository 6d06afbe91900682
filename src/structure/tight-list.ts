import type { Line } from '../segment/segment.js';
import { MAX_HEADING_WORDS } from './heading-shape.js';
import { ASKS, LEAD_IN } from './line-ends.js';
import { ordinalOf } from './ordinal.js';
import { isPlain } from './plain-line.js';
import { isShouted } from './shouted.js';
import { aloneInHeadlineCase, type UnmarkedList } from './unmarked-list.js';

/** Fewest items of a list of lines with no blank line between them. */
const MIN_TIGHT_ITEMS = 3;
/** Fewest items of such a list between its label and the next list's label. */
const MIN_LABELLED_ITEMS = 2;
/** Most words of an item of such a list; a longer line is a paragraph of its own. */
const MAX_TIGHT_ITEM_WORDS = 100;
/**
 * Fewest of the body's lines, as a share, that stand under a blank line on a page whose paragraphs are parted so.
 * Why: innerText writes a blank line around each `<p>` only; on the dev pages where a quarter of the body's lines or
 * more stand under one, runs of three or more lines with none between them were `<li>` in the html-to-text rendering
 * far more often than not (WCXB 0294 innertext: "Choose how much and what kinds of PTO…" and four more steps).
 */
const MIN_BLANK_SHARE = 0.25;

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
  const label = isBareLabel(first);
  // Whether every item so far (the lines after a first line that is a label) ends in a sentence mark, and whether
  // the run stopped at the label of the next run.
  let sentences = label || first.endsSentence;
  let labelled = false;
  let end = i + 1;
  while (end < kept.length && !listings.has(end)) {
    const line = kept[end] as Line;
    // Why one word: a label between two runs of items heads the second ("Cons" under the pros, WCXB 0054 innertext).
    if (!isTightAfter(line, kept[end - 1] as Line) || line.words === 1) break;
    labelled = sentences && end > i + 1 && isLabelOverSentence(line, kept[end + 1]);
    if (labelled) break;
    sentences &&= line.endsSentence;
    end++;
  }
  const run = kept.slice(i, end);
  if (run.length < MIN_LABELLED_ITEMS) return undefined;
  const headedOverAll = first.words === 1 || standsApart(first, run.slice(1), stopwords);
  const last = run[run.length - 1] as Line;
  const next = kept[end];
  const closed =
    !labelled &&
    next !== undefined &&
    next.words > last.words &&
    standsApart(last, run.slice(headedOverAll ? 1 : 0, -1), stopwords);
  // Whether the first line stands right under the line above it, with no blank line between them: the last item of
  // the list before, when the first line is a label.
  const underItems = !first.blankBefore && first.index === (kept[i - 1]?.index ?? -2) + 1;
  // Why asked again without the last line: the next section's heading under the items is a phrase too, and among
  // them the label over the items stood apart from no items ("Cons of hiring a freelance software engineer" under the
  // pros and over its sentences over "Offshore/Nearshore Software Development Companies", WCXB 0183 innertext).
  const headed = headedOverAll || (label && underItems && closed && standsApart(first, run.slice(1, -1), stopwords));
  // Why fewer between labels: sentences between a label and the next, or under a label set right under the list
  // before, are a list of two ("Pros of hiring a freelancer" over two sentences over "Cons of hiring a freelancer",
  // WCXB 0183; "Know Before You Apply" under the highlights and over two sentences, 0267; two tests over "What We
  // Learned", 4078 innertext).
  const between = sentences && (labelled || (headed && label && underItems));
  if (run.length - (headed ? 1 : 0) - (closed ? 1 : 0) < (between ? MIN_LABELLED_ITEMS : MIN_TIGHT_ITEMS))
    return undefined;
  return { headed, end: closed ? end - 1 : end };
}

/** True when `line` stands right under `above` in the page, with no blank line between them, and may be an item. */
const isTightAfter = (line: Line, above: Line): boolean =>
  !line.blankBefore && line.index === above.index + 1 && isTightLine(line);

/**
 * True when `line`, a phrase among sentences, stands over a sentence set tight under it: the label heading the next
 * run of items, not an item. Why: a second label between two runs of sentences, each of some words, was read as an
 * item of one list ("Pros of Buying Travel Insurance" under the cons, WCXB 0071 innertext; "Cons of hiring a
 * freelance software engineer" under the pros, 0183).
 */
const isLabelOverSentence = (line: Line, next: Line | undefined): boolean =>
  isBareLabel(line) && next?.endsSentence === true && isTightAfter(next, line);

/**
 * True for a phrase of up to {@link MAX_HEADING_WORDS} words with no sentence mark at its end and no comma, colon,
 * bracket or dash inside: a label. Why: an item that is no sentence among items that are reads as a term and what it
 * stands for ("Tools, workflow, and collaboration (8 hours): design software basics, including Figma", WCXB 0375
 * innertext; "Social Media Apps (e.g., Facebook, TikTok)" over what they do, 0277), not as the label over the items.
 */
const isBareLabel = (line: Line): boolean =>
  !line.endsSentence && line.words <= MAX_HEADING_WORDS && !INNER_MARKS.test(line.text);
const INNER_MARKS = /[,:;()[\]–—]/u;

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
