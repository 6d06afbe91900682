import { literalAlternation } from './escape-reg-exp.js';
import type { CompiledPack } from './matcher.js';

// Built once per pack: a memo of immutable regular expressions, not state that changes a result.
const countedCache = new WeakMap<CompiledPack, RegExp | null>();

/**
 * A number's last digit and the pack's counter word after it ({@link PhrasePack.counterWords}: "2개", "2 条"), to cut
 * out of a line (global), or null when the pack has none. Only the last digit is taken: the digits before it are no
 * letters either, and a run of digits is never scanned again from each of them.
 * @example 'コメント12件'.replace(countedNumbers(compiledJa) as RegExp, ' ') // 'コメント1 '
 */
export function countedNumbers(lang: CompiledPack): RegExp | null {
  let counted = countedCache.get(lang);
  if (counted === undefined) {
    const counters = lang.pack.counterWords ?? [];
    counted = counters.length === 0 ? null : new RegExp(`\\p{Nd}\\s?(?:${literalAlternation(counters)})`, 'gu');
    countedCache.set(lang, counted);
  }
  return counted;
}
