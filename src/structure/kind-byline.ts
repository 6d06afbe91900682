import type { CompiledPack } from '../lang/matcher.js';
import { nameInByline, openingBylinePrefix } from './byline.js';

/** After a byline's prefix, words that each start with a capital: a name and maybe a role. */
const NAME_AND_ROLE = /^(?:\s+\p{Lu}\S*)+$/u;

/**
 * True for what reads as a byline that names the piece's kind before its prefix: one word, a byline prefix, then a
 * name of two words or more and maybe a role, every word capitalized ("Guide by Will Judd Former Deputy Tech
 * Editor", WCXB 4823 innertext). A headline that says "by" mostly has more words before it, or a lower-case word
 * after ("Step by Step Guide to Solar Panels"); one that does not ("Death by Chocolate Cake") is told apart by the
 * caller, which asks for a date beside the line.
 * @example isKindByline('Review by Jane Doe', compiledEn) // true
 */
export function isKindByline(text: string, lang: CompiledPack): boolean {
  const space = text.search(/\s/u);
  if (space <= 0) return false;
  const rest = text.slice(space).trimStart();
  const prefix = openingBylinePrefix(rest, lang);
  if (prefix === undefined || !NAME_AND_ROLE.test(rest.slice(prefix.length))) return false;
  const name = nameInByline(rest, lang);
  return name?.includes(' ') === true && /^\p{Lu}/u.test(name);
}
