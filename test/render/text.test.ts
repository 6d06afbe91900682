import { describe, expect, it } from 'vitest';
import { toText } from '../../src/render/text.js';
import type { Block } from '../../src/types.js';
import { EMPTY, FULL } from './fixtures.js';

describe('toText', () => {
  it('renders headline, highlights, byline and date, body and end notes, without figures', () => {
    expect(toText(FULL)).toBe(
      `${[
        'Minister Says Talks Were Useful\n===============================',
        'Talks end without a deal ■ Next round in Geneva',
        'By Jane Doe\nApril 12, 2017',
        'The minister spoke on Wednesday.',
        'What comes next',
        'A plain heading',
        '• One\n• Two',
        '> We will meet again.',
        'DPA contributed to this report.',
      ].join('\n\n')}\n`,
    );
    expect(toText(FULL)).not.toContain('REUTERS');
  });
  it('renders just the body when that is all there is', () => {
    expect(toText({ ...EMPTY, blocks: [{ type: 'paragraph', text: 'Body.' }], text: 'Body.' })).toBe('Body.\n');
  });
  it('renders an ordered list with the numbers the input gave its items, a bulleted one with bullets', () => {
    const blocks: Block[] = [
      { type: 'list', ordered: true, items: ['Mix', 'Knead'] },
      { type: 'list', ordered: true, start: 4, style: '1)', items: ['Rise', 'Bake'] },
      { type: 'list', ordered: true, start: 2, style: 'a.', items: ['Cool'] },
      { type: 'list', ordered: false, items: ['Flour', 'Yeast'] },
    ];
    expect(toText({ ...EMPTY, blocks })).toBe('1. Mix\n2. Knead\n\n4) Rise\n5) Bake\n\nb. Cool\n\n• Flour\n• Yeast\n');
  });
  it('renders a listing as its lines, indentation kept', () => {
    const code = 'func a() {\n    i := 0\n}';
    expect(toText({ ...EMPTY, blocks: [{ type: 'code', text: code }], text: code })).toBe(`${code}\n`);
  });
  it('renders a table a row a line, its cells parted by tabs', () => {
    const rows = [
      ['Size', 'Cost'],
      ['Studio', '$465'],
    ];
    expect(toText({ ...EMPTY, blocks: [{ type: 'table', rows }] })).toBe('Size\tCost\nStudio\t$465\n');
  });
  it('renders nothing for an empty article', () => expect(toText(EMPTY)).toBe(''));
  // WCXB 0110: a plain headline over the first paragraph read, cleaned again, as a body's first heading does.
  it('underlines the headline with as many `=` as it has characters', () => {
    expect(toText({ ...EMPTY, title: 'Café 東京 🍵' })).toBe('Café 東京 🍵\n=========\n');
  });
});
