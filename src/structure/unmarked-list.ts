import type { Line } from '../segment/segment.js';
import { capitalShare } from './capital-share.js';

/** Most words of an item of a list written without markers; a longer line is a paragraph of its own. */
const MAX_ITEM_WORDS = 15;
/** Fewest items of a list written without markers: one short line under a lead-in is a paragraph. */
const MIN_ITEMS = 2;
// A line that announces what follows: it ends in a colon (full-width in CJK text).
const LEAD_IN = /[:：]$/u;

/**
 * The end (exclusive) of a list written without markers that starts at `kept[i]`, or -1 when none does: the lines
 * under a lead-in that ends in a colon, each short and plain, at least {@link MIN_ITEMS} of them. A browser's
 * innerText drops `<li>` markers, so each item stood alone and read as a heading when the next item was longer and as
 * a paragraph otherwise (WCXB 0027 innertext: "Meditation has been shown to help improve:" over "Stress levels",
 * "Mood", "Memory and focus", … came out as paragraphs and headings at random). A code listing (`listings`, by its
 * first line) ends the list, and so does a last item that reads as the next section's heading ({@link endsWithHeading}).
 */
export function unmarkedListEnd(
  kept: readonly Line[],
  i: number,
  listings: ReadonlyMap<number, unknown>,
  stopwords: ReadonlySet<string>,
): number {
  const leadIn = kept[i - 1];
  if (leadIn === undefined || !isPlain(leadIn) || !LEAD_IN.test(leadIn.text)) return -1;
  const first = kept[i];
  if (first === undefined) return -1;
  let end = i;
  while (end < kept.length && !listings.has(end) && isItemLike(kept[end] as Line, first)) end++;
  if (endsWithHeading(kept.slice(i, end), kept[end], stopwords)) end--;
  return end - i >= MIN_ITEMS ? end : -1;
}

/**
 * True when a list's last item reads as the heading of the section after it: it alone is written in headline case
 * ({@link capitalShare} 1, two words or more), and a longer line follows. Why: innerText gives the next section's
 * heading right under a list's last item, in the same shape of line ("Lack of proper security leading to harassment
 * or assault" over "Intentional Acts" over "If a gym employee…", WCXB 0298).
 */
function endsWithHeading(items: readonly Line[], next: Line | undefined, stopwords: ReadonlySet<string>): boolean {
  const last = items[items.length - 1];
  if (last === undefined || next === undefined || items.length < 2 || next.words <= last.words) return false;
  const others = items.slice(0, -1);
  return isHeadlineCase(last, stopwords) && !others.some((item) => isHeadlineCase(item, stopwords));
}

/** Two words or more, and every content word capitalized. */
const isHeadlineCase = (line: Line, stopwords: ReadonlySet<string>): boolean =>
  line.words >= 2 && capitalShare(line.text, stopwords) === 1;

/**
 * A short plain line that neither opens a list of its own nor announces one, and ends like the list's first item:
 * both in a sentence mark or neither. Why: the paragraph after a list of phrases is a short sentence often enough
 * ("Stress levels", "Mood", then "It also helps you sleep.").
 */
function isItemLike(line: Line, first: Line): boolean {
  return (
    isPlain(line) &&
    line.words > 0 &&
    line.words <= MAX_ITEM_WORDS &&
    line.endsSentence === first.endsSentence &&
    !LEAD_IN.test(line.text)
  );
}

/** Not marked as anything else: a list item, a quote, a Markdown heading or a figure. */
const isPlain = (line: Line): boolean =>
  line.listMarker === null && !line.quoted && line.headingLevel === 0 && line.credit === undefined;
