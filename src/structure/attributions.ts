import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';

/** Most words of an end note; longer lines that mention reporting are body text. */
const MAX_ATTRIBUTION_WORDS = 25;

/**
 * True for an end note crediting agencies or contributors: the seed's "DPA contributed to this report.",
 * "Le Monde avec AFP", "(Con información de EFE)".
 */
export function isAttribution(line: Line, lang: CompiledPack): boolean {
  return line.words <= MAX_ATTRIBUTION_WORDS && lang.match.attributions.test(line.text);
}
