import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

// Paywall lines are short calls to action; a news sentence quoting a monthly price is longer.
const byPhrase = phraseDetector({ id: 'paywall', kind: 'paywall', category: 'paywall', containsMaxWords: 15 });
// Why: the seed's "From $1 for the first month": an offer price is a short line with a currency amount and a period
// (the pack's `pricePeriods`: "$9.99/mo", "4,99 € pro Monat").
const PRICE = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d{2})?\s?(?:[$€£¥₹]|USD|EUR|GBP)(?![\p{L}]))/u;
const LETTER = /\p{L}/u;

/**
 * True when a label names the price before a colon ("Starting price: $49/month", "Entry-Level: $55,000 to $80,000
 * per year"): the article's data about a product or a job, one line of a list of them, not an offer to the reader.
 * Why: WCXB 2218 (a starting price under each reviewed course platform), 0372 (salaries by level), 0098.
 */
function isLabelledValue(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0) return false;
  const label = text.slice(0, colon);
  return LETTER.test(label) && !PRICE.test(label) && PRICE.test(text.slice(colon + 1));
}

/** Paywall and login walls: the seed's "From $1 for the first month" and "Already signed up? LOG IN". */
export const paywall: Detector = {
  id: 'paywall',
  detect(line, ctx) {
    const verdict = byPhrase.detect(line, ctx);
    if (verdict) return verdict;
    if (
      line.words <= 10 &&
      !line.endsSentence &&
      PRICE.test(line.text) &&
      ctx.lang.match.pricePeriods.test(line.text) &&
      !isLabelledValue(line.text)
    ) {
      return { kind: 'paywall', reason: `subscription price in a short line (words=${line.words})` };
    }
    return undefined;
  },
};
