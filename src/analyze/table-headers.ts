import type { Line } from '../segment/segment.js';
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

/** Most words of a cell in the short run a colon opens: a column's head or a value, not a sentence. */
const MAX_CELL_WORDS = 6;
/** Fewest cells above a header in that run: a header right under the colon may be the thread the sentence invites. */
const MIN_CELLS_ABOVE = 2;

/**
 * The section headers that stand inside the run of short lines a sentence ending with a colon opens, with cells on
 * either side: a table's column head ("Comment" after "Entity status", "Assoc status" and before a row's "new") that
 * a renderer wrote one cell a line, without the tabs {@link headersInTables} reads. Linear.
 * @example headersUnderColons(lines, verdicts) // [5] for "States:", "Entity", "Status", "Next", "Comment", "new"
 */
export function headersUnderColons(lines: readonly Line[], verdicts: readonly (Verdict | undefined)[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i] || !(lines[i] as Line).text.endsWith(':')) continue;
    // Why: readability test page dropbox-blog: a table's "Comment" column head, under "Following are the task
    // entity and association states in ATF and their corresponding timestamp updates:", cut off half the post.
    let cells = 0;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const verdict = verdicts[k];
      if (verdict?.barrier && cells >= MIN_CELLS_ABOVE && isCell(lines[k + 1], verdicts[k + 1])) found.push(k);
      else if (!isCell(lines[k], verdict)) break;
      cells++;
    }
    i = k - 1;
  }
  return found;
}

/** True for a short line without a verdict that is no sentence: a table's cell. */
function isCell(line: Line | undefined, verdict: Verdict | undefined): boolean {
  return line !== undefined && verdict === undefined && line.words <= MAX_CELL_WORDS && !line.endsSentence;
}
