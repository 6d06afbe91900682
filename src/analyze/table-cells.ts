import type { MappedText } from '../normalize/mapped-text.js';
import type { Line } from '../segment/segment.js';

/**
 * Indexes of the lines the page wrote as cells of a table. A browser's innerText separates a row's cells with
 * tabs, and a cell that holds a paragraph stands on its own line, with a line of only a tab before the next cell
 * ("Venue and F&B", "\t", "15,000", "\t", "40,000"; WCXB 4592). Normalizing turns tabs into spaces, so they are
 * read from the input: a tab inside a line, or one that ends a line between two of them. `tabs` are the input's
 * ({@link tabPositions}).
 * @param rows The lines with a tab inside ({@link tabRows}), when the caller has them already.
 * @example tableCells(input, normalizeMapped(input), lines, tabPositions(input)) // Set {0, 1, 2} for 'Item\tPrice\nTea\n\t\n2.50'
 */
export function tableCells(
  input: string,
  normalized: MappedText,
  lines: readonly Line[],
  tabs: readonly number[],
  rows: ReadonlySet<number> = tabRows(normalized, lines, tabs),
): Set<number> {
  const cells = new Set(rows);
  // Most pages hold no tab at all.
  if (tabs.length === 0) return cells;
  const { offsets } = normalized;
  let previousEnd = -1;
  for (const line of lines) {
    const start = offsets.at(line.start);
    const end = offsets.at(line.end);
    if (previousEnd >= 0 && tabEndsLine(input, tabs, previousEnd, start)) {
      cells.add(line.index - 1);
      cells.add(line.index);
    }
    previousEnd = end;
  }
  return cells;
}

/**
 * Indexes of the lines that hold a tab between two of their words: a row of cells the page wrote on one line (a table's
 * row, or a menu laid out as one). `tabs` are the input's ({@link tabPositions}).
 * @example tabRows(normalizeMapped('About\tOur Work\tContact\nA headline'), lines, tabPositions(input)) // Set {0}
 */
export function tabRows(normalized: MappedText, lines: readonly Line[], tabs: readonly number[]): Set<number> {
  const rows = new Set<number>();
  if (tabs.length === 0) return rows;
  const { offsets } = normalized;
  for (const line of lines) if (tabIn(tabs, offsets.at(line.start), offsets.at(line.end))) rows.add(line.index);
  return rows;
}

/**
 * The offsets of the tabs in `input`, ascending, found once for a page: {@link tableCells} and `tabTables` read its tabs
 * from them. Why a list: searching the input from each line would rescan to the next tab, quadratic on a long page with
 * a few tabs far apart.
 */
export function tabPositions(input: string): number[] {
  const tabs: number[] = [];
  for (let tab = input.indexOf('\t'); tab !== -1; tab = input.indexOf('\t', tab + 1)) tabs.push(tab);
  return tabs;
}

/** The index in `tabs` of the first tab at or after `from` (`tabs.length` when none): a binary search. */
export function firstTabFrom(tabs: readonly number[], from: number): number {
  let low = 0;
  let high = tabs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tabs[mid] as number) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when a tab of `tabs` stands between `from` and `to`. */
export function tabIn(tabs: readonly number[], from: number, to: number): boolean {
  const tab = tabs[firstTabFrom(tabs, from)];
  return tab !== undefined && tab < to;
}

/**
 * True when a tab between `from` and `to` ends its line: an empty cell at a row's end, or a line of only a tab
 * between two cells. A tab that opens a line is not enough: code is indented with tabs.
 */
function tabEndsLine(input: string, tabs: readonly number[], from: number, to: number): boolean {
  for (let t = firstTabFrom(tabs, from); t < tabs.length && (tabs[t] as number) < to; t++) {
    let k = (tabs[t] as number) + 1;
    while (k < to && (input[k] === '\t' || input[k] === ' ' || input[k] === '\r')) k++;
    if (input[k] === '\n') return true;
  }
  return false;
}
