/**
 * Block structure of the `innertext` rendering scored against the `html-to-text` rendering of the same page, which
 * keeps what `innerText` loses: it marks `<li>` lines with `*` (or a number) and upper-cases `<h1>`–`<h6>`. A line of
 * an innerText block is looked up by its text among the html-to-text lines; lines found in neither shape, or written
 * in capitals in the innerText too (no telling a heading from a shouted label), are not counted.
 */
import type { Block } from '../../src/types.js';

/** How html-to-text wrote a line: a list item, a heading, or plain text. */
type Shape = 'item' | 'heading' | 'plain';

/** Counts of innerText lines by the block dechaff made of them and the shape html-to-text gave them. */
export interface StructureTally {
  /** Plain-line headings (no Markdown level) by shape. */
  heading: Record<Shape, number>;
  /** List items by shape. */
  list: Record<Shape, number>;
  /** Lines of any other block (paragraphs, quotes) by shape. */
  other: Record<Shape, number>;
}

export const emptyStructureTally = (): StructureTally => ({
  heading: { item: 0, heading: 0, plain: 0 },
  list: { item: 0, heading: 0, plain: 0 },
  other: { item: 0, heading: 0, plain: 0 },
});

const ITEM = /^(?:\*|\d{1,3}\.)\s+(.*)$/u;
const key = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ').trim();
const isCapitals = (text: string): boolean => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && text.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.9;
};

/** The shape html-to-text gave each of its lines, by the line's text; the first occurrence decides. */
function shapesOf(htmlToText: string): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  for (const raw of htmlToText.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const item = ITEM.exec(line);
    const text = item ? (item[1] as string) : line;
    if (!shapes.has(key(text))) shapes.set(key(text), item ? 'item' : isCapitals(text) ? 'heading' : 'plain');
  }
  return shapes;
}

/** Adds one page's innerText blocks, looked up in its html-to-text rendering, to `tally`. */
export function tallyStructure(tally: StructureTally, blocks: readonly Block[], htmlToText: string): void {
  const shapes = shapesOf(htmlToText);
  for (const block of blocks) {
    if (block.type === 'figure' || block.type === 'code' || block.type === 'table') continue;
    if (block.type === 'heading' && block.level) continue;
    const row = block.type === 'heading' ? tally.heading : block.type === 'list' ? tally.list : tally.other;
    for (const text of block.type === 'list' ? block.items : [block.text]) {
      const shape = isCapitals(text) ? undefined : shapes.get(key(text));
      if (shape !== undefined) row[shape]++;
    }
  }
}

/** The tally as rates: how many headings are `<h1>`–`<h6>` and how many of those are headings, and the same for lists. */
export function structureRates(tally: StructureTally): Record<string, number> {
  const sum = (row: Record<Shape, number>): number => row.item + row.heading + row.plain;
  const headings = tally.heading.heading + tally.list.heading + tally.other.heading;
  const items = tally.heading.item + tally.list.item + tally.other.item;
  const precision = tally.heading.heading / Math.max(1, sum(tally.heading));
  const recall = tally.heading.heading / Math.max(1, headings);
  return {
    headingPrecision: precision,
    headingRecall: recall,
    headingF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    listItemPrecision: tally.list.item / Math.max(1, sum(tally.list)),
    listItemRecall: tally.list.item / Math.max(1, items),
  };
}
