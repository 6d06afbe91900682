import { describe, expect, it } from 'vitest';
import { blockProblem } from '../../src/render/block-check.js';
import { FULL } from './fixtures.js';

describe('blockProblem', () => {
  it('finds nothing wrong with any block clean() gives, optional fields left out or not', () => {
    for (const block of FULL.blocks) expect(blockProblem(block)).toBeUndefined();
    expect(blockProblem({ type: 'heading', text: 'Next', level: 3 })).toBeUndefined();
    expect(blockProblem({ type: 'list', ordered: true, start: 4, style: 'a)', items: ['x'] })).toBeUndefined();
    expect(blockProblem({ type: 'figure', caption: '', credit: null })).toBeUndefined();
    expect(
      blockProblem({
        type: 'table',
        rows: [
          ['a', 'b'],
          ['', 'c'],
        ],
      }),
    ).toBeUndefined();
    expect(blockProblem({ type: 'code', text: 'x = 1' })).toBeUndefined();
  });
  it.each([
    [
      { type: 'Paragraph', text: 'x' },
      "its type 'Paragraph' is none of paragraph, heading, list, quote, figure, code, table",
    ],
    [{ text: 'x' }, 'its type undefined is none of'],
    [{ type: 'heading', text: 'x', level: 'two' }, "a heading's level is no whole number but 'two'"],
    [{ type: 'list', items: ['x'] }, "a list's ordered is no boolean but undefined"],
    [{ type: 'list', ordered: true, style: 'i.', items: ['x'] }, "a list's style is none of 1), a., a) but 'i.'"],
    [{ type: 'list', ordered: true, start: 1.5, items: ['x'] }, "a list's start is no whole number but 1.5"],
    [{ type: 'figure', caption: null, credit: 'AP' }, "a figure's caption is no string but null"],
    [{ type: 'figure', caption: 'x', credit: 5 }, "a figure's credit is no string nor null but 5"],
    [{ type: 'table', rows: [['a'], 'b'] }, "a table's rows are no list of lists of strings"],
    ['A paragraph', "is no block but 'A paragraph'"],
  ])('says what is wrong with %j', (block, problem) => {
    expect(blockProblem(block)).toContain(problem);
  });
});
