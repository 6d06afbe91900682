import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { nameInByline } from './byline.js';
import { findDate } from './date.js';

/** Fewest words left to the headline when a byline is cut off its end. */
const MIN_HEADLINE_WORDS = 3;
const WORD_START = /\s+/gu;

/** A headline line split from the byline run on at its end. */
export interface GluedByline {
  /** The headline, without the byline. */
  readonly headline: string;
  /** The byline as written, from its prefix on ("by", "by BBK Web on February 11, 2025"). */
  readonly byline: string;
}

/**
 * The headline and the byline run on at its end, or null. innerText puts the byline a line under the headline, and a
 * byline that starts in lower case reads as the wrapped end of the headline ("… for Any Budget" + "by ALLIN ONE on
 * Jan 22, 2025", WCXB 4647; "… Trends in 2025" + "by", 0007). A headline may say "by" itself ("Tested by
 * Bibliophiles", 0199; "… Validated by SRLabs", 0451): the byline must be a bare prefix, carry a date, or give a name
 * of two words or more that the page writes elsewhere.
 * @example splitGluedByline(lines[3], lines, compiledEn) // { headline: 'The Best Home Gym Setups', byline: 'by ALLIN ONE on Jan 22, 2025' }
 */
export function splitGluedByline(line: Line, lines: readonly Line[], lang: CompiledPack): GluedByline | null {
  const { text } = line;
  let words = 1;
  for (const gap of text.matchAll(WORD_START)) {
    const at = (gap.index ?? 0) + gap[0].length;
    if (words++ < MIN_HEADLINE_WORDS) continue;
    const rest = text.slice(at);
    const prefix = lang.match.bylinePrefixes.find(rest)[0];
    if (prefix === undefined || !rest.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    const after = rest.slice(prefix.length);
    if (/^\p{L}/u.test(after)) continue;
    const bare = /^\s*:?\s*$/u.test(after);
    const name = bare ? null : nameInByline(rest, lang);
    const dated = name !== null && findDate(rest, lang) !== null;
    const before = `${text.slice(0, gap.index).split(/\s+/u).pop() ?? ''} ${prefix}`;
    if (bare || dated || (name?.includes(' ') && namedElsewhere(name, before, lines, line))) {
      return { headline: text.slice(0, gap.index).trimEnd(), byline: rest };
    }
  }
  return null;
}

/**
 * True when a line other than `line` holds the name (an author box, a bio, a byline further down) but not the word
 * before the byline with it: "Step by Step Guide" again in a contents list is the headline's own wording (WCXB 4192).
 */
function namedElsewhere(name: string, before: string, lines: readonly Line[], line: Line): boolean {
  const wording = before.toLowerCase();
  return lines.some(
    (other) => other !== line && other.text.includes(name) && !other.text.toLowerCase().includes(wording),
  );
}
