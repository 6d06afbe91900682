import { describe, expect, it } from 'vitest';
import { paywall } from '../../src/detectors/paywall.js';
import { de } from '../../src/lang/de.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { pt } from '../../src/lang/pt.js';
import { expectReasonMeasures, verdictOf } from '../helpers.js';

describe('paywall', () => {
  it.each([
    'From $1 for the first month',
    'Already signed up? LOG IN',
    'Subscribe to continue reading',
    '$4.99/month',
    '£9.99 a month',
    'Only $1/mo',
    '€5 per week',
    // A price before the colon is still the offer.
    '$1/month: subscribe today',
  ])('removes the paywall line %j', (text) => expect(verdictOf(paywall, text)?.kind).toBe('paywall'));

  it.each([
    'The tickets cost $20 and sold out in a week.',
    'Prices rose by $3 a month.',
    'Already, the company said, sales were up.',
    // A frequency is no offer (WCXB 4660, 4708).
    'Spray 1-2 times per week, or after a heavy rain.',
    'Water: Two or three times per week; keep soil moist',
    // A label before a colon names the price: the article's data, one line of a list (WCXB 2218, 0372).
    'Starting price: $29/month',
    'Junior analyst: $48,000 to $62,000 per year',
    'Cost: from £12 a month plus delivery',
  ])('keeps the sentence %j', (text) => expect(verdictOf(paywall, text)).toBeUndefined());

  it('names the phrase it found', () => {
    expect(verdictOf(paywall, 'Already signed up? LOG IN')?.reason).toBe(
      'paywall phrase "already signed up" in a short line (words=5 ≤ 15)',
    );
  });
  it('says when a price shape fired', () => {
    const verdict = verdictOf(paywall, '$4.99/month');
    expect(verdict?.reason).toMatch(/^subscription price in a short line/);
    expectReasonMeasures(verdict?.reason, { words: 3 });
  });
  // Counterexample: a news sentence quoting a monthly price is content.
  it('keeps a news sentence that quotes a monthly price', () => {
    const text =
      'The company said it would charge $5 per month for the new service starting in January, analysts said.';
    expect(verdictOf(paywall, text)).toBeUndefined();
  });
});

describe('paywall in French', () => {
  const FR = compiledPackFor(fr);
  it('removes the label over subscribers-only teasers', () => {
    expect(verdictOf(paywall, 'Édition abonnés Contenu exclusif', FR)?.kind).toBe('paywall');
  });
  it('keeps a sentence that mentions an exclusive', () => {
    const text =
      'Le ministre a accordé à notre journal un entretien, un contenu exclusif qui a été repris par toute la presse dès le lendemain matin.';
    expect(verdictOf(paywall, text, FR)).toBeUndefined();
  });
});

describe("paywall price in the page's language", () => {
  // The periods come from the page's pack, joined with English's: the shape read English periods alone.
  it.each([
    ['4,99 € pro Monat', de],
    ['Jetzt nur 4,99 € monatlich', de],
    ['Plano digital R$ 9,90/mês', pt],
    ['$1/month', de],
  ] as const)('removes %j', (text, pack) =>
    expect(verdictOf(paywall, text, compiledPackFor(pack))?.kind).toBe('paywall'),
  );

  it('keeps a price without a period', () => {
    expect(verdictOf(paywall, 'Eintritt 5 €, ermäßigt 3 €', compiledPackFor(de))).toBeUndefined();
  });
});
