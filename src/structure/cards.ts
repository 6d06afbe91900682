import type { Line } from '../segment/segment.js';

/** Fewest units in a run of cards: two could be the article's own headings over prose, or one quote. */
const MIN_CARDS = 3;
/** Most words of a card's headline. */
const MAX_CARD_TITLE_WORDS = 16;
/** Fewest words of a card's excerpt. */
const MIN_EXCERPT_WORDS = 8;
/** An excerpt cut short: a word then an ellipsis, bare or bracketed ("… and get...", "… to the [&hellip;]"). */
const CUT_SHORT = /[\p{L}\p{N},;]\s?(?:\.{3}|…|\[(?:\.{3}|…)\])$/u;
/** What ends a line that is no headline: a sentence, a label or an ellipsis. */
const NO_HEADLINE_END = /[.:…]$/u;

/** Fewest words of a review. */
const MIN_REVIEW_WORDS = 5;
/** Most words of the line that signs a review. */
const MAX_SIGNATURE_WORDS = 4;
/** A reviewer's name as review widgets print it: a first name and initials ("Mallory R.", "A. Rae V. B."). */
const INITIALLED_NAME = /^(?:\p{Lu}\.\s?)*\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.)+$/u;
/**
 * A user's handle: one token with a letter and a digit or an underscore ("TeeLox23", "Best_Law8690"), or in
 * lower case ("mjovt"): no heading of an article is one lower-case word. Four letters at least: "re" and "cu"
 * close quoted mail (WCXB 0435), "â" is a broken bullet (4859).
 */
const HANDLE = /^(?:(?=\S*\p{L})(?=\S*[\p{N}_])[\p{L}\p{N}_.-]+|\p{Ll}[\p{Ll}\p{N}_.-]{3,})$/u;

/** One shape of card: two lines, the first `head`, the second `tail`; `marked` tells a card from the article. */
interface CardShape {
  head(line: Line): boolean;
  tail(line: Line): boolean;
  marked(head: Line, tail: Line): boolean;
}

/** True when `line` is an excerpt cut short (a long line ending in an ellipsis). */
function isCutShort(line: Line): boolean {
  return line.words >= MIN_EXCERPT_WORDS && CUT_SHORT.test(line.text);
}

/** A post card: a short headline over a long excerpt, most excerpts cut short (an article's sections are not). */
const POST_CARD: CardShape = {
  head: (line) => line.words > 0 && line.words <= MAX_CARD_TITLE_WORDS && !NO_HEADLINE_END.test(line.text),
  tail: (line) => line.words >= MIN_EXCERPT_WORDS,
  marked: (_head, tail) => isCutShort(tail),
};

/** A testimonial: a review over the short line that signs it, most signed with a reviewer's name or handle. */
const TESTIMONIAL: CardShape = {
  // A line ending in a colon introduces what follows: no review does.
  head: (line) => line.words >= MIN_REVIEW_WORDS && !line.text.endsWith(':'),
  // A quoted line is a letter's, not a signature.
  tail: (line) => line.words > 0 && line.words <= MAX_SIGNATURE_WORDS && !line.quoted && !/[:?!]$/u.test(line.text),
  marked: (_head, tail) => INITIALLED_NAME.test(tail.text) || HANDLE.test(tail.text),
};

/**
 * The lines of `kept` in runs of `shape`'s cards: at least {@link MIN_CARDS} in a row, more than half of them
 * marked. Each line is looked at a bounded number of times: linear.
 */
function cardRuns(kept: readonly Line[], shape: CardShape): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i + 1 < kept.length) {
    let j = i;
    let cards = 0;
    let marked = 0;
    while (j + 1 < kept.length && shape.head(kept[j] as Line) && shape.tail(kept[j + 1] as Line)) {
      cards++;
      if (shape.marked(kept[j] as Line, kept[j + 1] as Line)) marked++;
      j += 2;
    }
    if (cards >= MIN_CARDS && marked * 2 > cards) {
      runs.push({ from: i, to: j });
      i = j;
    } else i = Math.max(i + 1, j - 1); // a failed run's lines are not looked through again
  }
  return runs;
}

/**
 * The lines of `kept` in runs of post cards: a headline over a long excerpt, at least {@link MIN_CARDS} cards
 * in a row and most excerpts cut short with an ellipsis; an excerpt cut short right before a run is a card
 * whose headline stood elsewhere. Why: cards of the site's other posts follow or interrupt many posts and read
 * as headings over prose (WCXB 4524: eight cards under the article).
 * @example excerptCards(linesOf('Desk setup\nHow to raise your monitor to eye level and stop the ache in …\n…')) // the run's lines
 */
export function excerptCards(kept: readonly Line[]): Line[] {
  const cut: Line[] = [];
  for (const { from, to } of cardRuns(kept, POST_CARD)) {
    const start = from > 0 && isCutShort(kept[from - 1] as Line) ? from - 1 : from;
    cut.push(...kept.slice(start, to));
  }
  return cut;
}

/**
 * The lines of `kept` in runs of testimonials: a review over the name that signs it, at least {@link MIN_CARDS}
 * in a row and most signed with initials or a handle, as review widgets print them. Why: a practice's or a
 * podcast's reviews close many pages and read as short paragraphs (WCXB 4175: five reviews signed "Dawn H.").
 * @example testimonials(linesOf('Kind staff and short waits, we love it here.\nDawn H.\n…')) // the run's lines
 */
export function testimonials(kept: readonly Line[]): Line[] {
  const cut: Line[] = [];
  let done = 0;
  for (const run of cardRuns(kept, TESTIMONIAL)) {
    let { from, to } = run;
    // Why: a carousel prints more signatures than reviews and repeats some reviews (WCXB 0228, 4175); the run
    // goes on over signatures and signed reviews, and back over the signatures right before it.
    while (from > done && isSignature(kept[from - 1] as Line)) from--;
    for (;;) {
      const line = kept[to];
      if (line === undefined) break;
      if (TESTIMONIAL.tail(line)) to++;
      else if (TESTIMONIAL.head(line) && kept[to + 1] !== undefined && TESTIMONIAL.tail(kept[to + 1] as Line)) to += 2;
      else break;
    }
    cut.push(...kept.slice(Math.max(from, done), to));
    done = to;
  }
  return cut;
}

/** True when `line` signs a review with a reviewer's initialled name or handle. */
function isSignature(line: Line): boolean {
  return TESTIMONIAL.tail(line) && TESTIMONIAL.marked(line, line);
}
