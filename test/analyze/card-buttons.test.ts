import { describe, expect, it } from 'vitest';
import { cardButtons } from '../../src/analyze/card-buttons.js';
import { clean } from '../../src/clean.js';
import { EN, linesOf } from '../helpers.js';

const CARDS = [
  {
    name: '1. Box Hill Outfitters',
    review:
      'Box Hill sends five pieces a month picked by a stylist after a short quiz, and you only pay for what you keep.',
  },
  {
    name: '2. Larkspur: Best for Weekends',
    review: 'Larkspur rents designer dresses for a flat monthly fee, which makes it the pick for weddings and parties.',
  },
  {
    name: '3. Tidewater Kids',
    review: 'Tidewater Kids mails coordinated outfits for children, and returns are free within ten days of delivery.',
  },
];

/** A round-up's cards as innerText writes them: a name, the review, then a button that names the card. */
function roundUp(button: (name: string) => string): string {
  const names = ['Box Hill', 'Larkspur', 'Tidewater Kids'];
  return CARDS.map((card, i) => `${card.name}\n${card.review}\n${button(names[i] as string)}`).join('\n\n');
}

const reasons = (text: string): string[] => {
  const lines = linesOf(text);
  return [...cardButtons(lines, [], { start: 0, end: lines.length - 1 }, EN).values()].map((v) => v.reason);
};

describe('cardButtons', () => {
  it("removes a button that names its card under each card of a round-up (WCXB 4106's 'Shop TORRAIN.')", () => {
    const article = clean(`The best clothing boxes\n\n${roundUp((name) => `Shop ${name}.`)}\n`);
    expect(article.text).toContain('only pay for what you keep');
    expect(article.text).not.toContain('Shop Larkspur');
    const removed = article.removed.find((r) => r.text === 'Shop Larkspur.');
    expect(removed?.kind).toBe('promo');
    expect(removed?.reason).toBe('card button: "shop" and its card\'s name, ×3');
  });

  it("reads the card's name before a tagline, and the button's after marks, to a shop's name (WCXB 4106, 0067)", () => {
    const shop = ['Shop Box Hill Outfitters @ Good Threads.', '» Shop Larkspur Today', 'Shop Tidewater Kids.'];
    expect(reasons(roundUp((name) => shop.find((button) => button.includes(name)) as string))).toHaveLength(3);
  });

  it('keeps a line that opens with a label but names no card above, and a field (WCXB 0226, 0143)', () => {
    // Headings of a price list: "Install Basic Outlets" under "Basic Recessed Lighting" names another thing.
    expect(reasons(roundUp(() => 'Install Basic Outlets'))).toEqual([]);
    expect(reasons(roundUp((name) => `Website: ${name}`))).toEqual([]);
  });

  it("removes a trial's button that names its card (WCXB 0098's 'Try Stitch Fix')", () => {
    expect(reasons(roundUp((name) => `Try ${name}`))).toEqual(
      Array(3).fill('card button: "try" and its card\'s name, ×3'),
    );
  });

  it('asks for three cards', () => {
    const two = roundUp((name) => `Shop ${name}`).replace('Shop Tidewater Kids', 'Returns are free.');
    expect(reasons(two)).toEqual([]);
  });
});
