import { describe, expect, it } from 'vitest';
import { de } from '../../src/lang/de.js';
import { en } from '../../src/lang/en.js';
import { parenthesizedCreditTest } from '../../src/repair/parenthesized-credit.js';

const isCredit = parenthesizedCreditTest(en.creditLabels);

describe('parenthesizedCreditTest', () => {
  it.each([
    'AP Photo/Evan Vucci',
    'Photo by Owen Pratt',
    'source: NVIDIA',
    'Photo credit: Phlyerssuck',
    'Image via Unsplash',
    'Reuters/Jane Doe',
    'NRAO/AUI/NSF',
    'MARTIN HOLLOWAY/AFP/Getty Images',
  ])('%j is a credit', (inside) => expect(isCredit(inside)).toBe(true));

  it.each([
    '1/16 inch increments',
    '4.96/5 rating',
    '$250/day',
    'credit/debit cards, cash, etc.',
    'venue/caterer, photographer, DJ/band, florist',
    'Men’s/Women’s',
    'https://www.wcb.ny.gov/',
    'photo, video, florist, entertainment',
    'See video of the crowds -- 2:10',
    'To Image Successfully',
  ])('%j is an aside, no credit', (inside) => expect(isCredit(inside)).toBe(false));

  it("reads another language's labels, and a name in lower case after a colon", () => {
    expect(parenthesizedCreditTest(de.creditLabels)('Foto: dpa')).toBe(true);
  });
});
