import { describe, expect, it } from 'vitest';
import { isHeadingShaped } from '../../src/structure/heading-shape.js';
import { lineOf } from '../helpers.js';

const P = 'The minister said on Wednesday that the talks had been useful for both sides.';

describe('isHeadingShaped', () => {
  const next = lineOf(P);
  it.each([
    ['What the Delegations Said', true],
    ['A sentence that ends.', false],
    ['A line that continues:', false],
    ['A line that continues,', false],
    // WCXB 0040 innertext: a question heads the section that answers it.
    ['How does technical SEO impact ranking?', true],
    ['Why “later”?', true],
    ['It works. But does it scale?', false],
    ['• A bulleted line', false],
    // WCXB 0400, 0006 innertext: a quote's attribution, a banner between dashes.
    ['—Ross Gay, Thank You', false],
    ['‒ Black Friday: Language Special ‒', false],
    // WCXB 0261, 0348 innertext: source and link lines.
    ['Source: statista.com', false],
    ['Website: https://www.nih.gov/health-information', false],
    ['Tutor.com pricing', true],
    // WCXB 0055, 4340 innertext: figures, small letters.
    ['4.8 / 5.0', false],
    ['866-835-2392', false],
    ['map', false],
    ['iPhone tips', true],
    ['技术的未来', true],
    [`${'word '.repeat(16)}`, false],
  ])('%j before prose → %s', (text, shaped) => expect(isHeadingShaped(lineOf(text), next)).toBe(shaped));

  it('needs a next line', () => expect(isHeadingShaped(lineOf('What Comes Next'), undefined)).toBe(false));
  it('is no question heading over a shorter line', () => {
    expect(isHeadingShaped(lineOf('How much should I tip the movers?'), lineOf('About 15 percent.'))).toBe(false);
  });
  it('is not a heading above a figure', () => {
    expect(isHeadingShaped(lineOf('What Comes Next'), lineOf('A caption here.Credit: JANE ROE/REUTERS'))).toBe(false);
  });
});
