import type { Line } from '../segment/segment.js';
import { splitHighlights } from '../structure/highlights.js';
import type { TabTable } from '../structure/tab-tables.js';
import { FULL_STOP_END } from '../structure/title-shape.js';
import type { Verdict } from '../types.js';
import { isProse, type LineScore, lineScore } from './extent.js';

/** Most lines of a sign-off under the last sentence ("Best regards," / "Anna"). */
const MAX_SIGN_OFF_LINES = 2;
/** Most words of a sign-off's line. */
const MAX_SIGN_OFF_WORDS = 4;
/** Most lines over the first sentence that are not sentences: a headline and a heading ("Title" / "Ratio"). */
const MAX_OPENING_LINES = 2;
// Why: a line ending in a comma or a colon runs on into the next ("Dear Tom,", "The money goes to:", "亲爱的汤姆：").
const RUNS_ON = /[,:;，：；、]$/u;
/**
 * Most words of an unmarked line of a bare list. Why: a paragraph hard-wrapped into lines is no list
 * (test/robustness.test.ts: 100,000 lines of thirteen words).
 */
const MAX_LOOSE_ITEM_WORDS = 8;
/** Most words of a clean text's headline or heading; a longer line is a paragraph that lacks its full stop. */
const MAX_HEADLINE_WORDS = 15;

/**
 * True when the input reads as a clean text, not a page: no detector flagged a line, no line is a summary of
 * highlights ("… ■ …"), and every line is well formed (a sentence, a quote, a marked heading, a line that runs on into
 * the next), except for runs of other lines (list items, headings, names) that stand where a text has them: up to two
 * over the first well-formed line (a headline and a heading); any number under a sentence or a quote and over a
 * well-formed line, or under a marked heading or a line that runs on (a list, with or without its bullets, as
 * `article.text` writes one); a sign-off of up to two short lines, or a paragraph that lacks its full stop, under the
 * last sentence; or the whole input, of
 * items or short lines (a bare list). Why: a clean input (a bare list, a letter, Markdown, the article's own text)
 * lost its list items, its sign-off and its first heading as short lines outside the body; of the WCXB and multisite
 * dev pages only 9 of 1818 runs have no detector verdict, and none of them is well formed. Linear.
 * @example cleanInput(linesOf('- apples\n- pears\n- plums'), []) // true
 */
export function cleanInput(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  pipeTables: readonly TabTable[] = [],
): boolean {
  if (lines.length === 0) return false;
  // Why the highlights: `toText` writes an article's highlights as one line parted by "■", as pages write a dek; the
  // header's reading takes them (test/properties.test.ts), which a text's body would keep.
  // The verdicts first: nearly every page has one, and they cost nothing to ask.
  const opening = firstOpening(lines);
  for (let i = 0; i < lines.length; i++) if (verdicts[i] && !(i < opening && isHeaderMeta(verdicts[i]))) return false;
  // Why a pipe table's lines apart: their bars split like highlights ("| a | b |"), and its short rows read as a
  // run no sentence places; a lone table, or one under a text's last paragraph, came back empty.
  const inTable = tableLines(lines.length, pipeTables);
  // Why only over the first sentence and on its line: there `toText` writes them; a line lower down parted by bars is
  // the body's (a venue and its photographer, "Regatta Place | Sara Zarella Photography", WCXB 4588 innertext).
  const header = Math.min(opening, lines.length - 1);
  for (let i = 0; i <= header; i++) if (!inTable[i] && splitHighlights(lines[i] as Line)) return false;
  return everyRunPlaced(lines, inTable);
}

/**
 * The lines of a clean input (see {@link cleanInput}) that do not score as prose, from its first sentence, item or
 * quote on, or from its first line when it has none, rescored as prose, so that the body holds the whole text under
 * its headline: its list items, loose or marked, its short sentences and its sign-off. Why not its marked headings:
 * the short-line pass keeps one over prose and drops one right over another, which heads no section, as on a page
 * (test/analyze/context.test.ts). Returns the lines to rescore, by index.
 */
export function cleanInputScores(lines: readonly Line[], scores: readonly LineScore[]): Map<number, LineScore> {
  const rescored = new Map<number, LineScore>();
  let i = firstOpening(lines);
  if (i === lines.length) i = 0;
  const onlyHeadings = lines.every((line) => line.headingLevel > 0);
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isProse(scores[i]) || (line.headingLevel > 0 && !onlyHeadings)) continue;
    // Why: a photo credit on a line of its own is the last image's, not the text's ("Photo: Jane Roe/Reuters" under
    // the last paragraph, test/structure/closing-credit.test.ts): read as the body's, it took that paragraph as its caption.
    if (line.credit !== undefined && line.text === '') continue;
    rescored.set(i, lineScore(Math.max(1, line.words / 2), 'medium'));
  }
  return rescored;
}

/**
 * True for a byline's or a date's verdict, which a line over a clean text's first sentence may carry: `toText` and
 * `toMarkdown` write the byline and the date under the headline ("*By Jane Doe · May 4, 2025*"). Why: the Markdown of
 * 1,496 of 1,818 dev runs read as a page for that line alone, and cleaned again lost its short lines as chrome.
 */
const isHeaderMeta = (verdict: Verdict | undefined): boolean => verdict?.kind === 'byline-meta';

/** Which of `count` lines stand in one of `tables`, by index. */
function tableLines(count: number, tables: readonly TabTable[]): boolean[] {
  const inTable = new Array<boolean>(count).fill(false);
  for (const table of tables) inTable.fill(true, table.first, table.last + 1);
  return inTable;
}

/**
 * True when every run of lines that are not well formed stands where a clean text has one (see {@link cleanInput});
 * a table's lines (`inTable`) are well formed.
 */
function everyRunPlaced(lines: readonly Line[], inTable: readonly boolean[]): boolean {
  const wellFormed = (k: number): boolean => inTable[k] === true || isWellFormed(lines[k] as Line);
  let i = 0;
  while (i < lines.length) {
    if (wellFormed(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && !wellFormed(end + 1)) end++;
    if (!isPlaced(lines, i, end)) return false;
    i = end + 1;
  }
  return true;
}

/**
 * True when the run of lines `[from, to]` that are not well formed stands where a clean text has one: over its first
 * well-formed line (a headline and a heading), between a sentence or quote and a well-formed line, under a marked
 * heading or a line that runs on (a list), a sign-off or a paragraph without its full stop under the last sentence,
 * or the whole input (a bare list).
 */
function isPlaced(lines: readonly Line[], from: number, to: number): boolean {
  const above = lines[from - 1];
  const below = lines[to + 1];
  if (above === undefined)
    return below === undefined
      ? allShortOrMarked(lines, from, to, MAX_LOOSE_ITEM_WORDS)
      : to - from < MAX_OPENING_LINES;
  // Why the mark: a Markdown heading heads the list under it, to the input's end ("# Shopping list" over its items).
  if (RUNS_ON.test(above.text) || above.headingLevel > 0) return true;
  if (below !== undefined) return above.endsSentence || above.quoted;
  if (!above.endsSentence) return false;
  // Why: a last paragraph may lack its full stop; cleaned again as a page, its text was cut as after the article
  // (WCXB 0002 innertext: "… prioritizing functionality and clear labeling over calories alone").
  if (from === to && (lines[to] as Line).words > MAX_HEADLINE_WORDS) return true;
  if (to - from + 1 > MAX_SIGN_OFF_LINES) return false;
  return allShortOrMarked(lines, from, to, MAX_SIGN_OFF_WORDS, false);
}

/** True when every line of `[from, to]` has at most `maxWords` words, or is a list's item where `items` allows. */
function allShortOrMarked(lines: readonly Line[], from: number, to: number, maxWords: number, items = true): boolean {
  for (let k = from; k <= to; k++) {
    const line = lines[k] as Line;
    if (line.words > maxWords && !(items && line.listMarker !== null)) return false;
  }
  return true;
}

/** Where a clean text's headline may stand. */
export interface CleanHeadline {
  /** How many lines over the first sentence may be the headline: a line the title search finds lower is the body's. */
  readonly within: number;
  /** The headline when the search finds none there, or -1. */
  readonly otherwise: number;
}

const NO_HEADLINE: CleanHeadline = { within: 0, otherwise: -1 };

/**
 * Whether a clean input's opening (see {@link cleanInput}) may hold its headline: its first line is marked as one
 * (Markdown's `#`, or a line of `=` under it, as `toMarkdown` and `toText` write it), a byline or a date (a line with a
 * byline's or date's verdict) stands over its first sentence, item or quote, as both write them under the headline, or
 * no line lower down stands as a heading does ({@link isHeadingBetweenProse}). Why: a short line over the first
 * paragraph of a text whose sections have such headings is the first of them, as in `article.text`, which has no
 * headline ("What Is Video Production?" over "Video production is …" and "Why Is Video Production Important?" lower
 * down, WCXB 0110 and 0138 cleaned again); taken for the headline, it left the text.
 * @example readsHeadline(linesOf('Brewing guide\n===\nUse fifteen grams of coffee.'), []) // true
 */
export function readsHeadline(lines: readonly Line[], verdicts: readonly (Verdict | undefined)[]): boolean {
  if (lines[0]?.headingLevel === 1) return true;
  const first = firstOpening(lines);
  for (let i = 0; i < first; i++) if (isHeaderMeta(verdicts[i])) return true;
  const opening = lines[0] as Line;
  for (let i = first + 1; i < lines.length - 1; i++)
    if (isHeadingBetweenProse(lines, i) && isShapedAlike(opening, lines[i] as Line)) return false;
  return true;
}

/**
 * True when two lines end alike (a question mark, an exclamation mark, or neither) and both or neither open with a
 * digit: headings of one text's sections are written alike ("What Is Video Production?" and "Why Is Video Production
 * Important?", WCXB 0110), where its headline may stand apart from them ("Planning a First Trip to Japan" over "2.1
 * Cherry Blossom Season").
 */
function isShapedAlike(a: Line, b: Line): boolean {
  return endMark(a.text) === endMark(b.text) && startsWithDigit(a.text) === startsWithDigit(b.text);
}

/** The line's last character when it is a question or exclamation mark, else the empty string. */
function endMark(text: string): string {
  const last = text.charAt(text.length - 1);
  return last === '?' || last === '!' || last === '？' || last === '！' ? last : '';
}

const startsWithDigit = (text: string): boolean => {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
};

/**
 * True when line `i` stands as a section's heading does: a short line that is no item or quote, has a word and ends
 * in no full stop, between two sentences. Why not a photo credit on a line of its own ("Photo: City of Riverton"): it
 * is the photo's, and no heading.
 */
function isHeadingBetweenProse(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  return (
    isHeadlineShaped(line) &&
    line.words > 0 &&
    line.credit === undefined &&
    !FULL_STOP_END.test(line.text) &&
    (lines[i - 1] as Line).endsSentence &&
    (lines[i + 1] as Line).endsSentence
  );
}

/**
 * Where the headline of a clean input (see {@link cleanInput}) may stand: none when its opening holds none (`named`,
 * see {@link readsHeadline}); else one of the lines over its first sentence, item or quote, as the title search finds,
 * or, when the search finds none there, the first line when it is marked as the headline or the first of two short
 * lines that are not sentences, as `toText` once wrote a Markdown text's `#` and `##` ("Brewing guide" / "Ratio" / "Use
 * fifteen grams …"): such a headline may share no word with its body. Why only there: a line the search found lower
 * cut the text's opening lines ("1. CONNECTING THE UNCONNECTED: …" under the opening paragraph, WCXB 4517 cleaned
 * again). None either when the text opens with a sentence, an item or a quote ("1. Boil the water." as `article.text`
 * writes it), with a line that runs on ("Dear Tom,"), or holds no sentence.
 * @example cleanInputHeadline(linesOf('# Brewing guide\nRatio\nUse fifteen grams of coffee.'), true) // { within: 2, otherwise: 0 }
 */
export function cleanInputHeadline(lines: readonly Line[], named: boolean): CleanHeadline {
  const first = firstOpening(lines);
  // Why the run-on: a letter's salutation ("Dear Tom,") is the body's first line, no headline.
  if (!named || first === lines.length || RUNS_ON.test((lines[0] as Line).text)) return NO_HEADLINE;
  const marked = (lines[0] as Line).headingLevel === 1;
  return { within: first, otherwise: marked || opensWithTwoShortLines(lines, first) ? 0 : -1 };
}

/** True when the two lines over the first sentence, item or quote (`first`) are short and not sentences. */
function opensWithTwoShortLines(lines: readonly Line[], first: number): boolean {
  if (first !== MAX_OPENING_LINES) return false;
  for (let i = 0; i < first; i++) {
    const line = lines[i] as Line;
    if (isWellFormed(line) || line.words > MAX_HEADLINE_WORDS) return false;
  }
  return true;
}

/**
 * Index of the first line that opens a clean input's body (a sentence, an item or a quote), or the lines' count. Why
 * not a short question or exclamation over more lines: `toText` writes a headline so ("What is Cloud Computing?",
 * WCXB 0005); the title search decides.
 */
function firstOpening(lines: readonly Line[]): number {
  // Why a loop, not a call on the rest of the lines: a text of 16,000 short questions overflowed the stack, copying
  // the lines at each one (test/robustness.test.ts).
  for (let from = 0; ; from++) {
    let i = from;
    while (i < lines.length && !opensBody(lines[i] as Line)) i++;
    const line = lines[i];
    // A headline ends in no full stop (it may ask or exclaim).
    const headlineOver = i === from && line !== undefined && lines.length - from > 1 && !FULL_STOP_END.test(line.text);
    if (!headlineOver || !isHeadlineShaped(line)) return i;
  }
}

const isHeadlineShaped = (line: Line): boolean =>
  line.listMarker === null && !line.quoted && line.words <= MAX_HEADLINE_WORDS;

/**
 * The first line of a clean input's body: its first line when its opening holds no headline (`named` false, see
 * {@link readsHeadline}); else its
 * first sentence, item or quote, or the line right over it when that is a heading (marked, the second of two short
 * lines, or a line under the marked headline that is no byline or date, as `toText` writes "Brewing guide" / "=====" /
 * "Ratio"), a line that runs on ("Dear Tom,") or the input's first line. Why not higher: over it stand the headline and the lines `toText` and
 * `toMarkdown` write under it, a byline and a date ("*By Philip Stefanov*", WCXB 0033 as toMarkdown writes it), which
 * the header's reading takes.
 */
export function cleanInputStart(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  named: boolean,
): number {
  const first = firstOpening(lines);
  if (!named || first === 0 || first === lines.length) return 0;
  const over = lines[first - 1] as Line;
  const underHeadline = first === 2 && (lines[0] as Line).headingLevel === 1 && !isHeaderMeta(verdicts[1]);
  const heading =
    over.headingLevel > 0 ||
    RUNS_ON.test(over.text) ||
    first === 1 ||
    underHeadline ||
    opensWithTwoShortLines(lines, first);
  return heading ? first - 1 : first;
}

const opensBody = (line: Line): boolean => line.endsSentence || line.listMarker !== null || line.quoted;

/**
 * A sentence, a quote, a marked heading or a line that runs on; not a list's item. Why not an item: html-to-text
 * writes a page's menus as lists (" * Install", " * Learn" over the headline, WCXB 0379; " * Privacy 🥷" at the end,
 * 4604), so an item is well formed only where prose bounds its list.
 */
function isWellFormed(line: Line): boolean {
  if (line.listMarker !== null) return false;
  return line.endsSentence || line.quoted || line.headingLevel > 0 || RUNS_ON.test(line.text);
}
