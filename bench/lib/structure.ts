/**
 * Block structure of the `innertext` rendering scored against the `html-to-text` rendering of the same page, which
 * keeps what `innerText` loses: it marks `<li>` lines with `*` (or a number) and upper-cases `<h1>`–`<h6>`. A line of
 * an innerText block is looked up by its text among the html-to-text lines; lines found in neither shape, or written
 * in capitals in the innerText too (no telling a heading from a shouted label), are not counted. Nor is a text that
 * html-to-text wrote in two shapes: a table of contents' entry and the heading it links to (WCXB 1222, 0426) would
 * otherwise count as the shape that came first. A numbered line in capitals is a numbered heading ("1. NOGOOD", the
 * `<h2>` of a listicle, 0166), not a list item.
 */
import type { Block } from '../../src/types.js';

/** How html-to-text wrote a line: a list item, a heading, or plain text. */
type Shape = 'item' | 'heading' | 'plain';

/** Counts of innerText lines by the block dechaff made of them and the shape html-to-text gave them. */
export interface StructureTally {
  /**
   * Headings by shape, whatever their level: a level dechaff reads from a line's shape ("1.1 …") is still a plain
   * line's, and a Markdown heading's text is rarely found, as html-to-text writes it with its marks ("# …").
   */
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

/** The shape html-to-text gave each of its lines, by the line's text; null for a text it wrote in several shapes. */
function shapesOf(htmlToText: string): Map<string, Shape | null> {
  const shapes = new Map<string, Shape | null>();
  for (const raw of htmlToText.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const item = ITEM.exec(line);
    const numberedHeading = item !== null && line.charAt(0) !== '*' && isCapitals(item[1] as string);
    const text = item && !numberedHeading ? (item[1] as string) : line;
    const shape = item && !numberedHeading ? 'item' : isCapitals(text) ? 'heading' : 'plain';
    const seen = shapes.get(key(text));
    shapes.set(key(text), seen === undefined || seen === shape ? shape : null);
  }
  return shapes;
}

/** Adds one page's innerText blocks, looked up in its html-to-text rendering, to `tally`. */
export function tallyStructure(tally: StructureTally, blocks: readonly Block[], htmlToText: string): void {
  const shapes = shapesOf(htmlToText);
  for (const block of blocks) {
    if (block.type === 'figure' || block.type === 'code' || block.type === 'table') continue;
    const row = block.type === 'heading' ? tally.heading : block.type === 'list' ? tally.list : tally.other;
    for (const text of block.type === 'list' ? block.items : [block.text]) {
      const shape = isCapitals(text) ? undefined : shapes.get(key(text));
      if (shape !== undefined && shape !== null) row[shape]++;
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
