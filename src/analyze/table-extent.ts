import type { Line } from '../segment/segment.js';
import type { TableRow, TabTable } from '../structure/tab-tables.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';

/** Most lines between the body's last line and a table under it: the table's heading, or a few notes over it. */
const MAX_LINES_BETWEEN = 6;

/**
 * The body carried down over the tables the page wrote with tabs ({@link TabTable}) that start under its last line,
 * and the lines of their rows, whose verdicts the caller takes back: the rows of one table are the article's data
 * together. Their short cells carry no sentence, so the body search stops above a table that closes the article.
 * Each table must start at most {@link MAX_LINES_BETWEEN} lines under the body (or under the table before it), with
 * no line between that has a verdict or no word (a rule line). A table that starts inside the body is left alone: a comparison
 * table of shop links inside a review is no article's text ("Check Amazon\t$140 List", WCXB 4835). Linear in the rows.
 * @example extendOverTables(lines, verdicts, { start: 3, end: 40 }, tables) // { extent: { start: 3, end: 90 }, rows: [] }
 */
export function extendOverTables(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  tables: readonly TabTable[],
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
  return { extent: end === extent.end ? extent : { start: extent.start, end }, rows: freed };
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
