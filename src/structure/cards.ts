import type { Line } from '../segment/segment.js';

/**
 * Fewest post cards in a run: two, both cut short (WCXB 0109, 0281: two cards of the site's posts under the
 * article); one could be the article's own heading over a paragraph that trails off.
 */
const MIN_POST_CARDS = 2;
/**
 * Fewest cards in a run marked by headlines written twice: three; two could be captions written twice over the
 * article's paragraphs (WCXB 0473: "Image by AlexZel from Pixabay" twice, then a paragraph).
 */
const MIN_DOUBLED_CARDS = 3;
/**
 * Fewest cards in a run marked by a category the page's menu lists: two, as with cut-short excerpts; an article's
 * heading is rarely a menu's entry over a headline.
 */
const MIN_SECTION_CARDS = 2;
/** Fewest testimonials in a run: two could be the article's own quotes, each over its speaker's name. */
const MIN_TESTIMONIALS = 3;
/** Most words of a card's headline. */
const MAX_CARD_TITLE_WORDS = 16;
/** Most lines of the body before or after a run of cards with a line over their headline (a category, a date). */
const MAX_EDGE_LINES = 8;
/** Fewest words of a card's excerpt. */
const MIN_EXCERPT_WORDS = 8;
/** An excerpt cut short: a word then an ellipsis, bare or bracketed ("… and get...", "… to the [&hellip;]"). */
const CUT_SHORT = /[\p{L}\p{N},;]\s?(?:\.{3}|…|\[(?:\.{3}|…)\])$/u;
/** What ends a line that is no headline: a sentence, a label or an ellipsis. */
const NO_HEADLINE_END = /[.:…]$/u;

/** Fewest labelled cards in a run at the body's end: two could be the article's last headings over short lines. */
const MIN_LABELLED_CARDS = 3;
/** Most words of a card's label (a number, a category). */
const MAX_LABEL_WORDS = 3;
/** Fewest words of a labelled card's headline: more than its label's. */
const MIN_LABELLED_TITLE_WORDS = MAX_LABEL_WORDS + 1;

/** Fewest entries of a menu: a short list with a line under each item can be the article's own. */
const MIN_MENU_ENTRIES = 6;
/** Most words of a menu entry's name. */
const MAX_ENTRY_NAME_WORDS = 5;
/** Most words of the one-line description under it. */
const MAX_ENTRY_BLURB_WORDS = 16;

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
  /** Fewest cards in a run. */
  minCards: number;
  /** Most head lines over the tail: a card may add a category or a date line to its headline. */
  maxHeads: number;
  head(line: Line): boolean;
  tail(line: Line): boolean;
  /** Whether the card whose first line is `head` and last line `tail` has the mark of its kind. */
  marked(tail: Line, head: Line): boolean;
  /** The run starts at its first marked card: unmarked cards before it are the article's last section. */
  fromMarked?: boolean;
}

/**
 * The shape with every field set, in one order. Why: shapes built as different literals and spreads had several
 * hidden classes, and V8's loads of their fields in {@link cardRuns} and {@link cardEnd}, asked per line, went
 * megamorphic (`node --log-ic`); built here, they share one.
 */
function cardShape(shape: CardShape): CardShape {
  return {
    minCards: shape.minCards,
    maxHeads: shape.maxHeads,
    head: shape.head,
    tail: shape.tail,
    marked: shape.marked,
    fromMarked: shape.fromMarked === true,
  };
}

/** True when `line` is an excerpt cut short (a long line ending in an ellipsis). */
function isCutShort(line: Line): boolean {
  // The ending first: the expression is tried at every character of a paragraph, and most end otherwise. Why the
  // whole ellipsis, not its last character: most paragraphs end in a full stop.
  return line.words >= MIN_EXCERPT_WORDS && endsInEllipsis(line.text) && CUT_SHORT.test(line.text);
}

/** Whether `text` ends in an ellipsis, bare or before a closing bracket: what {@link CUT_SHORT} needs at its end. */
function endsInEllipsis(text: string): boolean {
  const end = text.endsWith(']') ? text.length - 1 : text.length;
  return text.endsWith('…', end) || text.endsWith('...', end);
}

/** A post card: a short headline over a long excerpt, most excerpts cut short (an article's sections are not). */
const POST_CARD = cardShape({
  minCards: MIN_POST_CARDS,
  maxHeads: 1,
  head: (line) => line.words > 0 && line.words <= MAX_CARD_TITLE_WORDS && !NO_HEADLINE_END.test(line.text),
  tail: (line) => line.words >= MIN_EXCERPT_WORDS,
  marked: isCutShort,
});
/**
 * A post card with a line over its headline: a category ("Taxes" over the headline, WCXB 0310). A listing
 * gives its own entries so too ("Summit" over "Minneapolis, United States", 4362): these only count at the
 * body's edges, where the site's cards stand.
 */
const HEADED_POST_CARD = cardShape({ ...POST_CARD, maxHeads: 2 });

/** A labelled card: a short label (a number, a category) over a headline, with no text under it. */
const LABELLED_CARD = cardShape({
  minCards: MIN_LABELLED_CARDS,
  maxHeads: 1,
  // A label with a colon names a value or a list ("Pros:"), the article's.
  head: (line) =>
    line.words > 0 && line.words <= MAX_LABEL_WORDS && !NO_HEADLINE_END.test(line.text) && line.listMarker === null,
  tail: (line) =>
    line.words >= MIN_LABELLED_TITLE_WORDS && line.words <= MAX_CARD_TITLE_WORDS && !NO_HEADLINE_END.test(line.text),
  marked: () => true,
});

/** A testimonial: a review over the short line that signs it, most signed with a reviewer's name or handle. */
const TESTIMONIAL = cardShape({
  minCards: MIN_TESTIMONIALS,
  maxHeads: 1,
  // A line ending in a colon introduces what follows: no review does.
  head: (line) => line.words >= MIN_REVIEW_WORDS && !line.text.endsWith(':'),
  // A quoted line is a letter's, not a signature.
  tail: (line) => line.words > 0 && line.words <= MAX_SIGNATURE_WORDS && !line.quoted && !/[:?!]$/u.test(line.text),
  marked: (tail) => INITIALLED_NAME.test(tail.text) || HANDLE.test(tail.text),
});

/**
 * The lines of `kept` in runs of `shape`'s cards: at least `shape.minCards` in a row, more than half of them
 * marked. Each line is looked at a bounded number of times: linear.
 */
function cardRuns(kept: readonly Line[], shape: CardShape): CardRun[] {
  const runs: CardRun[] = [];
  let i = 0;
  while (i + 1 < kept.length) {
    let j = i;
    let cards = 0;
    let marked = 0;
    let from = i;
    for (let end = cardEnd(kept, j, shape); end > 0; end = cardEnd(kept, j, shape)) {
      if (shape.marked(kept[end - 1] as Line, kept[j] as Line)) marked++;
      else if (shape.fromMarked && marked === 0) from = end;
      if (marked > 0 || !shape.fromMarked) cards++;
      j = end;
    }
    if (cards >= shape.minCards && marked * 2 > cards) {
      runs.push({ from, to: j });
      i = j;
    } else i = Math.max(i + 1, j - 1); // a failed run's lines are not looked through again
  }
  return runs;
}

/** A run of cards: lines `from` to `to` (exclusive). */
interface CardRun {
  from: number;
  to: number;
}

/** Where the card opening at `j` ends (past its tail), or -1 when no card of `shape` opens there. */
function cardEnd(kept: readonly Line[], j: number, shape: CardShape): number {
  let heads = 0;
  while (heads < shape.maxHeads && j + heads < kept.length && shape.head(kept[j + heads] as Line)) heads++;
  if (heads === 0) return -1;
  const tail = kept[j + heads];
  if (tail !== undefined && shape.tail(tail)) return j + heads + 1;
  // The last head may be the tail itself (a short excerpt, a long headline).
  return heads > 1 && shape.tail(kept[j + heads - 1] as Line) ? j + heads : -1;
}

/**
 * The lines of `kept` in runs of post cards: a headline over a long excerpt, at least {@link MIN_POST_CARDS} cards
 * in a row and most excerpts cut short with an ellipsis; an excerpt cut short right before a run is a card
 * whose headline stood elsewhere. Why: cards of the site's other posts follow or interrupt many posts and read
 * as headings over prose (WCXB 4524: eight cards under the article). At the body's edges also a run of at least
 * {@link MIN_DOUBLED_CARDS} cards, most of whose headlines `isDoubled` (the page wrote them twice in a row).
 * @param isDoubled True for a line the input repeats on its next line.
 * @example excerptCards(linesOf('Desk setup\nHow to raise your monitor to eye level and stop the ache in …\n…'), () => false) // the run's lines
 */
export function excerptCards(kept: readonly Line[], isDoubled: (line: Line) => boolean): Line[] {
  const cut = new Set<number>();
  const take = (from: number, to: number): void => {
    const start = from > 0 && isCutShort(kept[from - 1] as Line) ? from - 1 : from;
    for (let k = start; k < to; k++) cut.add(k);
  };
  for (const { from, to } of cardRuns(kept, POST_CARD)) take(from, to);
  const atEdge = (from: number, to: number): boolean => from <= MAX_EDGE_LINES || kept.length - to <= MAX_EDGE_LINES;
  for (const { from, to } of cardRuns(kept, HEADED_POST_CARD)) if (atEdge(from, to)) take(from, to);
  // Why: a card's headline written twice, once by its image link and once by its title link, marks the site's cards
  // of its other posts, with excerpts whole ("Need More Backpacking Advice?" over twelve, WCXB 4698, 4130); the
  // article's own headings are written once. Only at the body's edges: a listicle's items may be written so too.
  const doubled = cardShape({ ...POST_CARD, minCards: MIN_DOUBLED_CARDS, marked: (_tail, head) => isDoubled(head) });
  for (const { from, to } of cardRuns(kept, doubled)) if (atEdge(from, to)) take(from, to);
  return kept.filter((_line, k) => cut.has(k));
}

/**
 * The lines of `kept` in a run of section cards that closes the body: a category that the page's menu lists over a
 * headline and its blurb, at least {@link MIN_SECTION_CARDS} cards, most so marked, none of whose categories the body
 * above writes. Why: the site's teasers under the article, whose blurbs are whole sentences, not cut short.
 * @param isMenuEntry True for a line that the page's menu also lists ("Digital Life", "B2B").
 * @example sectionCardsAtEnd(linesOf('<paragraph>\nB2B\nWaymo bittet Autohersteller um Geld\nDie Google-Schwesterfirma …\n…'), isMenuEntry) // the run's lines
 */
export function sectionCardsAtEnd(kept: readonly Line[], isMenuEntry: (line: Line) => boolean): Line[] {
  // why: trafilatura test page futurezone.at.lyft (German; WCXB 4517, 0045 in English) — three teasers under the
  // article, each its section's name from the page's menu ("Digital Life", "B2B") over a headline and a one-sentence
  // blurb; the article's own headings are no menu entries.
  const shape = cardShape({
    ...HEADED_POST_CARD,
    minCards: MIN_SECTION_CARDS,
    marked: (_tail, head) => isMenuEntry(head),
    fromMarked: true,
  });
  const last = cardRuns(kept, shape).at(-1);
  if (last === undefined || kept.length - last.to > MAX_EDGE_LINES) return [];
  // A listing's entries may each open with a label its menu also has, and then they are the page ("Webcam" over
  // each camera, WCXB 0341): the body above writes the same label.
  const above = new Set(kept.slice(0, last.from).map((line) => line.text));
  const cards = kept.slice(last.from, last.to);
  return cards.some((line) => isMenuEntry(line) && above.has(line.text)) ? [] : cards;
}

/**
 * The lines of `kept` in a run of labelled cards that closes the body: a short label over a headline, at least
 * {@link MIN_LABELLED_CARDS} in a row, nothing after them. Why: a grid of the site's other pages under the article,
 * each a number or a category over its headline ("4" over "What is the FATF Travel Rule, and How Does it Impact
 * Crypto Businesses?", and five more, WCXB 4155); inside the body such a run is the article's (a spec sheet).
 * @example labelledCardsAtEnd(linesOf('<paragraph>\n4\nWhat Is the Travel Rule?\n5\n…')) // the run's lines
 */
export function labelledCardsAtEnd(kept: readonly Line[]): Line[] {
  const last = cardRuns(kept, LABELLED_CARD).at(-1);
  return last !== undefined && last.to === kept.length && last.from > 0 ? kept.slice(last.from) : [];
}

/** A menu entry: a short list item naming a page over a one-sentence blurb of it ("Cloud SQL" over "Fully managed …"). */
const MENU_ENTRY = cardShape({
  minCards: MIN_MENU_ENTRIES,
  // A section's name may stand over its first entry ("Reports and insights" over "Executive insights").
  maxHeads: 2,
  head: (line) => line.listMarker !== null && line.words <= MAX_ENTRY_NAME_WORDS && !line.endsSentence,
  tail: (line) =>
    line.listMarker === null && line.words > 0 && line.words <= MAX_ENTRY_BLURB_WORDS && line.sentenceMarks <= 1,
  marked: (tail) => tail.endsSentence,
});

/**
 * The lines of `kept` in runs of menu entries: a short list item over a one-sentence blurb, at least
 * {@link MIN_MENU_ENTRIES} in a row, most blurbs a sentence. Why: a mega-menu the page hides is written out by a
 * renderer that ignores CSS, and reads as a list with notes (WCXB 0005 html-to-text: "Cloud SQL" over "Fully
 * managed relational database service for MySQL, PostgreSQL, and SQL Server.", a hundred times).
 * @example menuEntries(linesOf(' * Cloud SQL\n   Fully managed relational database service.\n…')) // the run's lines
 */
export function menuEntries(kept: readonly Line[]): Line[] {
  return cardRuns(kept, MENU_ENTRY).flatMap(({ from, to }) => kept.slice(from, to));
}

/**
 * The lines of `kept` in runs of testimonials: a review over the name that signs it, at least {@link MIN_TESTIMONIALS}
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
