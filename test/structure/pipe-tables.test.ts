import { describe, expect, it } from 'vitest';
import { pipeTables } from '../../src/structure/pipe-tables.js';
import { linesOf } from '../helpers.js';

const TABLE = '| Package | Cost |\n| --- | --- |\n| Basic | $3,000/mo |\n| Premium \\| Plus | $10,000/mo |';

describe('pipeTables', () => {
  // why: WCXB 0019 innertext's pricing table, as toMarkdown writes it.
  it('reads a head row, a delimiter row and the rows under it, bars in cells unescaped', () => {
    const [table] = pipeTables(linesOf(`Our packages:\n\n${TABLE}\n\nPrices vary.`));
    expect(table).toEqual({
      first: 1,
      last: 4,
      rule: 2,
      rows: [
        { cells: ['Package', 'Cost'], first: 1, last: 1, table: 1 },
        { cells: ['Basic', '$3,000/mo'], first: 3, last: 3, table: 1 },
        { cells: ['Premium | Plus', '$10,000/mo'], first: 4, last: 4, table: 1 },
      ],
    });
  });
  it('fills a short row with empty cells and cuts a long one to the head, as GFM does', () => {
    const [table] = pipeTables(linesOf('| A | B |\n| :-- | --: |\n| 1 |\n| 1 | 2 | 3 |'));
    expect(table?.rows.map((row) => row.cells)).toEqual([
      ['A', 'B'],
      ['1', ''],
      ['1', '2'],
    ]);
  });
  it('ends the table at a blank line or a line that is no row', () => {
    expect(pipeTables(linesOf(`${TABLE}\n\n| Later | row |`))[0]?.last).toBe(3);
    expect(pipeTables(linesOf(`${TABLE}\nPrices vary.\n| Later | row |`))[0]?.last).toBe(3);
  });
  it('needs the delimiter row right under the head, as wide as it', () => {
    expect(pipeTables(linesOf('| A | B |\n| 1 | 2 |\n| 3 | 4 |'))).toEqual([]);
    expect(pipeTables(linesOf('| A | B |\n\n| --- | --- |\n| 1 | 2 |'))).toEqual([]);
    expect(pipeTables(linesOf('| A | B |\n| --- |\n| 1 | 2 |'))).toEqual([]);
    expect(pipeTables(linesOf('| A |\n| --- |\n| 1 |'))).toEqual([]);
  });
  it('is linear: a long run of rows is read once', () => {
    const rows = Array.from({ length: 20_000 }, (_, k) => `| Row ${k} | ${k} |`).join('\n');
    expect(pipeTables(linesOf(`| A | B |\n| --- | --- |\n${rows}`))[0]?.rows.length).toBe(20_001);
  });
});
