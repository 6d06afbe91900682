import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/analyze/toc.js';
import { en } from '../../src/lang/en.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { compilePack } from '../../src/lang/matcher.js';
import { ru } from '../../src/lang/ru.js';
import { linesOf } from '../helpers.js';

const EN = compilePack(en);

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
    EN.match.contentsLabels,
  );
};

describe('tableOfContents', () => {
  it('marks a run of entries that name later upper-cased headings', () => {
    const found = tocOf(ARTICLE);
    expect([...found.keys()]).toEqual([3, 4, 5, 2]);
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
    expect([...tocOf(plain).keys()]).toEqual([3, 4, 5, 2]);
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
    expect([...tocOf(page).keys()]).toEqual([3, 4, 5, 2]);
    expect([...tocOf(page.map((line) => line.replace(/^\* /, ''))).keys()]).toEqual([3, 4, 5, 2]);
  });
  it('reads a bulleted heading without its number, named by a numbered entry (WCXB 4601 html-to-text)', () => {
    const entries = ['1. Choosing the paint', '2. Preparing the wood', '3. Painting in dry weather'];
    const headings = ['* 1. CHOOSING THE PAINT', '* 2. PREPARING THE WOOD', '* 3. PAINTING IN DRY WEATHER'];
    const page = [ARTICLE[0] as string, P('fences'), ...entries, ...headings.flatMap((h) => [h, P(h)])];
    expect([...tocOf(page).keys()]).toEqual([2, 3, 4]);
    // Near miss: a number with no period of its own is a word of the heading ("2025 CHOOSING THE PAINT").
    const dated = headings.map((h) => h.replace(/\d\./, '2025'));
    expect(tocOf([ARTICLE[0] as string, P('fences'), ...entries, ...dated.flatMap((h) => [h, P(h)])]).size).toBe(0);
  });
});

describe('tableOfContents under its label', () => {
  // WCXB 4673 / 0252 innertext: the list under "Table of Contents" names a one-word heading, a heading over a list,
  // a numbered heading and a question, none of them a plain heading over a longer line.
  const SECTIONS = [
    'Supplies',
    'Sandpaper',
    'Mineral spirits',
    'Directions',
    '1. Test the paint for lead',
    P('lead tests'),
    'Is it worth it?',
    P('refinishing'),
  ];
  const ENTRIES = ['Supplies', 'Directions', '1. Test the paint for lead', 'Is it worth it?'];
  const page = (label: string, entries: string[]) => [
    'Refinishing a Dresser',
    P('old furniture'),
    label,
    ...entries,
    ...SECTIONS,
  ];

  it('marks the lines under the label that name later lines in order, whatever their shape', () => {
    const found = tocOf(page('Table of Contents', ENTRIES));
    expect([...found.keys()]).toEqual([3, 4, 5, 6, 2]);
    expect(found.get(3)).toEqual({ kind: 'nav', reason: 'table of contents under its label (entries=4)' });
  });

  it('finds each entry’s line among lines that open with the same word', () => {
    const entries = ['Is it worth it?', 'Is the paint safe?', 'Is lead a risk?'];
    const sections = entries.flatMap((entry) => [`${entry} Not always`, P(entry), entry, P(entry)]);
    const found = tocOf(['Refinishing a Dresser', P('old furniture'), 'Table of Contents', ...entries, ...sections]);
    expect([...found.keys()]).toEqual([3, 4, 5, 2]);
  });

  it('takes out the label over the entries found, and keeps one over entries kept', () => {
    // WCXB 0422 html-to-text: "Contents" left alone over the entries' headings; 4105: "In this guide" over the steps.
    expect(tocOf(page('Contents', ENTRIES)).get(2)).toEqual({ kind: 'nav', reason: "a contents list's label" });
    expect(tocOf(page('In this guide', ENTRIES.slice(0, 2))).has(2)).toBe(false);
  });

  // why: every built-in pack names the label over a contents list, as the English one does (WCXB 0252, 4253): a Russian
  // guide's "Содержание" over entries that name its sections.
  it('reads a Russian label over the entries', () => {
    const RU = compiledPackFor(ru);
    const para = (topic: string): string =>
      `В этом разделе мы подробно рассказываем про ${topic}, какие инструменты понадобятся и каких ошибок стоит избежать.`;
    const entries = ['Выбор краски', 'Подготовка дерева', 'Покраска в сухую погоду'];
    const lines = linesOf(
      ['Как покрасить забор', para('забор'), 'Содержание', ...entries, ...entries.flatMap((e) => [e, para(e)])].join(
        '\n',
      ),
      RU,
    );
    const found = tableOfContents(
      lines,
      lines.map(() => undefined),
      { start: 0, end: lines.length - 1 },
      RU.match.contentsLabels,
    );
    expect([...found.keys()]).toEqual([3, 4, 5, 2]);
  });

  it('keeps the same lines without the label: a recap of the sections', () => {
    expect(tocOf(page('Here is what we cover in this guide:', ENTRIES)).size).toBe(0);
  });

  it('keeps two entries under the label', () => {
    expect(tocOf(page('Jump to:', ENTRIES.slice(0, 2))).size).toBe(0);
  });

  it('takes back the repeat verdict of a heading an entry names: the entry is the copy to remove', () => {
    // WCXB 4083 innertext: "2. When is the best time to go to Japan?" in the list, and again over its section.
    const question = 'Is refinishing worth the time it takes?';
    const text = page('Table of Contents', [...ENTRIES.slice(0, 3), question]).concat(question, P('time'));
    const lines = linesOf(text.join('\n'));
    const at = text.lastIndexOf(question);
    const verdicts = lines.map((_, i) =>
      i === at ? { kind: 'duplicate' as const, reason: 'repeats line 7' } : undefined,
    );
    const found = tableOfContents(lines, verdicts, { start: 0, end: lines.length - 1 }, EN.match.contentsLabels);
    expect([...found.keys()]).toEqual([3, 4, 5, 6, at, 2]);
    expect(found.get(6)?.kind).toBe('nav');
    expect(found.has(at) && found.get(at) === undefined).toBe(true);
  });

  it('reads the label right over the body, which the body search started at the first entry', () => {
    // WCXB 0165 innertext: "Contents" left above the body, its entries the body's first lines.
    const lines = linesOf(page('Contents', ENTRIES).join('\n'));
    const found = tableOfContents(
      lines,
      lines.map(() => undefined),
      { start: 3, end: lines.length - 1 },
      EN.match.contentsLabels,
    );
    expect([...found.keys()]).toEqual([3, 4, 5, 6]);
    const below = tableOfContents(
      lines,
      lines.map(() => undefined),
      { start: 4, end: lines.length - 1 },
      EN.match.contentsLabels,
    );
    expect(below.size).toBe(0);
  });

  it('reads a contents plugin’s entries by their headings, without the outline numbers, under a label with its button', () => {
    // WCXB 0336, 0033 innertext: "Contents hide" over "1 Why …", "1.1 A. Alignment …", "2.1 1. Fine Dining Service".
    const sections = [
      'Why Style Matters',
      P('style'),
      'A. Menu and Pricing',
      P('menus'),
      '1. Fine Dining Service',
      P('dining'),
    ];
    const entries = ['1 Why Style Matters', '1.1 A. Menu and Pricing', '2.1 1. Fine Dining Service'];
    const found = tocOf(['Restaurant Service Styles', P('service'), 'Contents hide', ...entries, ...sections]);
    expect([...found.keys()]).toEqual([3, 4, 5, 2]);
    expect(found.get(2)).toEqual({ kind: 'nav', reason: "a contents list's label" });
  });

  it('reads an entry by its number first, when its heading has the same number', () => {
    const sections = ['10 Best Tips', P('tips'), '12 Tools You Need', P('tools'), '3 Mistakes to Avoid', P('mistakes')];
    const entries = ['10 Best Tips', '12 Tools You Need', '3 Mistakes to Avoid'];
    expect([...tocOf(['Painting Guide', P('painting'), 'Contents', ...entries, ...sections]).keys()]).toEqual([
      3, 4, 5, 2,
    ]);
    const renamed = sections.map((line) => line.replace(/^\d+ /, ''));
    expect(tocOf(['Painting Guide', P('painting'), 'In this post', ...entries, ...renamed]).size).toBe(4);
  });

  it('takes in one entry that names no line, not two in a row', () => {
    const one = ['Why refinish at all', ...ENTRIES];
    expect([...tocOf(page('In this article', one)).keys()]).toEqual([3, 4, 5, 6, 7, 2]);
    const two = ['Why refinish at all', 'What it costs', ...ENTRIES];
    expect(tocOf(page('In this article', two)).size).toBe(0);
  });
});
