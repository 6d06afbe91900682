/**
 * The shape of a headline line: its length, its marks and what it must not be (a list item, a credit, a long
 * sentence). The title search asks these first; the outside-the-body and headline-list checks ask them too.
 */
import type { Line } from '../segment/segment.js';

// Why the ideographic full stops: a Chinese caption under the headline ends in "。" as an English one ends in "." (research
// set bbc-zhongwen (zh): "梁振英同时遭到泛民主派和亲北京阵营议员质问。" was taken for the headline above it).
export const FULL_STOP_END = /[.…。．｡]["'”’)」』]*$/u;
// A photo credit standing alone ("Credit: Reviewed / Electrolux", WCXB 0010).
const CREDIT_LINE = /^(?:photo\s+)?(?:credit|credits|photo|image|source)s?\s*:/iu;
/** Most words of a headline that ends in a full stop; longer one-sentence lines are deks. */
export const MAX_SENTENCE_TITLE_WORDS = 8;
/** Most words of a headline. */
export const MAX_TITLE_WORDS = 30;
/** Most sentence marks of a headline; a line with more is a dek of sentences, unless the URL spells it. */
export const MAX_TITLE_SENTENCE_MARKS = 2;
/** Fewest words of a headline: one word alone is a menu entry, a label or a name, but for `spelledAlone` (title.ts). */
export const MIN_TITLE_WORDS = 2;

/**
 * Headline shape: a few words, no list marker, no credit, not a long sentence (that is a dek).
 * @param minWords Fewest words of the line (`spelledAlone` (title.ts) lets one word be a headline).
 * @param headlineCase The line is in headline case, not in capitals: a full stop at its end does not make it a dek.
 * @param loneItem The line is a list's only item ({@link isLoneItem}): its marker does not rule it out.
 * @param manyMarks The URL's slug spells the line, or its periods close abbreviations: its sentence marks do not make it
 *   a dek.
 * @example isTitleShaped(lineOf('Is This the End?')) // true
 */
export function isTitleShaped(
  line: Line,
  headlineCase = false,
  loneItem = false,
  minWords = MIN_TITLE_WORDS,
  manyMarks = false,
): boolean {
  return (
    mayBeTitleShaped(line, loneItem, minWords, manyMarks) &&
    !(line.words > MAX_SENTENCE_TITLE_WORDS && FULL_STOP_END.test(line.text) && !headlineCase) &&
    !CREDIT_LINE.test(line.text)
  );
}

/**
 * What {@link isTitleShaped} asks whatever the line's case: a headline's length, no list marker, credit or quote mark,
 * no colon at its end.
 */
export function mayBeTitleShaped(line: Line, loneItem = false, minWords = MIN_TITLE_WORDS, manyMarks = false): boolean {
  return (
    line.words >= minWords &&
    line.words <= MAX_TITLE_WORDS &&
    (line.listMarker === null || loneItem) &&
    line.credit === undefined &&
    (line.sentenceMarks <= MAX_TITLE_SENTENCE_MARKS || manyMarks) &&
    !line.quoted &&
    // Why: a line ending in a colon labels what follows it ("The Best Budget French Press Coffee Maker:" over the
    // pick's name, WCXB 4078 innertext); taken for the headline, it cut the article's opening above it.
    !line.text.endsWith(':')
  );
}

/**
 * True when `lines[i]` is a list's only item, with no item right above or below it: a page may set its headline in a
 * list of one ("* WHAT IS DIGITAL MARKETING?" over its dek, WCXB 0045 html-to-text, where innerText writes no
 * marker), while a menu's or a contents list's entries stand among others. The title's other tests still apply.
 */
export function isLoneItem(lines: readonly Line[], i: number): boolean {
  const item = (j: number): boolean => (lines[j]?.listMarker ?? null) !== null;
  return item(i) && !item(i - 1) && !item(i + 1);
}
