import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../src/analyze/table-layout.js';
import { normalizeMapped } from '../../src/normalize/normalize.js';
import { linesOf } from '../helpers.js';

/** The table layout of `input`. */
function layoutOf(input: string) {
  const normalized = normalizeMapped(input);
  return tableLayout(input, normalized, linesOf(normalized.text));
}

describe('tableLayout', () => {
  it('reads a table written with tabs: its rows, its cells, and no pipe table', () => {
    const layout = layoutOf('Opening line of the page\nPlan\tPrice\nBasic\t$5\nPro\t$9');
    expect(layout.pipes).toEqual([]);
    expect(layout.tables.map((t) => [t.first, t.last, t.rows.length])).toEqual([[1, 3, 3]]);
    expect([...layout.rows]).toEqual([1, 2, 3]);
    expect([...layout.cells].sort((a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it('reads a GFM pipe table: its rows are cells, and it stands among the tables in line order', () => {
    const layout = layoutOf('Size\tWeight\nSmall\t2 kg\n\n| Plan | Price |\n| --- | --- |\n| Basic | $5 |');
    expect(layout.pipes.map((t) => t.first)).toEqual([2]);
    expect(layout.tables.map((t) => t.first)).toEqual([0, 2]);
    expect([...layout.rows]).toEqual([0, 1]);
    expect([...layout.cells].sort((a, b) => a - b)).toEqual([0, 1, 2, 4]);
  });

  it('finds nothing on a page without tables', () => {
    const layout = layoutOf('A paragraph of the article, plain prose.\nAnother one under it.');
    expect(layout).toEqual({ pipes: [], tables: [], rows: new Set(), cells: new Set() });
  });
});
