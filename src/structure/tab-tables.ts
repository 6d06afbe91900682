import { firstTabFrom, tabIn } from '../analyze/table-cells.js';
import type { MappedText } from '../normalize/mapped-text.js';
import type { Line } from '../segment/segment.js';

/** One row of a table the page wrote with tabs: its cells, and the lines it spans. */
export interface TableRow {
  /** The cells in order, trimmed, runs of spaces folded to one; an empty cell is `''`. */
  readonly cells: readonly string[];
  /** Index of the row's first line. */
  readonly first: number;
  /** Index of the row's last line (the first, for a row written on one line). */
  readonly last: number;
  /** Index of the first line of the table the row is in (its {@link TabTable}'s `first`). */
  readonly table: number;
}

/** A table the page wrote with tabs: its rows in order, and the lines they span. */
export interface TabTable {
  /** Index of its first row's first line. */
  readonly first: number;
  /** Index of its last row's last line. */
  readonly last: number;
  /** Its rows, two or more, each as wide as the others. */
  readonly rows: readonly TableRow[];
  /** Index of the line between its head row and the next that is markup, no row: a GFM table's delimiter row. */
  readonly rule?: number;
}

/** Fewest rows, and fewest cells a row, that make a table: one row, or one column, is a line of text. */
const MIN_ROWS = 2;
const MIN_CELLS = 2;

/** A row being read. */
interface OpenRow {
  cells: string[];
  first: number;
  last: number;
}

/**
 * The tables a browser's innerText wrote, in the order of their first lines, each with its rows. innerText ends a cell
 * but a row's last with a tab, and a row with a line end: a row on one line ("Studio\t$465\t$183", WCXB 0057
 * innertext). A cell that holds a paragraph stands on lines of its own, with the tab on a line alone between two cells
 * ("Feature", "\t", "Google Gemini (Frontier LLM)", 0467), or opening the line of the row's next cells ("Colonial Van
 * Lines" over "\tHighly trained\t$9,000…", 0054). Normalizing turned the tabs into spaces, so they are read from the
 * input through `offsets`. Only runs of at least {@link MIN_ROWS} rows of the same count of cells, at least
 * {@link MIN_CELLS}, are kept; a row may add an empty last cell. `tabs` are the input's ({@link tabPositions}). Linear
 * in the text.
 * @example tabTables('A\tB\n1\t2', normalized, lines, [1, 5])[0].rows[1] // { cells: ['1', '2'], first: 1, last: 1, table: 0 }
 */
export function tabTables(
  input: string,
  normalized: MappedText,
  lines: readonly Line[],
  tabs: readonly number[],
): TabTable[] {
  const tables: TabTable[] = [];
  // Most pages hold no tab at all.
  if (tabs.length === 0) return tables;
  const { offsets } = normalized;
  // The rows read so far that are as wide as each other, and the widths they all allow.
  let run: OpenRow[] = [];
  let width = { low: 0, high: 0 };
  // Ends the row being read: it goes on the run of rows as wide, or starts the next run.
  const endRow = (row: OpenRow): void => {
    const low = Math.max(width.low, widthOf(row.cells));
    const high = Math.min(width.high, row.cells.length);
    if (run.length > 0 && low <= high) width = { low, high };
    else {
      keepRun(run, width.low, tables);
      run = [];
      width = { low: widthOf(row.cells), high: row.cells.length };
    }
    run.push(row);
  };
  let row: OpenRow | null = null;
  for (const line of lines) {
    const start = offsets.at(line.start);
    const end = offsets.at(line.end);
    const previous = lines[line.index - 1];
    const next = lines[line.index + 1];
    const before = previous === undefined ? NO_TABS : tabsBetween(input, tabs, offsets.at(previous.end), start);
    const between = before.trailing + before.alone + before.opening;
    const inside = tabIn(tabs, start, end);
    // A line with no tab in it or on either side is a row of one cell, which no table holds.
    const tabAfter = next !== undefined && tabIn(tabs, end, offsets.at(next.start));
    const cells = between > 0 || inside || tabAfter ? lineCells(input, normalized, line) : null;
    // Why: a tab on a line of its own parts two cells of one row (WCXB 0467 innertext), and so does one that opens a
    // line with more tabs on it (0054); one that opens a line alone indents code, and one that ends a line after a
    // cell ends its row with an empty cell ("Change in PHS from Prior Year End (%)\t10.1\t" over a copyright line,
    // 0286: read as a cell, that line took the row out of the body with it).
    const joins = before.opening > 0 ? tabIn(tabs, start, lineEnd(input, start)) : before.alone > 0;
    if (row !== null && cells !== null && joins) {
      for (let k = 1; k < between; k++) row.cells.push('');
      row.cells.push(...cells);
      row.last = line.index;
      continue;
    }
    const wide: boolean = row !== null && row.cells.length >= MIN_CELLS;
    if (row !== null) {
      for (let k = 0; k < before.trailing; k++) row.cells.push('');
      endRow(row);
    }
    row = null;
    if (cells === null) {
      keepRun(run, width.low, tables);
      run = [];
      continue;
    }
    // A row that opens with a tab opens with an empty cell; a line that only a tab indents does, under a row.
    const empty: number = inside || wide ? before.opening : 0;
    row = { cells: [...Array<string>(empty).fill(''), ...cells], first: line.index, last: line.index };
  }
  if (row !== null) endRow(row);
  keepRun(run, width.low, tables);
  return tables;
}

/** Adds `run`, its rows cut to `width` cells each, to `tables` when it makes a table. */
function keepRun(run: readonly OpenRow[], width: number, tables: TabTable[]): void {
  if (run.length < MIN_ROWS || width < MIN_CELLS) return;
  const table = (run[0] as OpenRow).first;
  const rows = run.map(({ cells, first, last }) => ({ cells: cells.slice(0, width), first, last, table }));
  tables.push({ first: table, last: (run[run.length - 1] as OpenRow).last, rows });
}

/** A row's count of cells, less an empty last cell: a row may end in one (WCXB 0057 innertext). */
function widthOf(cells: readonly string[]): number {
  return cells.length > 1 && cells[cells.length - 1] === '' ? cells.length - 1 : cells.length;
}

/**
 * A line's cells, parted where the input held a tab; null for a line that can be no table's: a hard-wrapped
 * paragraph joined from several lines, or a quote or Markdown heading. Why a heading's marks and a tab: they are a
 * ranked table's head cell "#" (WCXB 0019 innertext: "#\tCompany\tYear Founded\t…" over "1\tEmbarque\t2020\t…", read
 * as a heading of level 1), where a Markdown heading sets its marks apart by a space.
 */
function lineCells(input: string, { text, offsets }: MappedText, line: Line): string[] | null {
  if (line.quoted) return null;
  if (line.headingLevel > 0 && input.charCodeAt(offsets.at(line.start + line.headingLevel)) !== 9 /* \t */) return null;
  const cells: string[] = [];
  let from = line.start;
  for (let k = line.start; k < line.end; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 /* \n */) return null;
    if (code === 32 && input.charCodeAt(offsets.at(k)) === 9 /* \t */) {
      cells.push(fold(text.slice(from, k)));
      from = k + 1;
    }
  }
  cells.push(fold(text.slice(from, line.end)));
  return cells;
}

const fold = (cell: string): string => cell.replace(/ {2,}/g, ' ').trim();

/**
 * The tabs between two lines: those after the first line's text (`trailing`), those on lines of their own between
 * them (`alone`), and those before the second line's text (`opening`).
 */
interface TabsBetween {
  readonly trailing: number;
  readonly alone: number;
  readonly opening: number;
}

const NO_TABS: TabsBetween = { trailing: 0, alone: 0, opening: 0 };

/** The tabs between a line ending at input offset `from` and the next, starting at `to`. */
function tabsBetween(input: string, tabs: readonly number[], from: number, to: number): TabsBetween {
  let t = firstTabFrom(tabs, from);
  if (t >= tabs.length || (tabs[t] as number) >= to) return NO_TABS;
  const firstBreak = input.indexOf('\n', from);
  const lastBreak = input.lastIndexOf('\n', to - 1);
  let trailing = 0;
  let alone = 0;
  let opening = 0;
  for (; t < tabs.length && (tabs[t] as number) < to; t++) {
    const tab = tabs[t] as number;
    if (tab < firstBreak) trailing++;
    else if (tab < lastBreak) alone++;
    else opening++;
  }
  return { trailing, alone, opening };
}

/** The offset of the line end at or after `from`, or the input's length. */
function lineEnd(input: string, from: number): number {
  const end = input.indexOf('\n', from);
  return end === -1 ? input.length : end;
}
