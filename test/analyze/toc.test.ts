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

  it('marks entries that name later headings in the same case, a short line over each section', () => {
    const plain = ARTICLE.map((line) => (line === line.toUpperCase() ? line[0] + line.slice(1).toLowerCase() : line));
    expect([...tocOf(plain).keys()]).toEqual([3, 4, 5]);
  });

  it('keeps single words that name later items, and entries out of the items’ order', () => {
    const items = ['Wix', 'Squarespace', 'Shopify'];
    const article = [ARTICLE[0] as string, P('builders'), ...items, ...items.flatMap((item) => [item, P(item)])];
    expect(tocOf(article).size).toBe(0);
    const shuffled = ['Painting in dry weather', 'Choosing the paint', 'Preparing the wood'];
    const sections = ['Choosing the paint', 'Preparing the wood', 'Painting in dry weather'].flatMap((h) => [h, P(h)]);
    expect(tocOf([ARTICLE[0] as string, P('fences'), ...shuffled, ...sections]).size).toBe(0);
  });

  it('reads a bulleted entry by its heading, without the number both give (html-to-text, or the text cleaned again)', () => {
    const numbered = [
      '1. CHOOSING THE PAINT',
      P('paint'),
      '2. PREPARING THE WOOD',
      P('wood'),
      '3. PAINTING IN DRY WEATHER',
    ];
    const entries = ['1. Choosing the paint', '2. Preparing the wood', '3. Painting in dry weather'];
    const page = [
      ARTICLE[0] as string,
      P('fences'),
      'Contents',
      ...entries.map((e) => `* ${e}`),
      ...numbered,
      P('weather'),
    ];
    expect([...tocOf(page).keys()]).toEqual([3, 4, 5]);
    expect([...tocOf(page.map((line) => line.replace(/^\* /, ''))).keys()]).toEqual([3, 4, 5]);
  });
});
