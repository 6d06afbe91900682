import type { CompiledPack } from '../lang/matcher.js';
import { isQuoteBreak, type Line } from '../segment/segment.js';
import type { Block } from '../types.js';
import { capitalShare } from './capital-share.js';
import { codeRuns, listingText } from './code-runs.js';
import { isCreditLabelLine } from './credit-label-line.js';
import { isFieldLine } from './field-line.js';
import { isCapitalized, isHeadingShaped, isOverShorterHeading } from './heading-shape.js';
import { type KeptTable, tablesIn } from './kept-tables.js';
import { ASKS, EXCLAIMS } from './line-ends.js';
import { isListingComment } from './listing-comment.js';
import { continuesList, isListRun, listBlocks } from './marked-list.js';
import { ordinalOf } from './ordinal.js';
import { withOutlineLevels } from './outline-levels.js';
import { isEscaped } from './plain-line.js';
import { isAmongFields } from './record-field.js';
import type { TabTable } from './tab-tables.js';
import { dropsListMarks, tightList } from './tight-list.js';
import { unmarkedList } from './unmarked-list.js';

/** Most words of the caption over a credit that stands on its own line; a longer sentence is the article's. */
const MAX_CAPTION_WORDS = 20;
/**
 * An em dash alone opening a line is an attribution's or a signature's, no bullet: a tweet's "— <name>
 * (@handle) <date>" under its text (multisite-dev foxnews 2017-pence-1 innertext), "— Ben Nadel" (WCXB 0476); none
 * of the dev pages' 38 lines so opened stands next to another. Why it stays: a quote keeps it ("> — Name (@handle)",
 * the html-to-text rendering), and the article's text, which writes a quote without its mark, gave the line to a
 * second cleaning that dropped the dash.
 */
const EM_DASH_MARK = '—';

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
  while (k - at < MAX_FIGURES_UNDER_HEADING && k < kept.length && kept[k]?.credit !== undefined) k++;
  return k;
}

const NO_TAB_TABLES: readonly TabTable[] = [];
const NO_TABLES: ReadonlyMap<number, KeptTable> = new Map();

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
