import type { Block, TableBlock } from '../types.js';
import { numberedItem } from './ordinal.js';

/**
 * The body as plain text for NLP: paragraphs, headings, list items, quotes, code and tables, separated by blank lines;
 * figure captions too when `captions` is set. An ordered list's items keep their numbers, as a lone numbered line
 * does: the steps of a how-to keep their order for a reader, and cleaning the text again gives it back. A table is its
 * rows ({@link tableText}).
 */
export function bodyText(blocks: readonly Block[], { captions = false } = {}): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      for (let k = 0; k < block.items.length; k++) parts.push(numberedItem(block, k));
    } else if (block.type === 'figure') {
      if (captions) parts.push(block.caption);
    } else if (block.type === 'table') parts.push(tableText(block));
    else parts.push(block.text);
  }
  return parts.join('\n\n');
}

/**
 * A table as text: a row a line, its cells parted by a tab, as a browser's innerText writes them; cleaning the text
 * again finds the same table.
 * @example tableText({ type: 'table', rows: [['Size', 'Cost'], ['Studio', '$465']] }) // 'Size\tCost\nStudio\t$465'
 */
export function tableText(block: TableBlock): string {
  return block.rows.map((row) => row.join('\t')).join('\n');
}
