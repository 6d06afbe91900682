import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { tabPositions } from '../../src/analyze/table-cells.js';
import { normalizeMapped } from '../../src/normalize/normalize.js';
import { tableText } from '../../src/structure/body-text.js';
import { tabTables } from '../../src/structure/tab-tables.js';
import { linesOf } from '../helpers.js';

/** The tables `tabTables` finds in `input`. */
function tablesOf(input: string) {
  const normalized = normalizeMapped(input);
  return tabTables(input, normalized, linesOf(normalized.text), tabPositions(input));
}

/** The rows of the tables `tabTables` finds in `input`, as [first line, last line, cells]. */
function rowsOf(input: string): [number, number, readonly string[]][] {
  return tablesOf(input).flatMap((table) =>
    table.rows.map((row): [number, number, readonly string[]] => [row.first, row.last, row.cells]),
  );
}

describe('tabTables', () => {
  it('reads rows written one a line, cells parted by tabs (WCXB 0057)', () => {
    expect(rowsOf('Costs:\nHome size\tAvg. total cost\nStudio\t$465\n1 bedroom\t$648\nRead more.')).toEqual([
      [1, 1, ['Home size', 'Avg. total cost']],
      [2, 2, ['Studio', '$465']],
      [3, 3, ['1 bedroom', '$648']],
    ]);
  });

  it('reads cells written one a line, a tab alone between them and none between rows (WCXB 0467)', () => {
    const input = 'Feature\n\n\t\n\nGemini\n\n\t\n\nSLM\n\n\n\nCost\n\n\t\n\nHigh\n\n\t\n\nLow\n\n\n\nAfter the table.';
    expect(rowsOf(input)).toEqual([
      [0, 2, ['Feature', 'Gemini', 'SLM']],
      [3, 5, ['Cost', 'High', 'Low']],
    ]);
  });

  it('reads a row whose next cells open a line with a tab, and an empty cell between two tabs (WCXB 0054)', () => {
    const input =
      'Company\tBest for\tQuote\tDeposit\nColonial\n\tHighly trained\t$9,000\t40%\nMayflower\n\t\t$9,000\tNone';
    expect(rowsOf(input)).toEqual([
      [0, 0, ['Company', 'Best for', 'Quote', 'Deposit']],
      [1, 2, ['Colonial', 'Highly trained', '$9,000', '40%']],
      [3, 4, ['Mayflower', '', '$9,000', 'None']],
    ]);
  });

  it('reads a head row whose first cell is "#" as a row, a Markdown heading of cells as none (WCXB 0019)', () => {
    expect(rowsOf('Agencies:\n#\tCompany\tRating\n1\tEmbarque\t4.9\n2\tCoinbound\t4.8\nRead on.')).toEqual([
      [1, 1, ['#', 'Company', 'Rating']],
      [2, 2, ['1', 'Embarque', '4.9']],
      [3, 3, ['2', 'Coinbound', '4.8']],
    ]);
    expect(rowsOf('# Company\tRating\n1\tEmbarque\n2\tCoinbound')).toEqual([
      [1, 1, ['1', 'Embarque']],
      [2, 2, ['2', 'Coinbound']],
    ]);
  });

  it('takes a row with an empty last cell into a table one cell narrower, and drops that cell', () => {
    expect(rowsOf('a\tb\t\nc\td')).toEqual([
      [0, 0, ['a', 'b']],
      [1, 1, ['c', 'd']],
    ]);
    expect(rowsOf('Company\tQuote\tRating\nSeka Moving\tGet A Quote\t\nNYC Movers\tGet A Quote\t4.7')).toEqual([
      [0, 0, ['Company', 'Quote', 'Rating']],
      [1, 1, ['Seka Moving', 'Get A Quote', '']],
      [2, 2, ['NYC Movers', 'Get A Quote', '4.7']],
    ]);
  });

  it('finds none in one row, rows of different widths, a tab between paragraphs or code indented with tabs', () => {
    expect(rowsOf('Size\tCost\nThe end.')).toEqual([]);
    expect(rowsOf('a\tb\nc\td\te')).toEqual([]);
    expect(rowsOf('First paragraph.\n\n\t\n\nSecond paragraph.\n\nThird.')).toEqual([]);
    expect(rowsOf('if (a) {\n\tx();\n} else {\n\ty();\n}')).toEqual([]);
    expect(rowsOf('No tab here.\nNor here.')).toEqual([]);
  });

  it('gives each table its lines and rows, a line of text or a change of width parting two tables', () => {
    const tables = tablesOf('a\tb\nc\td\nText.\ne\tf\ng\th\ni\tj\tk\nl\tm\tn');
    expect(tables.map(({ first, last, rows }) => [first, last, rows.map((row) => row.table)])).toEqual([
      [0, 1, [0, 0]],
      [3, 4, [3, 3]],
      [5, 6, [5, 5]],
    ]);
  });

  it('keeps its offsets on input that normalizing shortens', () => {
    expect(rowsOf('caf&eacute;\tth&eacute;\n&amp;\t2')).toEqual([
      [0, 0, ['café', 'thé']],
      [1, 1, ['&', '2']],
    ]);
  });
});

describe('tabTables on the text of a table', () => {
  // A cell as clean() gives it: words with single spaces, no tab, line end or entity, opening with a capital or a
  // digit (a row in lower case under one that stops mid-sentence reads as the next line of a hard-wrapped paragraph).
  const word = fc.stringMatching(/^[A-Za-z0-9$%.,()-]{1,8}$/);
  const cell = fc
    .tuple(fc.stringMatching(/^[A-Z0-9]$/), fc.array(word, { maxLength: 3 }))
    .map(([first, words]) => [first, ...words].join(' '));
  const grid = fc
    .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 6 }))
    .chain(([width, height]) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }),
    );
  test.prop([grid], { seed: 20_170_412, numRuns: 200 })('gives back the cells that tableText wrote', (rows) => {
    const input = tableText({ type: 'table', rows });
    expect(rowsOf(input).map(([, , cells]) => cells)).toEqual(rows);
  });
});
