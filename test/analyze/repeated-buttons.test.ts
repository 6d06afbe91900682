import { describe, expect, it } from 'vitest';
import { repeatedButtons } from '../../src/analyze/repeated-buttons.js';
import { clean } from '../../src/clean.js';
import { EN, linesOf } from '../helpers.js';

const REVIEWS = [
  'The Atlas folding chair is the lightest we tested, and it still held a heavy camper without a wobble on rough ground.',
  'The Ridge lounger is heavier, but its wide seat and padded arms made it the most comfortable chair around the fire.',
  'The Summit stool packs down to the size of a water bottle, which makes it the pick for anyone who hikes to camp.',
];

/** A round-up as innerText writes it: each product's name, its review, and the card's link button under it. */
function roundUp(button: (i: number) => string): string {
  return REVIEWS.map((review, i) => `Product ${i + 1}\n${review}\n${button(i)}`).join('\n\n');
}

describe('repeatedButtons', () => {
  it("removes a card's link button written under each product (WCXB 4674)", () => {
    const article = clean(`The best camp chairs\n\n${roundUp(() => 'Watch review on YouTube')}\n`);
    expect(article.text).toContain('lightest we tested');
    expect(article.text).not.toContain('Watch review');
    const removed = article.removed.find((r) => r.text === 'Watch review on YouTube');
    expect(removed?.kind).toBe('promo');
    expect(removed?.reason).toBe('link button: opens with "watch", written ×3 in the body');
  });

  it("reads a button's label after the marks before it (WCXB 4694's '+ More Info')", () => {
    const lines = linesOf(roundUp(() => '+ More Info'));
    const found = repeatedButtons(lines, [], { start: 0, end: lines.length - 1 }, EN.match.linkLabels);
    expect([...found.values()].map((v) => v.reason)).toEqual(
      Array(3).fill('link button: opens with "more info", written ×3 in the body'),
    );
  });

  it("removes a line that names a site, written under each item (WCXB 4682's 'View post on imgur.com')", () => {
    const lines = linesOf(roundUp(() => 'Posted on imgur.com'));
    const found = repeatedButtons(lines, [], { start: 0, end: lines.length - 1 }, EN.match.linkLabels);
    expect(found.size).toBe(3);
    expect([...found.values()][0]?.reason).toBe('link button: names a site, written ×3 in the body');
  });

  it("removes a button that ends with a period, and a lead-in to a card's links (WCXB 4106, 4265)", () => {
    const check = (button: string): string[] => {
      const lines = linesOf(roundUp(() => button));
      return [...repeatedButtons(lines, [], { start: 0, end: lines.length - 1 }, EN.match.linkLabels).values()].map(
        (v) => v.reason,
      );
    };
    expect(check('See the rating.')).toEqual(Array(3).fill('link button: opens with "see", written ×3 in the body'));
    expect(check('Buy now from one of our trusted retail partners:')).toHaveLength(3);
    // A longer line with no colon is no button, and a sentence must open with a link's label.
    expect(check('Buy now from one of our trusted retail partners today')).toEqual([]);
    expect(check('Prices checked daily on example.com.')).toEqual([]);
  });

  it("removes a map's link written under each place of a guide (WCXB 4340's 'map')", () => {
    const lines = linesOf(roundUp(() => 'map'));
    const found = repeatedButtons(lines, [], { start: 0, end: lines.length - 1 }, EN.match.linkLabels);
    expect([...found.values()][0]?.reason).toBe('link button: opens with "map", written ×3 in the body');
  });

  it('keeps a heading the article repeats over each section, a button written twice, and code', () => {
    const check = (text: string): number => {
      const lines = linesOf(text);
      return repeatedButtons(lines, [], { start: 0, end: lines.length - 1 }, EN.match.linkLabels).size;
    };
    expect(check(roundUp(() => 'Key Features'))).toBe(0);
    expect(check(roundUp((i) => (i < 2 ? 'Get Price' : 'Ask the shop')))).toBe(0);
    expect(check(roundUp(() => 'todos.map(todo =>'))).toBe(0);
  });
});
