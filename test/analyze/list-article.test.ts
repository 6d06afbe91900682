import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { isSignItem, listArticle } from '../../src/analyze/list-article.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

// Readability test page tumblr (html-to-text): release notes, one item a line, the longest item the only prose.
const ITEMS = [
  '+ Added Granite and Basalt stone blocks',
  '+ Added Slime Block',
  '+ Added Iron Trapdoor and Sea Lantern blocks',
  '+ Added a new player model with smaller arms, and a new player skin for the starter pack?',
  '+ Villagers will harvest crops and plant new ones',
  '+ Mossy Stone Bricks are now craftable',
  '* Villager trading has been rebalanced',
  '* Anvil repairing has been rebalanced',
  '* Buttons can now be placed on the ceiling',
  '* Server list has been improved',
  '- Removed the old launcher',
];
const LONGEST = 3;
const short: LineScore = { score: -3, klass: 'short' };
const good: LineScore = { score: 18, klass: 'good' };
const scoresOf = (n: number, prose: number): LineScore[] =>
  Array.from({ length: n }, (_, i) => (i === prose ? good : short));

describe('listArticle', () => {
  it('widens a body of one item to the list around it and scores its items as prose', () => {
    const lines = linesOf(['Game News', 'Release 1.8', ...ITEMS, 'Official links:', 'Forums'].join('\n'));
    const at = 2 + LONGEST;
    const listed = listArticle(lines, [], scoresOf(lines.length, at), { start: at, end: at });
    expect(listed?.extent).toEqual({ start: 2, end: 12 });
    expect(listed?.rescored.get(2)?.klass).toBe('medium');
    expect(listed?.rescored.has(at)).toBe(false);
  });
  it('goes on over an item written twice, which a detector named', () => {
    const doubled = [...ITEMS.slice(0, -1), '* SERVER LIST HAS BEEN IMPROVED', ITEMS.at(-1) as string];
    const lines = linesOf(doubled.join('\n'));
    const verdicts: (Verdict | undefined)[] = [];
    verdicts[doubled.length - 2] = { kind: 'duplicate', reason: 'test' };
    const listed = listArticle(lines, verdicts, scoresOf(lines.length, LONGEST), { start: LONGEST, end: LONGEST });
    expect(listed?.extent).toEqual({ start: 0, end: doubled.length - 1 });
  });
  it('leaves a body of more prose than a line or two, or one that is no item', () => {
    const lines = linesOf(ITEMS.join('\n'));
    const scores = scoresOf(lines.length, LONGEST).map((s, i) => (i <= 5 ? good : s));
    expect(listArticle(lines, [], scores, { start: 0, end: 5 })).toBeNull();
    const prose = linesOf(
      ['Release 1.8', 'The update adds new blocks, mobs and a spectator mode for everyone.', ...ITEMS].join('\n'),
    );
    expect(listArticle(prose, [], scoresOf(prose.length, 1), { start: 1, end: 1 })).toBeNull();
  });
  it('leaves a menu: items of a word or two, or items the page writes again', () => {
    const menu = ['* Home', '* News', '* Sports', '* Weather', '* Business', '* Health', '* Science', '* Travel'];
    const lines = linesOf(
      [...menu, '* Opinion pieces from our writers on the news of the week, every Friday?', '* Style'].join('\n'),
    );
    expect(listArticle(lines, [], scoresOf(lines.length, 8), { start: 8, end: 8 })).toBeNull();
    const twice = linesOf([...ITEMS, 'Footer', ...ITEMS.slice(0, 3)].join('\n'));
    expect(listArticle(twice, [], scoresOf(twice.length, LONGEST), { start: LONGEST, end: LONGEST })).toBeNull();
  });
  it('keeps the whole list in the cleaned text, under its headline', () => {
    const text = [
      'Game News',
      'Powered by Blogs',
      '',
      'STONE BLOCKS UPDATE - THE BIG RELEASE',
      '',
      ...ITEMS,
      '',
      'Newer',
      'Older',
    ];
    const article = clean(text.join('\n'));
    expect(article.title).toBe('STONE BLOCKS UPDATE - THE BIG RELEASE');
    expect(article.text).toContain('+ Added Slime Block');
    expect(article.text).toContain('Removed the old launcher');
  });
});

describe('isSignItem', () => {
  it('reads a line that opens with the sign of the line beside it as an item, and a lone sign as none', () => {
    const lines = linesOf(
      ['+ Added Slime Block', '+ Added Banners', '✅ Get an instant estimate', '🚚 Movers matched to you'].join('\n'),
    );
    expect([0, 1, 2, 3].map((i) => isSignItem(lines, i))).toEqual([true, true, false, false]);
  });
});
