import type { CompiledPack } from '../lang/matcher.js';
import { isQuoteBreak, type Line } from '../segment/segment.js';
import type { Block, ListBlock, TableBlock } from '../types.js';
import { capitalShare, isHeadlineCase } from './capital-share.js';
import { codeRuns, listingText } from './code-runs.js';
import { isCreditLabelLine } from './credit-label-line.js';
import { isFieldLine } from './field-line.js';
import { ASKS, EXCLAIMS } from './line-ends.js';
import { isListingComment } from './listing-comment.js';
import { numberedItem, type Ordinal, ordinalOf } from './ordinal.js';
import { withOutlineLevels } from './outline-levels.js';
import { isEscaped } from './plain-line.js';
import { isAmongFields } from './record-field.js';
import { isShouted } from './shouted.js';
import type { TableRow, TabTable } from './tab-tables.js';
import { dropsListMarks, tightList } from './tight-list.js';
import { unmarkedList } from './unmarked-list.js';

/** Most words of the caption over a credit that stands on its own line; a longer sentence is the article's. */
const MAX_CAPTION_WORDS = 20;
/** Most words of a heading written as a plain line. */
const MAX_HEADING_WORDS = 15;
// Why: a line ending in a comma, colon or semicolon continues into the next one; it is not a heading.
const CONTINUES = /[,;:–—-]$/;
/**
 * A line that opens with a dash: a quote's attribution ("—Ross Gay, Thank You" under the poem's line, WCXB 0400
 * innertext; "—Leslie, Colonial Van Lines customer testimonial", 0054) or a banner set between dashes ("‒ Black
 * Friday: Language Special ‒", 0006), never a heading. A dash and a space open a list item instead (segment).
 */
const ATTRIBUTION = /^[‒–—―]/u;
/**
 * An em dash alone opening a line is an attribution's or a signature's, no bullet: a tweet's "— <name>
 * (@handle) <date>" under its text (multisite-dev foxnews 2017-pence-1 innertext), "— Ben Nadel" (WCXB 0476); none
 * of the dev pages' 38 lines so opened stands next to another. Why it stays: a quote keeps it ("> — Name (@handle)",
 * the html-to-text rendering), and the article's text, which writes a quote without its mark, gave the line to a
 * second cleaning that dropped the dash.
 */
const EM_DASH_MARK = '—';
/**
 * A line holding a web address, or ending in a bare domain: a link or a source line ("Source: statista.com",
 * "Website: https://www.nih.gov/…", WCXB 0261, 0348 innertext; "chateau-bellecru.com" under a restaurant's name,
 * 0140), which html-to-text showed as a paragraph or a list item, never as `<h1>`–`<h6>`.
 */
const ADDRESS = /(?:https?:\/\/|www\.)\S|(?:^|\s)[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\/?$/u;

/**
 * True when a plain line reads as a section heading: short, not a sentence (but for one question over a longer line),
 * and followed by body text: a longer line or a sentence, or anything for a lone numbered line. Why numbered: a
 * listicle's numbered entry heads its section over a shorter line too ("10. Soundcore Q45" over "Specification:",
 * "1. JP Urban Moving" over "Total Reviews: 726", WCXB 4427, 0055 innertext); numbered lines that end in no sentence
 * mark and read as headings were `<h1>`–`<h6>` on the dev pages 1,477 times in 1,492, those over a shorter line 56
 * times in 64 (the rest `<li>`).
 */
export function isHeadingShaped(line: Line, next: Line | undefined): boolean {
  if (!canHead(line) || next === undefined || next.credit !== undefined) return false;
  if (line.endsSentence) return isQuestionHeading(line, next);
  return next.words > line.words || next.endsSentence || ordinalOf(line.listMarker) !== null;
}

/** A plain line of the shape of a heading, whatever follows it: short, capitalized, and no link, attribution or item. */
function canHead(line: Line): boolean {
  if (line.words === 0 || line.words > MAX_HEADING_WORDS || CONTINUES.test(line.text)) return false;
  if (ATTRIBUTION.test(line.text) || ADDRESS.test(line.text) || !isCapitalized(line)) return false;
  return line.listMarker === null || ordinalOf(line.listMarker) !== null;
}

/**
 * True when a line in headline case stands over a shorter heading-shaped line over prose: a heading too, though no
 * longer line follows it. Why: a listing's name over its place or rating ("Kansas City Cybersecurity Conference" over
 * "Overland Park, United States", "Another Tomorrow" over "Rated: Good", WCXB 4362, 4106 innertext); of such pairs on
 * the dev pages the upper line was `<h1>`–`<h6>` 232 times in 472. Not over a numbered line or one in capitals, which
 * html-to-text writes for `<h1>`–`<h6>`: that one is the heading; nor over a marked one that opens with its number,
 * as `toMarkdown` writes a numbered heading ("## 6. Inclusive Fitness Equipment" under "The MARS Recovery Pack by
 * Escape Fitness", WCXB 0013 innertext cleaned again). Why not over any marked line: a `#` line can be a listing's
 * comment ("# Create a file" under "Making Your First Commit", 0426).
 */
function isOverShorterHeading(
  line: Line,
  next: Line | undefined,
  after: Line | undefined,
  stopwords: ReadonlySet<string>,
): boolean {
  if (!canHead(line) || line.endsSentence || next === undefined) return false;
  if (next.words >= line.words || next.listMarker !== null) return false;
  if (next.headingLevel > 0 && NUMBERED_TEXT.test(next.text)) return false;
  if (isShouted(next) || ASKS.test(next.text)) return false;
  return isHeadingShaped(next, after) && isHeadlineCase(line, stopwords);
}

// A heading's text that opens with its number or letter ("6. Inclusive Fitness Equipment", "b) Easy Repairs").
const NUMBERED_TEXT = /^(?:\d{1,3}|[a-z])[.)]\s/u;

/**
 * True when a line has letters and, written in a script with cases, a capital among them. Why: a line of figures (a
 * rating "4.8 / 5.0", a price "$1795", a phone number, WCXB 0055, 0039, 0057 innertext) or of small letters only (a
 * label "map", a command "npm install -g …", 4340, 2534) was `<h1>`–`<h6>` on the dev pages 19 times in 295.
 */
function isCapitalized(line: Line): boolean {
  return line.letters > 0 && (line.upperRatio > 0 || !LOWER.test(line.text));
}
const LOWER = /\p{Ll}/u;

/**
 * True for one question over a longer line: the heading of a section that answers it. Why: how-to and FAQ sections
 * are headed so ("How does technical SEO impact ranking?" over its answer, WCXB 0040, 0054 innertext); checked
 * against the html-to-text rendering of the dev pages, such lines were `<h1>`–`<h6>` 844 times and `<p>`, `<li>` or
 * other 299 times (many of those FAQ questions in buttons).
 */
function isQuestionHeading(line: Line, next: Line): boolean {
  return line.sentenceMarks <= 1 && ASKS.test(line.text) && next.words > line.words;
}

/**
 * Stage 5, body part: turns the body's kept lines into typed blocks in reading order — code for runs of code lines,
 * figures for lines with a credit, lists for runs of marked lines, quotes, headings, and paragraphs for the rest.
 * `text` is the normalized text the lines were cut from; a listing's lines keep their indentation from it. `lang` is
 * the page's language: its stopwords tell a heading in headline case under an unmarked list ({@link unmarkedList}),
 * its credit labels a credit's line from a heading ({@link isCreditLabelLine}). `tables` are the tables the page
 * wrote with tabs ({@link tabTables}): two or more rows of one of them kept in a row, none of their lines left out, are
 * a table. `page` is all the page's lines: whether any carries a bullet tells whether its lists lost their marks, and
 * so whether lines set with no blank line between them are a list ({@link tightList}). `whole` is true for a clean
 * text (`cleanInput`): one that marks a heading with Markdown's `#` marks them all ({@link marksHeadings}).
 */
export function buildBlocks(
  kept: readonly Line[],
  text: string,
  lang: CompiledPack,
  tables: readonly TabTable[] = NO_TAB_TABLES,
  page: readonly Line[] = kept,
  whole = false,
): Block[] {
  const reading = startReading(kept, text, lang, tables, page, whole);
  for (let i = 0; i < kept.length; i++) i = readBlockAt(reading, i);
  return withOutlineLevels(reading.blocks);
}

/** What {@link buildBlocks} reads the kept lines with, and the blocks it has made of them so far. */
interface BlockReading {
  readonly kept: readonly Line[];
  readonly text: string;
  readonly lang: CompiledPack;
  readonly blocks: Block[];
  /** The listings ({@link codeRuns}): the position of each one's last line by that of its first. */
  readonly listings: ReadonlyMap<number, number>;
  /** The tables kept whole ({@link tablesIn}), by the position of their first line. */
  readonly tables: ReadonlyMap<number, KeptTable>;
  /** Where a list without marks ends: where a listing or a table starts. */
  readonly stops: ReadonlyMap<number, unknown>;
  /** True when the page's lists lost their marks ({@link dropsListMarks}). */
  readonly marksDropped: boolean;
  /** False when a clean text marks its headings ({@link marksHeadings}): a plain line is then no heading. */
  readonly plainHeadings: boolean;
}

/** The reading of {@link buildBlocks}'s kept lines before its first block. */
function startReading(
  kept: readonly Line[],
  text: string,
  lang: CompiledPack,
  tables: readonly TabTable[],
  page: readonly Line[],
  whole: boolean,
): BlockReading {
  const listings = codeRuns(kept, text, page);
  const keptTables = tables.length > 0 ? tablesIn(kept, tables) : NO_TABLES;
  // Why: a table ends the list over it, as a listing does; read as items, its cells ran into the list of the lines
  // above (WCXB 0467 innertext: "When Google Gemini is appropriate…" over the table's cells).
  const stops: ReadonlyMap<number, unknown> =
    keptTables.size > 0 ? new Map<number, unknown>([...listings, ...keptTables]) : listings;
  return {
    kept,
    text,
    lang,
    blocks: [],
    listings,
    tables: keptTables,
    stops,
    marksDropped: dropsListMarks(kept, page),
    plainHeadings: !(whole && marksHeadings(page)),
  };
}

/** Adds the block or blocks that start at `kept[i]`; gives the position of the last line they hold. */
function readBlockAt(reading: BlockReading, i: number): number {
  const { kept, blocks } = reading;
  const line = kept[i] as Line;
  const listingEnd = reading.listings.get(i);
  // why: WCXB 0390 — a listing's lines read as headings ("const TodoList: React.FC = () => {") and paragraphs.
  if (listingEnd !== undefined) {
    blocks.push({ type: 'code', text: listingText(kept.slice(i, listingEnd + 1), reading.text) });
    return listingEnd;
  }
  const table = reading.tables.get(i);
  // Why: a table's rows read as paragraphs, their cells run together ("Studio $465 $183 2 movers 3 hours", WCXB 0057
  // innertext), or one cell a paragraph (0467), which cleaning the article's text again took for a run of promos.
  if (table !== undefined) {
    blocks.push(table.block);
    return table.end;
  }
  if (line.credit !== undefined) return readFigure(reading, i, line.credit);
  if (line.listMarker !== null && isListRun(kept, i)) return readMarkedList(reading, i);
  if (line.quoted) {
    // Why: a quote's blank line keeps its mark (html-to-text writes "> " between an embedded tweet and its
    // "— Name (@handle) date" line; multisite dev, foxnews); it parts the quote's lines, it is no quote itself.
    if (!isQuoteBreak(line)) blocks.push({ type: 'quote', text: line.text });
    return i;
  }
  // Why capitalized: a `#` comment in small letters is a shell listing's or a config file's, no Markdown heading
  // ("# initialize git" over "git init", WCXB 0437 innertext; "# see https://discourse.pi-hole.net/…", 2534), as a
  // plain line in small letters is none ({@link isCapitalized}); nor is a capitalized one beside another or over a
  // command ({@link isListingComment}). Either stays a paragraph with its mark.
  if (line.headingLevel > 0 && isCapitalized(line)) {
    blocks.push(
      isListingComment(kept, i)
        ? { type: 'paragraph', text: line.rawText }
        : { type: 'heading', text: line.text, level: line.headingLevel },
    );
    return i;
  }
  return readUnmarkedList(reading, i) ?? readPlainLine(reading, i);
}

/**
 * Adds the figure of `kept[i]`, a line with a credit, taking the paragraph over it as its caption when that is one.
 * Why: a short sentence right above a credit on its own line is the image's caption ("Enjoy a slice of sausage alla
 * vodka pizza at Murray's Pizza and Wine." over "Image: Courtesy of Michael Ma", WCXB 0140).
 */
function readFigure({ kept, blocks }: BlockReading, i: number, credit: string): number {
  const line = kept[i] as Line;
  const above = kept[i - 1];
  const last = blocks[blocks.length - 1];
  const captioned = !line.text && last?.type === 'paragraph' && above !== undefined && isCaptionOver(above, line);
  if (captioned) blocks.pop();
  blocks.push({ type: 'figure', caption: captioned ? last.text : line.text, credit });
  return i;
}

/** Adds the list blocks of the run of marked lines that starts at `kept[i]` ({@link listBlocks}). */
function readMarkedList({ kept, blocks, tables }: BlockReading, i: number): number {
  const run: Line[] = [];
  // The list's last item at each depth.
  const lastAt = new Map<number, Line>();
  let at = i;
  do {
    lastAt.set((kept[at] as Line).depth, kept[at] as Line);
    run.push(kept[at] as Line);
    at++;
  } while (at < kept.length && !tables.has(at) && continuesList(lastAt, kept[at] as Line));
  blocks.push(...listBlocks(run));
  return at - 1;
}

/**
 * Adds the list whose items lost their marks that starts at `kept[i]` ({@link unmarkedList}, {@link tightList}), with
 * its heading when it has one; undefined when none starts there.
 */
function readUnmarkedList({ kept, blocks, stops, lang, marksDropped }: BlockReading, i: number): number | undefined {
  const { stopwords } = lang;
  const unmarked =
    unmarkedList(kept, i, blocks[blocks.length - 1]?.type, stops, stopwords) ??
    (marksDropped ? tightList(kept, i, stops, stopwords) : undefined);
  if (unmarked === undefined) return undefined;
  if (unmarked.headed) blocks.push({ type: 'heading', text: (kept[i] as Line).text });
  const items = kept.slice(unmarked.headed ? i + 1 : i, unmarked.end);
  blocks.push({ type: 'list', ordered: false, items: items.map((item) => item.text) });
  return unmarked.end - 1;
}

/** Adds `kept[i]`, a line of no other block, as a heading ({@link isPlainHeading}) or a paragraph. */
function readPlainLine(reading: BlockReading, i: number): number {
  const line = reading.kept[i] as Line;
  // A lone numbered line keeps its number ("1. Self-Portraiture", "b) Easy Repairs & Extended Lifespan"), a comment
  // its `#`, a line opening with an em dash its dash ({@link EM_DASH_MARK}); a lone bullet loses its mark.
  const shown =
    ordinalOf(line.listMarker) === null && line.headingLevel === 0 && line.listMarker !== EM_DASH_MARK
      ? line.text
      : line.rawText;
  reading.blocks.push(
    isPlainHeading(reading, i) ? { type: 'heading', text: shown } : { type: 'paragraph', text: shown },
  );
  return i;
}

/**
 * True when `kept[i]`, a line with no mark of a heading, heads what follows it: heading-shaped over the next line past
 * any figures ({@link pastFigures}), and none of a line under a heading ({@link isUnderHeading}), a field, a line
 * among fields that asks nothing, or a credit's label.
 */
function isPlainHeading({ kept, blocks, lang, plainHeadings }: BlockReading, i: number): boolean {
  const { stopwords } = lang;
  const line = kept[i] as Line;
  const below = pastFigures(kept, i);
  // Why not an escaped line: toMarkdown escapes a paragraph's mark ("\# Trust glue only if …", a config file's
  // comment, WCXB 2534 innertext), which cleaned again read as a heading over the shorter line under it.
  const shaped =
    plainHeadings &&
    !isEscaped(line) &&
    (isHeadingShaped(line, kept[below]) ||
      isOverShorterHeading(line, kept[below], kept[pastFigures(kept, below)], stopwords));
  return (
    shaped &&
    !isUnderHeading(line, blocks[blocks.length - 1], stopwords) &&
    !isFieldLine(line.text, stopwords) &&
    (ASKS.test(line.text) || !isAmongFields(kept, i)) &&
    !isCreditLabelLine(line.text, lang.match.creditLabels, stopwords)
  );
}

/**
 * True when a clean text marks a heading with Markdown's `#` (capitalized, no listing's comment): its plain lines are
 * then paragraphs, as `toMarkdown` writes every heading with its mark. Why: its Markdown cleaned again read a short
 * paragraph over a longer one as a heading ("KEH Camera (used)" over a shop's blurb, WCXB 0042; "Soozafone, creator of
 * Dummy 13" under a quote, 0448): 80 of 1,818 dev runs.
 */
function marksHeadings(page: readonly Line[]): boolean {
  for (let i = 0; i < page.length; i++) {
    const line = page[i] as Line;
    if (line.headingLevel > 0 && isCapitalized(line) && !isListingComment(page, i)) return true;
  }
  return false;
}

/** Most figures in a row between a heading and the text it heads: a longer run is a gallery, not a picture. */
const MAX_FIGURES_UNDER_HEADING = 3;

/**
 * The position of the first line under `kept[i]` that is no figure (a line with a credit), past at most
 * {@link MAX_FIGURES_UNDER_HEADING} of them: what a line above a picture heads. Why: a section's picture stands between
 * its heading and its first paragraph ("Dumb Cane (Dieffenbachia seguine)" over "nzfhatipoglu | Getty Images" over
 * the plant's paragraph, WCXB 4708 innertext; "Women’s Leadership Certificate Program" over "Image courtesy of
 * Coursehorse", 0030). Not past a caption that opens with the line: the line is the picture's alt text (a name
 * over "<the name>, Founder and CEO, … (Photo by …)", multisite dev, forbes 2017-digital-1).
 */
function pastFigures(kept: readonly Line[], i: number): number {
  const at = i + 1;
  const figure = kept[at];
  const line = kept[i];
  if (figure?.credit === undefined || line === undefined) return at;
  if (figure.text.toLowerCase().startsWith(line.text.toLowerCase())) return at;
  let k = at;
  while (k - at < MAX_FIGURES_UNDER_HEADING && kept[k]?.credit !== undefined) k++;
  return k;
}

const NO_TAB_TABLES: readonly TabTable[] = [];
const NO_TABLES: ReadonlyMap<number, KeptTable> = new Map();

/** A table block, and the position in the kept lines of its last line. */
interface KeptTable {
  readonly block: TableBlock;
  readonly end: number;
}

/** The tables among the kept lines, by the position of their first line. */
function tablesIn(kept: readonly Line[], tables: readonly TabTable[]): Map<number, KeptTable> {
  // The tables' rows by their first line's index: a kept line that opens one may open a table.
  const rows = new Map<number, TableRow>();
  for (const table of tables) for (const row of table.rows) rows.set(row.first, row);
  const rules = new Set<number>();
  for (const table of tables) if (table.rule !== undefined) rules.add(table.rule);
  const found = new Map<number, KeptTable>();
  for (let i = 0; i < kept.length; i++) {
    const table = tableAt(kept, i, rows, rules);
    if (table === undefined) continue;
    found.set(i, table);
    i = table.end;
  }
  return found;
}

/**
 * The table whose first row starts at `kept[i]`, and the position in `kept` of its last line: its rows kept whole, one
 * after the other; undefined for fewer than two. Why across a row that left the body: the rows on either side are one
 * table ("Facebook\t$0.50 – $3.00" between two other platforms' rows, WCXB 0262 innertext), which its text, cleaned
 * again, gives back as one. Why a row whose end reads as a photo credit too: its cells are read from the page's text,
 * not from the caption ("Switch Type\tHot-swappable (3/5-pin compatible)", 4799). A line of `rules` (a table's
 * markup between two rows) goes with the table.
 */
function tableAt(
  kept: readonly Line[],
  i: number,
  rows: ReadonlyMap<number, TableRow>,
  rules: ReadonlySet<number>,
): KeptTable | undefined {
  const first = rows.get((kept[i] as Line).index);
  if (first === undefined) return undefined;
  const cells: string[][] = [];
  let at = i;
  for (let row = rows.get((kept[at] as Line).index); row?.table === first.table; ) {
    const span = row.last - row.first;
    if (kept[at + span]?.index !== row.last) break;
    cells.push([...row.cells]);
    at += span + 1;
    // Why: a GFM table's delimiter row, kept, stands between its head and its next row (WCXB 0415 innertext's
    // Markdown cleaned again); it is the table's markup.
    if (rules.has(kept[at]?.index ?? -1)) at++;
    const next = kept[at];
    row = next === undefined ? undefined : rows.get(next.index);
  }
  return cells.length < 2 ? undefined : { block: { type: 'table', rows: cells }, end: at - 1 };
}

/**
 * True when `line` stands right under a heading, not in headline case or holding a comma, and asking no question. Why
 * a marked heading too: `toMarkdown` writes the upper line with its `##`, and cleaning that again made a heading of
 * the lower one (WCXB 0005 innertext: "Cloud computing defined" under "## Google Cloud Computing Foundations"); 158 of
 * the 430 dev runs whose Markdown changed when cleaned again. Why: of two heading-shaped lines in a row over prose,
 * the lower one in sentence case was `<h1>`–`<h6>` on
 * the dev pages 58 times in 288: a label and its value, a headline and its dek ("Where to watch: Disney+" under a
 * film's title, "Rated: Good" under a brand, WCXB 0106, 4106 innertext); in headline case it was 145 times in 468, a
 * question 113 times in 189. Why a comma: the lower line is then a place, a date or a list of names ("Salt Lake City,
 * United States" under an event's name, 4362; "Paris, France: June 17–20, 2026", 4363), which was `<h1>`–`<h6>` 10
 * times in 98.
 */
function isUnderHeading(line: Line, above: Block | undefined, stopwords: ReadonlySet<string>): boolean {
  if (above?.type !== 'heading' || ASKS.test(line.text)) return false;
  return COMMA.test(line.text) || capitalShare(line.text, stopwords) < 1;
}
// A comma (Latin, full-width, ideographic, Arabic).
const COMMA = /[,，、،]/u;

/**
 * True when `line` can be the caption of the credit of its own under it: one short statement of its own, not a list
 * item, quote or heading, and the page's line right above the credit. Why a statement: a caption says what the image
 * shows; a question or an exclamation over a credit is the article's, speaking to the reader ("The cheapest wireless
 * 8K ultra-light?" over "Image credit: Digital Foundry", WCXB 4823; "Get a good night's rest!", the last item of a
 * checklist over "Image by …", 4589 innertext). Why right above: a line between them that left the body was the
 * image's caption or a button, and the sentence above it is the article's ("Read more about recent LG innovations."
 * over "Buy now at LG Home Appliances" over "Credit: Reviewed / Timothy Renzi", 0010).
 */
function isCaptionOver(line: Line, credit: Line): boolean {
  return (
    line.credit === undefined &&
    line.endsSentence &&
    !ASKS.test(line.text) &&
    !EXCLAIMS.test(line.text) &&
    line.index === credit.index - 1 &&
    line.words <= MAX_CAPTION_WORDS &&
    line.listMarker === null &&
    !line.quoted &&
    line.headingLevel === 0
  );
}

function isListRun(kept: readonly Line[], i: number): boolean {
  const next = kept[i + 1];
  const line = kept[i] as Line;
  // A numbered line followed by prose is a numbered heading; a run of two or more marked lines is a list.
  return (
    next !== undefined &&
    continuesList(new Map([[line.depth, line]]), next) &&
    !(ordinalOf(line.listMarker) !== null && next.words > 2 * MAX_HEADING_WORDS)
  );
}

/**
 * True when `line` is the next item of a list whose last item at each depth `lastAt` holds: marked, and marked like
 * that item, if any — both by a bullet, or both by a number (or both by a letter) that does not count back. Why: a
 * numbered heading under a bulleted list opens the next section, once the rule line between them has left the body
 * ("3. ENDGAME GEAR OP1 8K V2" under the "Variants:" list, WCXB 4823; "9. ST REGIS" under a nested list, 0189); so
 * does "1. PLANNING THEATRE" under a numbered list's "7. Weaponised Context" (0419), and the lettered heading "b) Easy
 * Repairs & Extended Lifespan" under the bulleted list of section "a)" (4801 html-to-text).
 */
function continuesList(lastAt: ReadonlyMap<number, Line>, line: Line): boolean {
  if (line.listMarker === null || line.credit !== undefined) return false;
  const last = lastAt.get(line.depth);
  if (last === undefined) return true;
  const was = ordinalOf(last.listMarker);
  const is = ordinalOf(line.listMarker);
  if (was === null || is === null) return was === is;
  return was.style.charAt(0) === is.style.charAt(0) && is.value >= was.value;
}

/**
 * The list blocks of a run of list items: one while the items are bulleted, or numbered on from the one before in its
 * style; the next where that changes, so that an ordered list's `start` and `style` give every item the number the
 * input gave it. Why: a numbered list's items under a bulleted one's (WCXB 0397 html-to-text), bullets nested under
 * numbered steps (4085), and numbers that skip where the page's lines between them left the body (0054).
 */
function listBlocks(run: readonly Line[]): ListBlock[] {
  const blocks: ListBlock[] = [];
  let items: string[] = [];
  let first: Ordinal | null = null;
  let last: Ordinal | null = null;
  let above: Line | undefined;
  for (const line of run) {
    const place = ordinalOf(line.listMarker);
    const goesOn =
      items.length > 0 &&
      (place === null || last === null
        ? place === last && !changesBullet(above as Line, line)
        : place.style === last.style && place.value === last.value + 1);
    if (!goesOn) {
      if (items.length > 0) blocks.push(listBlock(items, first));
      items = [];
      first = place;
    }
    items.push(line.text);
    last = place;
    above = line;
  }
  if (items.length > 0) blocks.push(listBlock(items, first));
  return blocks;
}

/** The bullets with which CommonMark starts a new list where the one before had another of them. */
const MARKDOWN_BULLETS = new Set(['-', '*', '+']);

/**
 * True when `line`, an item at the depth of the item `above` it, is bulleted with another of Markdown's bullets: it
 * starts a new list, as in CommonMark. Why: `toMarkdown` writes a list right under another with the other bullet
 * (WCXB 0038 innertext, a course box's list under the article's "Key Insights"); read as one, the two lists came
 * back as one when the Markdown was cleaned again.
 */
function changesBullet(above: Line, line: Line): boolean {
  return (
    line.depth === above.depth &&
    line.listMarker !== above.listMarker &&
    MARKDOWN_BULLETS.has(line.listMarker as string) &&
    MARKDOWN_BULLETS.has(above.listMarker as string)
  );
}

function listBlock(items: string[], first: Ordinal | null): ListBlock {
  if (first === null) return { type: 'list', ordered: false, items };
  const start = first.value === 1 ? {} : { start: first.value };
  const style = first.style === '1.' ? {} : { style: first.style };
  return { type: 'list', ordered: true, ...start, ...style, items };
}

/**
 * The body as plain text for NLP: paragraphs, headings, list items, quotes, code and tables, separated by blank lines;
 * figure captions too when `captions` is set. An ordered list's items keep their numbers, as a lone numbered line
 * does: the steps of a how-to keep their order for a reader, and cleaning the text again gives it back. A table is its
 * rows ({@link tableText}).
 */
export function bodyText(blocks: readonly Block[], { captions = false } = {}): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      for (let k = 0; k < block.items.length; k++) parts.push(numberedItem(block, k));
    } else if (block.type === 'figure') {
      if (captions) parts.push(block.caption);
    } else if (block.type === 'table') parts.push(tableText(block));
    else parts.push(block.text);
  }
  return parts.join('\n\n');
}

/**
 * A table as text: a row a line, its cells parted by a tab, as a browser's innerText writes them; cleaning the text
 * again finds the same table.
 * @example tableText({ type: 'table', rows: [['Size', 'Cost'], ['Studio', '$465']] }) // 'Size\tCost\nStudio\t$465'
 */
export function tableText(block: TableBlock): string {
  return block.rows.map((row) => row.join('\t')).join('\n');
}
