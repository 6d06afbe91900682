import type { Line } from '../segment/segment.js';
import type { Block } from '../types.js';
import { isHeadlineCase } from './capital-share.js';
import { LEAD_IN } from './line-ends.js';
import { isPlain } from './plain-line.js';
import { isShouted } from './shouted.js';

/** Most words of an item of a list written without markers; a longer line is a paragraph of its own. */
const MAX_ITEM_WORDS = 15;
/**
 * Most words of an item that is a sentence, under a lead-in. Why: the `<li>` of a list of pros, steps or examples is
 * often a sentence or two ("Advantages:" over "Lingoda offers live lessons with qualified teachers.", WCXB 0097
 * innertext; "Key factors fueling this growth include:" over "Increase in disposable income.", 0127).
 */
const MAX_SENTENCE_ITEM_WORDS = 30;
/** Fewest items of a list under a lead-in: one short line under a lead-in is a paragraph. */
const MIN_ITEMS = 2;
/** Fewest items of a list under a lead-in with an item longer than {@link MAX_ITEM_WORDS}: two are as often prose. */
const MIN_LONG_ITEMS = 3;
/**
 * How much longer than the other items, on average, a list's last sentence is when it closes the section instead.
 * Why: the paragraph that sums a list up comes right under its last item ("By following these principles, we can
 * significantly reduce our ecological footprint…" under the tips, WCXB 4612 innertext).
 */
const CLOSING_RATIO = 1.5;
/** Fewest items of a list without a lead-in: two short lines in a row are as often a heading and its subheading. */
const MIN_ITEMS_ALONE = 3;
/**
 * Fewest items of a run of lines that open with a term ({@link opensWithLabel}) with no lead-in over them. Why: on the
 * dev pages two such lines in a row were `<li>` in the html-to-text rendering 139 times in 436, three or more 1,036
 * times in 1,498.
 */
const MIN_LABELLED_ITEMS = 3;
/**
 * Fewest items, and most words of one, of a list of one-sentence lines right under a heading with no lead-in. Why: on
 * the dev pages three or more such lines of up to 20 words, none opening with a function word, were `<li>` in the
 * html-to-text rendering 256 times in 283; with up to 25 words 283 times in 320.
 */
const MIN_SENTENCE_ITEMS = 3;
const MAX_SENTENCE_RUN_WORDS = 20;
/**
 * Fewest words of an item of a list without a lead-in. Why: a one-word line inside such a run is a label heading
 * ("Pros", "Cons", "Equipment", "Ingredients" between runs of items, WCXB 4450, 4232 innertext).
 */
const MIN_WORDS_ALONE = 2;

/**
 * The end (exclusive) of a list written without markers that starts at `kept[i]`, or -1 when none does. A browser's
 * innerText drops `<li>` markers, so each item stood alone and read as a heading when the next item was longer and as
 * a paragraph otherwise (WCXB 0027 innertext: "Meditation has been shown to help improve:" over "Stress levels",
 * "Mood", "Memory and focus", … came out as paragraphs and headings at random). Such a list is, under a lead-in that
 * ends in a colon (`above`, the type of the block made of the lines above, is a paragraph), at least {@link MIN_ITEMS}
 * short plain lines ending alike (sentences of up to {@link MAX_SENTENCE_ITEM_WORDS} words, {@link MIN_LONG_ITEMS} of
 * them when one is longer than a short line), or lines of any length that each open with a term
 * ({@link opensWithLabel}); or, with no lead-in, at least {@link MIN_ITEMS_ALONE} such short lines that are no
 * sentences (a table of contents, a list of features or links: WCXB 0019, 0033 innertext), or lines that open with a
 * term ({@link labelledRunEnd}). A code listing (`listings`, by its first line) ends the list, and so does a last item
 * that reads as the next section's heading ({@link endsWithHeading}) or closes it ({@link endsWithClosing}); a first
 * line that reads as the heading of its section over prose or another list ({@link startsWithHeading}) heads the list
 * instead of opening it (`headed`).
 */
export function unmarkedList(
  kept: readonly Line[],
  i: number,
  above: Block['type'] | undefined,
  listings: ReadonlyMap<number, unknown>,
  stopwords: ReadonlySet<string>,
): UnmarkedList | undefined {
  const afterParagraph = above === 'paragraph';
  const introduced = afterParagraph && isLeadIn(kept[i - 1]);
  const end = unmarkedListEnd(kept, i, introduced, above === 'heading', listings, stopwords);
  if (end < 0) return undefined;
  // Why after a list too: the section before may end in a list ("Pricing (in Euros)" over the plans, under the
  // list of cons, WCXB 4859 innertext); after a picture too: a product's picture stands between the section before
  // and the label over its pros ("What We Like" under "Credit: Amazon", 4030 innertext).
  const headed =
    !introduced &&
    (afterParagraph || above === 'list' || above === 'figure') &&
    startsWithHeading(kept.slice(i, end), stopwords);
  return { headed, end };
}

/** A list written without markers: its end (exclusive), and whether its first line is its heading, not an item. */
export interface UnmarkedList {
  readonly headed: boolean;
  readonly end: number;
}

/**
 * The end (exclusive) of the run {@link unmarkedList} finds at `kept[i]`, under a lead-in when `introduced` (right
 * under a heading when `underHeading`), or -1.
 */
function unmarkedListEnd(
  kept: readonly Line[],
  i: number,
  introduced: boolean,
  underHeading: boolean,
  listings: ReadonlyMap<number, unknown>,
  stopwords: ReadonlySet<string>,
): number {
  const first = kept[i];
  if (first === undefined) return -1;
  if (!introduced) {
    // Asked once: a first line that opens with no term opens neither a labelled run nor a loose run of terms.
    const termFirst = isPlain(first) && opensWithLabel(first);
    if (termFirst && isLooseTermRun(kept[i + 1])) return -1;
    const labelled = termFirst ? labelledRunEnd(kept, i, underHeading, listings) : -1;
    if (labelled >= 0) return labelled;
    if (first.endsSentence) return underHeading ? sentenceRunEnd(kept, i, listings, stopwords) : -1;
  }
  const labelled = introduced && opensWithLabel(first);
  const minWords = introduced ? 1 : MIN_WORDS_ALONE;
  const sentences = introduced && first.endsSentence && !labelled;
  const maxWords = sentences ? MAX_SENTENCE_ITEM_WORDS : MAX_ITEM_WORDS;
  let end = i;
  while (end < kept.length && !listings.has(end) && goesOn(kept[end] as Line, first, labelled, minWords, maxWords))
    end++;
  const long = sentences && kept.slice(i, end).some((item) => item.words > MAX_ITEM_WORDS);
  const minItems = !introduced ? MIN_ITEMS_ALONE : long ? MIN_LONG_ITEMS : MIN_ITEMS;
  if (end - i < minItems) return -1;
  if (endsWithHeading(kept.slice(i, end), kept[end], stopwords)) end--;
  else if (sentences && endsWithClosing(kept.slice(i, end))) end--;
  return end - i >= minItems ? end : -1;
}

/**
 * True when a list's last sentence is longer than every other item and {@link CLOSING_RATIO} times their average:
 * the paragraph that closes the section, not an item.
 */
function endsWithClosing(items: readonly Line[]): boolean {
  const last = items[items.length - 1];
  if (last === undefined || items.length < 2) return false;
  let most = 0;
  let words = 0;
  for (let k = 0; k < items.length - 1; k++) {
    const n = (items[k] as Line).words;
    most = Math.max(most, n);
    words += n;
  }
  return last.words > most && last.words > (CLOSING_RATIO * words) / (items.length - 1);
}

/** A plain line ending in a colon. */
const isLeadIn = (line: Line | undefined): boolean => line !== undefined && isPlain(line) && LEAD_IN.test(line.text);

/**
 * The end (exclusive) of a run of at least {@link MIN_LABELLED_ITEMS} plain lines from `kept[i]` that each open with a
 * term, with no lead-in over them, or -1: a list when the terms end in a dash, or, right under a heading
 * (`underHeading`), in a colon with no item longer than {@link MAX_SENTENCE_ITEM_WORDS} words. Why: innerText drops
 * the markers of a section's list of terms ("Latency and throughput: Measure end-to-end latency…" under "Core
 * evaluation criteria", WCXB 0301 innertext; "Underwriters – Evaluate applicants…" under "Common Roles in the
 * Insurance Industry", 0372; "Kickstarter – $89/mo – Best for beginners…", 2218). On the dev pages such runs with
 * dashes were `<li>` 254 times in 261; with colons under a heading 335 times in 383, but longer ones or ones after
 * prose only 433 times in 826: a section of paragraphs that each open with a bold term ("The Problem: …", "The
 * Solution: …", 0058; "Breakfast: …", "Lunch: …", 0096).
 */
function labelledRunEnd(
  kept: readonly Line[],
  i: number,
  underHeading: boolean,
  listings: ReadonlyMap<number, unknown>,
): number {
  let end = i;
  let colons = false;
  let longest = 0;
  for (; end < kept.length && !listings.has(end); end++) {
    const line = kept[end] as Line;
    const separator = isPlain(line) ? LABEL_OPENING.exec(line.text)?.[1] : undefined;
    if (separator === undefined) break;
    colons ||= separator === ':';
    longest = Math.max(longest, line.words);
    // Why stop here: no later line can make the run a list, and each line of a run that is none asks again, so
    // walking on made a run of n lines cost n² (8,000 "Term: value." lines after prose took 2.1 s, not 0.1 s).
    if (colons && (!underHeading || longest > MAX_SENTENCE_ITEM_WORDS)) return -1;
  }
  return end - i < MIN_LABELLED_ITEMS ? -1 : end;
}

/**
 * The end (exclusive) of a run of at least {@link MIN_SENTENCE_ITEMS} plain lines from `kept[i]`, right under a
 * heading, that are each one sentence of up to {@link MAX_SENTENCE_RUN_WORDS} words and none of which opens with a
 * function word, or -1. Why: innerText drops the markers of the points under a "Pros", "Cons" or "Highlights" heading
 * ("Deep integration across AWS services speeds ingestion and delivery.", WCXB 0301 innertext; "Learn specialized
 * skills in just 3-12 months — much faster than a bachelor’s program.", 0267; "Get moving supplies.", 0054). A run in
 * which some line opens with a function word is as often prose set a sentence a line ("SQLite is everywhere." over "It
 * is embedded, deterministic, battle-tested…", 0434): such runs were `<li>` 133 times in 271.
 */
function sentenceRunEnd(
  kept: readonly Line[],
  i: number,
  listings: ReadonlyMap<number, unknown>,
  stopwords: ReadonlySet<string>,
): number {
  if (stopwords.size === 0) return -1;
  let end = i;
  while (end < kept.length && !listings.has(end) && isSentenceItem(kept[end] as Line, stopwords)) end++;
  return end - i >= MIN_SENTENCE_ITEMS ? end : -1;
}

/** A plain line of one sentence of up to {@link MAX_SENTENCE_RUN_WORDS} words that opens with no function word. */
const isSentenceItem = (line: Line, stopwords: ReadonlySet<string>): boolean =>
  isPlain(line) &&
  line.endsSentence &&
  line.sentenceMarks <= 1 &&
  line.words <= MAX_SENTENCE_RUN_WORDS &&
  !stopwords.has(line.tokens.length > 0 ? (line.tokens[0] as string) : '');

/** True when `line` goes on the list `first` opens: opening with a term too when `labelled`, else item-like. */
const goesOn = (line: Line, first: Line, labelled: boolean, minWords: number, maxWords: number): boolean =>
  labelled ? isPlain(line) && opensWithLabel(line) : isItemLike(line, first, minWords, maxWords);

/**
 * True when a list's last item reads as the heading of the section after it: it is written in headline case
 * ({@link capitalShare} 1, two words or more) and not every other item is, and a longer line follows. Why: innerText
 * gives the next section's heading right under a list's last item, in the same shape of line ("Lack of proper
 * security leading to harassment or assault" over "Intentional Acts" over "If a gym employee…", WCXB 0298).
 */
function endsWithHeading(items: readonly Line[], next: Line | undefined, stopwords: ReadonlySet<string>): boolean {
  const last = items[items.length - 1];
  if (last === undefined || next === undefined || items.length < 2 || next.words <= last.words) return false;
  return aloneInHeadlineCase(last, items.slice(0, -1), stopwords);
}

/**
 * True when a run's first line reads as the heading of the section it opens: written in headline case while not every
 * item after it is, and not opening with a term as items may. Why: innerText gives a section's heading right above
 * its list in the same shape of line, after the prose of the section before ("What We Like" over "Smart features like
 * facial recognition", "#3. OVHcloud" over "Infrastructure base: VMware…", WCXB 4601, 4232 innertext).
 */
function startsWithHeading(items: readonly Line[], stopwords: ReadonlySet<string>): boolean {
  const first = items[0];
  if (first === undefined || !isHeadlineCase(first, stopwords) || opensWithLabel(first)) return false;
  return !items.slice(1).every((item) => isHeadlineCase(item, stopwords));
}

/**
 * True when `line` is in headline case and not every one of `others` is: a heading among the items it stands over or
 * under, which innerText writes in the same shape of line.
 */
export function aloneInHeadlineCase(line: Line, others: readonly Line[], stopwords: ReadonlySet<string>): boolean {
  return isHeadlineCase(line, stopwords) && !others.every((other) => isHeadlineCase(other, stopwords));
}

/**
 * A plain line of `minWords` to `maxWords` words that neither opens a list of its own nor announces one, and ends like the
 * list's first item: both in a sentence mark or neither. Why: the paragraph after a list of phrases is a short
 * sentence often enough ("Stress levels", "Mood", then "It also helps you sleep."). Not a line in capitals:
 * html-to-text writes `<h1>`–`<h2>` so, and a run of them is headings ("MINIMALIST HOME GYM ON A BUDGET" over
 * "BACKGROUND TO MY HOME GYM SETUP", WCXB 4640 html-to-text).
 */
function isItemLike(line: Line, first: Line, minWords: number, maxWords: number): boolean {
  return (
    isPlain(line) &&
    line.words >= minWords &&
    line.words <= maxWords &&
    line.endsSentence === first.endsSentence &&
    !LEAD_IN.test(line.text) &&
    !isShouted(line)
  );
}

/**
 * A term of one to six words, then a colon or a spaced dash, then the rest: a glossary's or a feature list's item.
 * Why: such items are as long as paragraphs, and innerText drops their `<li>` markers too ("Siloed data: Customer
 * data is often fragmented…", "Global Reach — Unlike traditional methods…" under a lead-in, WCXB 0017, 0045); on the
 * dev pages a run of them under a lead-in was `<li>` in the html-to-text rendering 147 times in 162.
 */
const LABEL_OPENING = /^[^\s.!?:;,–—]+(?: [^\s.!?:;,–—]+){0,5}(:| [–—-]) \S/u;

/**
 * True when `second`, under a plain line that opens with a term, is a plain line that opens with one too
 * ({@link opensWithLabel}) and stands under a blank line: with no lead-in over them, the two are the fields of a record
 * or paragraphs that open with a bold term, not a list's items. Why: innerText
 * sets `<li>` lines one under the other and a blank line around each `<p>`; on the dev pages runs of such lines that
 * each stood under a blank line were `<li>` in the html-to-text rendering 50 times in 350 ("Office Location: Atlanta,
 * Georgia", "Year Founded: 2011", WCXB 0166; "State license #: 40118", 0057; "Set Clear Goals: Having clear, achievable
 * goals…", 0091 innertext). Only the second line is asked, so each line of a long run costs one test.
 */
function isLooseTermRun(second: Line | undefined): boolean {
  return second?.blankBefore === true && isPlain(second) && opensWithLabel(second);
}

/** Opens with a term and a colon or a dash ({@link LABEL_OPENING}). */
const opensWithLabel = (line: Line): boolean => LABEL_OPENING.test(line.text);
