/** Most words of a button or a label. */
const MAX_LABEL_WORDS = 2;
/** Share of its words the body or its lede must use for a line to name the topic. */
const TOPIC_SHARE = 0.5;

/**
 * True for a line in capitals of a button's length that names neither the body's topic nor its lede ("START HERE",
 * "VIEW PRODUCTS", "COFFEE SUBSCRIPTION"): a call to action or a label, not a heading written in capitals.
 * @param overlap Share of the line's content words the body uses.
 * @param lede Share of the line's content words the body's first paragraphs use.
 * @example isCapsLabel(2, 0.25, 0) // true for "START HERE" over a gardening article
 */
export function isCapsLabel(words: number, overlap: number, lede: number): boolean {
  // Why: the button or label a browser's text writes in capitals outranked the mixed-case headline near it ("START
  // HERE", WCXB 0145; "VIEW PRODUCTS", 1821; "COFFEE SUBSCRIPTION", 4041 innertext); a short heading in capitals names
  // the topic ("KLATCH COFFEE", 4715; "BOOK REVIEWS", 0303; "YOSEMITE FALLS", 0341 html-to-text).
  return words <= MAX_LABEL_WORDS && overlap < TOPIC_SHARE && lede < TOPIC_SHARE;
}
