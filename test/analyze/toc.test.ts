import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/analyze/toc.js';
import { linesOf } from '../helpers.js';

const P = (topic: string): string =>
  `Our guide to ${topic} walks through the steps one at a time, with the tools you need and the mistakes to avoid on the way.`;
const ARTICLE = [
  'Repainting a Garden Fence',
  P('fences'),
  'Contents',
  'Choosing the paint',
  'Preparing the wood',
  'Painting in dry weather',
  'CHOOSING THE PAINT',
  P('paint'),
  'PREPARING THE WOOD',
  P('wood'),
  'PAINTING IN DRY WEATHER',
  P('weather'),
];

const tocOf = (text: string[]) => {
  const lines = linesOf(text.join('\n'));
  return tableOfContents(
    lines,
    lines.map(() => undefined),
    { start: 0, end: lines.length - 1 },
  );
};

describe('tableOfContents', () => {
  it('marks a run of entries that name later upper-cased headings', () => {
    const found = tocOf(ARTICLE);
    expect([...found.keys()]).toEqual([3, 4, 5]);
    expect(found.get(3)?.kind).toBe('nav');
  });

  it('keeps two entries: a recap, not a contents list', () => {
    expect(tocOf(ARTICLE.filter((line) => line !== 'Painting in dry weather')).size).toBe(0);
  });

  it('keeps lines that name an upper-cased heading above them', () => {
    expect(tocOf([...ARTICLE.slice(6), ...ARTICLE.slice(2, 6)]).size).toBe(0);
  });
});
