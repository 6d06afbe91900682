import type { CompiledPack } from '../lang/matcher.js';

// A label in brackets or parentheses at the start of a line: "[SPONSORED] …", "(Ad) …".
const BRACKETED_OPENING = /^[[(]([^\])]{1,40})[\])]/u;
const LETTER = /\p{L}/u;

/**
 * True for a line that opens with an advertising label in brackets or parentheses ("[SPONSORED] From Data to
 * Dominance: …"): a sponsor's card, not the page's headline. The label is an ad phrase of the page's language pack
 * and nothing else.
 * @example opensWithAdLabel('[SPONSORED] Ten Ways to Scale', compiledEn) // true
 */
export function opensWithAdLabel(text: string, lang: CompiledPack): boolean {
  const label = BRACKETED_OPENING.exec(text)?.[1];
  if (label === undefined) return false;
  const ad = lang.match.ad;
  return ad.test(label) && !LETTER.test(ad.strip(label));
}
