import { describe, expect, it } from 'vitest';
import { tableCells, tabPositions, tabRows } from '../../src/analyze/table-cells.js';
import { clean } from '../../src/clean.js';
import { normalizeMapped } from '../../src/normalize/normalize.js';
import { linesOf } from '../helpers.js';

/** The table cells of `input`, as their lines' text. */
function cellsOf(input: string): string[] {
  const normalized = normalizeMapped(input);
  const lines = linesOf(normalized.text);
  return [...tableCells(input, normalized, lines, tabPositions(input))]
    .sort((a, b) => a - b)
    .map((i) => lines[i]?.text ?? '');
}

describe('tableCells', () => {
  it('finds the cells innerText writes on lines of their own, between tab-only lines (WCXB 4592)', () => {
    const input =
      'Budget Snapshot\n\nCategory\n\n\tLow Range (S$)\tHigh Range (S$)\n\n\nVenue and F&B\n\n\t\n\n15,000\n\n\t\n\n40,000\n';
    expect(cellsOf(input)).toEqual(['Low Range (S$) High Range (S$)', 'Venue and F&B', '15,000', '40,000']);
  });

  it('finds a row whose last cell is empty', () => {
    expect(cellsOf('Note\nTotal\t27,100\t\n71,500')).toEqual(['Total 27,100', '71,500']);
  });

  it('finds none on a page without tabs, nor in code indented with tabs', () => {
    expect(cellsOf('Category\n\n15,000\n\n40,000')).toEqual([]);
    expect(cellsOf('function f() {\n\treturn 1;\n}')).toEqual([]);
  });
});

describe('reviseShortLines: table cells', () => {
  const opening =
    'Between demanding careers, family commitments and the endless to-do list of life, carving out time for wedding preparation can seem impossible.';
  const prose =
    'Below is an overview of typical wedding costs in Singapore, which you can use as a foundation and then adjust to your own priorities.';
  const closing =
    'Aim to set aside at least ten percent of your total budget as a contingency for any unexpected extras that come up.';
  const last =
    'Venues and vendors typically add a service charge plus tax, so read every quotation closely before you sign anything.';
  const table = (sep: string): string =>
    // Two rows: shorter than the eight-line runs that unrepeated-lists keeps on its own.
    ['Venue and F&B', '15,000', '40,000', 'Florals and Styling', '2,000', '5,000']
      .map((cell, i) => (i % 3 === 0 ? `\n${cell}` : `${sep}${cell}`))
      .join('\n');
  // A page: a share button a detector flags; a text with none and all lines well formed is a clean text, kept whole.
  const page = (sep: string): string =>
    `Wedding Costs\n\nShare\n\n${opening}\n\n${prose}\n${table(sep)}\n\n${closing}\n\n${last}`;

  it('keeps the short cells of a table in the body', () => {
    const article = clean(page('\t\n\n'));
    expect(article.text).toContain('40,000');
    expect(article.text).toContain('Florals and Styling');
    expect(article.removed.map((r) => r.text)).toEqual(['Share']);
  });

  it('still removes the same short lines when nothing marks them as cells', () => {
    const article = clean(page('\n\n'));
    expect(article.text).not.toContain('40,000');
    expect(article.removed[1]?.reason).toBe(
      'short line in the body that no prose vouches for (run of 6 short lines, words=2)',
    );
  });
});

describe('tabRows', () => {
  /** The lines of `input` that hold a tab between two words, as their text. */
  const rowsOf = (input: string): string[] => {
    const normalized = normalizeMapped(input);
    const lines = linesOf(normalized.text);
    return [...tabRows(normalized, lines, tabPositions(input))].map((i) => lines[i]?.text ?? '');
  };

  it('finds a menu laid out as a row of cells (WCXB 0217 innertext)', () => {
    expect(rowsOf('About\tOur Services\tContact\t0 items\nA Complete Guide to Furniture Styles')).toEqual([
      'About Our Services Contact 0 items',
    ]);
  });

  it('finds no line that a tab only opens or ends, nor a line of only a tab', () => {
    expect(rowsOf('function f() {\n\treturn 1;\n}')).toEqual([]);
    expect(rowsOf('Venue and F&B\n\t\n15,000\t\n40,000')).toEqual([]);
  });
});
