import type { Line } from '../segment/segment.js';
import { contentShare } from '../structure/content-share.js';
import type { TableRow, TabTable } from '../structure/tab-tables.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore } from './extent.js';
import { runWords } from './run-words.js';

/** Most lines between the body's last line and a table under it: the table's heading, or a few notes over it. */
const MAX_LINES_BETWEEN = 6;
/** Most lines of prose right under the last table carried that go on with the article: its closing paragraphs. */
const MAX_CLOSING_LINES = 2;
/** Share (0–1) of a closing line's content words that the body above the tables uses: the line keeps to its topic. */
const CLOSING_TOPIC_SHARE = 0.5;
/** Content words from which a closing line's share counts in full; a shorter line reaches a share by chance. */
const FULL_TOPIC_WORDS = 4;

/**
 * The body carried down over the tables the page wrote with tabs ({@link TabTable}) that start under its last line,
 * and the lines of their rows, whose verdicts the caller takes back: the rows of one table are the article's data
 * together. Their short cells carry no sentence, so the body search stops above a table that closes the article.
 * Each table must start at most {@link MAX_LINES_BETWEEN} lines under the body (or under the table before it), with
 * no line between that has a verdict or no word (a rule line). A table that starts inside the body is left alone: a comparison
 * table of shop links inside a review is no article's text ("Check Amazon\t$140 List", WCXB 4835). Under the last table
 * carried, up to {@link MAX_CLOSING_LINES} lines of prose (`scores`) with no verdict that keep to the body's topic go on
 * with the article ({@link closingProse}). Linear in the rows and the body's lines.
 * @example extendOverTables(lines, verdicts, scores, { start: 3, end: 40 }, tables, en.stopwords) // { extent: { start: 3, end: 90 }, rows: [] }
 */
export function extendOverTables(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  tables: readonly TabTable[],
  stopwords: ReadonlySet<string>,
): { extent: Extent; rows: number[] } {
  const freed: number[] = [];
  if (tables.length === 0 || extent.end < extent.start) return { extent, rows: freed };
  let end = extent.end;
  // Tables come in the order of their first lines.
  for (const table of tables) {
    if (table.first <= end) continue;
    if (!followsBody(lines, verdicts, end, table.first)) break;
    if (isFieldRecord(table.rows)) break;
    for (let i = table.first; i <= table.last; i++) if (verdicts[i]) freed.push(i);
    end = table.last;
  }
  if (end !== extent.end) end = closingProse(lines, verdicts, scores, extent, end, stopwords);
  return { extent: end === extent.end ? extent : { start: extent.start, end }, rows: freed };
}

/**
 * The last line of the prose right under the last table carried (its last line `end`): up to
 * {@link MAX_CLOSING_LINES} lines with no verdict, scored as prose, at least {@link CLOSING_TOPIC_SHARE} of whose
 * content words the body above the tables (`body`) uses. Why: the article's closing paragraph under the table it was
 * carried over is the article's, and the body search had stopped above the table (WCXB 0443 innertext: "The library
 * complements existing tools by providing raw HTTP visibility …" under a comparison of tools). Why its topic: a
 * newsletter's pitch under the table reads as prose too (WCXB 0065 innertext: "Get the latest news about OMA's live
 * educational events and online courses.").
 */
function closingProse(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  body: Extent,
  end: number,
  stopwords: ReadonlySet<string>,
): number {
  let bodyWords: Set<string> | null = null;
  let last = end;
  for (let i = end + 1; i <= end + MAX_CLOSING_LINES && !verdicts[i] && isProse(scores[i]); i++) {
    bodyWords ??= runWords(lines, body, stopwords);
    const words = bodyWords;
    const share = contentShare((lines[i] as Line).tokens, stopwords, (t) => (words.has(t) ? 1 : 0), FULL_TOPIC_WORDS);
    if (share < CLOSING_TOPIC_SHARE) break;
    last = i;
  }
  return last;
}

/** True when the few lines between the body's `end` and a table's `first` line each carry words and no verdict. */
function followsBody(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  end: number,
  first: number,
): boolean {
  if (first - end - 1 > MAX_LINES_BETWEEN) return false;
  for (let i = end + 1; i < first; i++) if (verdicts[i] || (lines[i] as Line).words === 0) return false;
  return true;
}

/**
 * True when every label in a table's first column ends with a colon: the page's record of fields, not data.
 * Why: WCXB 0380 innertext: arXiv's "Subjects:\tArtificial Intelligence (cs.AI)" and "Cite as:\t…" under the abstract.
 */
function isFieldRecord(rows: readonly TableRow[]): boolean {
  let named = 0;
  for (const row of rows) {
    const label = row.cells[0] ?? '';
    if (label === '') continue;
    if (!label.endsWith(':')) return false;
    named++;
  }
  return named > 0;
}
