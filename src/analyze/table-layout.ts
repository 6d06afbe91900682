import type { MappedText } from '../normalize/mapped-text.js';
import type { Line } from '../segment/segment.js';
import { pipeTables } from '../structure/pipe-tables.js';
import { type TabTable, tabTables } from '../structure/tab-tables.js';
import { tableCells, tabPositions, tabRows } from './table-cells.js';

/** The page's tables as the body search reads them. */
export interface TableLayout {
  /** The GFM pipe tables (`pipeTables`). */
  readonly pipes: readonly TabTable[];
  /** Every table, written with tabs or with pipes, in the order of their first lines. */
  readonly tables: readonly TabTable[];
  /** The lines with a tab inside (`tabRows`). */
  readonly rows: ReadonlySet<number>;
  /**
   * The lines that are a table's cells, which vouch for each other in the short-line pass (`tableCells`, and each pipe
   * table's rows); a fresh set the caller may add to.
   */
  readonly cells: Set<number>;
}

/**
 * The tables of a page: those a browser's innerText wrote with tabs, read from the `input` through `normalized`'s
 * offsets, and the GFM pipe tables `toMarkdown` writes. Linear in the text.
 * @example tableLayout('A\tB\n1\t2', normalized, lines).cells // Set { 0, 1 }
 */
export function tableLayout(input: string, normalized: MappedText, lines: readonly Line[]): TableLayout {
  // Why GFM's pipe tables: toMarkdown writes a table so, and its Markdown cleaned again gave the rows back as
  // paragraphs, bars and all, or left its short rows out as lines no prose vouches for (WCXB 0019 innertext).
  const pipes = pipeTables(lines);
  const tabs = tabPositions(input);
  const rows = tabRows(normalized, lines, tabs);
  const cells = tableCells(input, normalized, lines, tabs, rows);
  for (const table of pipes) for (const row of table.rows) cells.add(row.first);
  const tabbed = tabTables(input, normalized, lines, tabs);
  const tables = pipes.length === 0 ? tabbed : [...tabbed, ...pipes].sort((a, b) => a.first - b.first);
  return { pipes, tables, rows, cells };
}
