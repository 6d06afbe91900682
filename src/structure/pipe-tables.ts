import type { Line } from '../segment/segment.js';
import type { TableRow, TabTable } from './tab-tables.js';

/** A line of a GFM pipe table: it opens and closes with a bar (`| Studio | $465 |`). */
export const isPipeRow = (line: Line): boolean =>
  line.rawText.length > 1 && line.rawText.charCodeAt(0) === 0x7c && line.rawText.endsWith('|');
/** A cell of a table's delimiter row: dashes, a colon on either side for the column's alignment (`---`, `:-:`). */
const DELIMITER_CELL = /^:?-+:?$/;
/** A bar that parts two cells: one no backslash escapes. */
const CELL_BAR = /(?<!\\)\|/;

/** The cells of a pipe row, trimmed, each escaped bar (`\|`) a bar again. */
function cellsOf(line: Line): string[] {
  return line.rawText
    .slice(1, -1)
    .split(CELL_BAR)
    .map((cell) => cell.trim().replaceAll('\\|', '|'));
}

/**
 * The tables written as GFM pipe tables, as `toMarkdown` writes them: a head row, a delimiter row of as many cells
 * (`| --- | --- |`) right under it, and the rows under that up to a line that is none or stands after a blank line;
 * each row cut or filled with empty cells to the head's width, as GFM reads it. The delimiter row is no row, but the
 * table's `rule`. Returns them in the order of their first lines, in the shape of the tables a page writes with tabs
 * ({@link TabTable}). Linear.
 * @example pipeTables(segment('| Size | Cost |\n| --- | --- |\n| Studio | $465 |'))[0].rows[1].cells // ['Studio', '$465']
 */
export function pipeTables(lines: readonly Line[]): TabTable[] {
  const tables: TabTable[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const head = lines[i] as Line;
    const delimiter = lines[i + 1] as Line;
    if (!isPipeRow(head) || !isPipeRow(delimiter) || delimiter.blankBefore) continue;
    const names = cellsOf(head);
    const width = names.length;
    const rule = cellsOf(delimiter);
    if (width < 2 || rule.length !== width || !rule.every((cell) => DELIMITER_CELL.test(cell))) continue;
    const rows: TableRow[] = [{ cells: names, first: i, last: i, table: i }];
    let k = i + 2;
    for (; k < lines.length && isPipeRow(lines[k] as Line) && !(lines[k] as Line).blankBefore; k++) {
      const cells = cellsOf(lines[k] as Line).slice(0, width);
      while (cells.length < width) cells.push('');
      rows.push({ cells, first: k, last: k, table: i });
    }
    if (rows.length >= 2) tables.push({ first: i, last: k - 1, rows, rule: i + 1 });
    i = k - 1;
  }
  return tables;
}
