import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/structure/body-text.js';
import type { Block } from '../../src/types.js';

describe('bodyText', () => {
  const blocks: Block[] = [
    { type: 'heading', text: 'Heading', level: 2 },
    { type: 'paragraph', text: 'Paragraph.' },
    { type: 'list', ordered: false, items: ['One', 'Two'] },
    { type: 'list', ordered: true, start: 2, style: 'a)', items: ['Three', 'Four'] },
    { type: 'quote', text: 'Quote.' },
    { type: 'figure', caption: 'Caption.', credit: 'CREDIT' },
  ];
  it('joins headings, paragraphs, list items (numbered ones with their numbers) and quotes with blank lines', () => {
    expect(bodyText(blocks)).toBe('Heading\n\nParagraph.\n\nOne\n\nTwo\n\nb) Three\n\nc) Four\n\nQuote.');
  });
  it('adds captions, not credits, when asked', () => {
    expect(bodyText(blocks, { captions: true })).toBe(
      'Heading\n\nParagraph.\n\nOne\n\nTwo\n\nb) Three\n\nc) Four\n\nQuote.\n\nCaption.',
    );
  });
  it('is empty for no blocks', () => expect(bodyText([])).toBe(''));
  it('writes a table a row a line, its cells parted by tabs', () => {
    const table: Block = {
      type: 'table',
      rows: [
        ['Size', 'Cost'],
        ['Studio', '$465'],
      ],
    };
    expect(bodyText([{ type: 'paragraph', text: 'Costs:' }, table])).toBe('Costs:\n\nSize\tCost\nStudio\t$465');
  });
});
