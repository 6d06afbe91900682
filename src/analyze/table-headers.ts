import type { Verdict } from '../types.js';

/**
 * The section headers that stand between two cells of a table, by index: a column's head ("Recommended Approach"
 * over a table's rows, WCXB 0467) or a row's badge ("most popular" before a company's row, 0057), not the head of
 * a list or a thread that ends the article, which no table holds. Their verdict is to be dropped, so the body may
 * run over the table; the short-line pass judges them with the table's other cells. Linear.
 * @param cells The lines the page wrote as cells of a table ({@link tableCells}).
 * @example headersInTables(verdicts, new Set([4, 6])) // [5] when line 5 is a "Recommended …" header
 */
export function headersInTables(verdicts: readonly (Verdict | undefined)[], cells: ReadonlySet<number>): number[] {
  const found: number[] = [];
  if (cells.size === 0) return found;
  for (const i of cells) if (verdicts[i + 1]?.barrier && cells.has(i + 2)) found.push(i + 1);
  return found;
}
