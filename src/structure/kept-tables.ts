import type { Line } from '../segment/segment.js';
import type { TableBlock } from '../types.js';
import type { TableRow, TabTable } from './tab-tables.js';

/** A table block, and the position in the kept lines of its last line. */
export interface KeptTable {
  readonly block: TableBlock;
  readonly end: number;
}

/** The tables among the kept lines, by the position of their first line. */
export function tablesIn(kept: readonly Line[], tables: readonly TabTable[]): Map<number, KeptTable> {
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
