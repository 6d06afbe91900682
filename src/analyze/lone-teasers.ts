import { teaserLabel } from '../detectors/related.js';
import type { PhraseMatcher } from '../lang/matcher.js';
import { addPlace } from '../places.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/**
 * Takes the wall down from a related header that holds its teaser after the label's mark, when it is the page's only
 * wall that opens with that label: "See also: Travel Photography Explained" over the article's conclusion (WCXB 0272)
 * links one page, as the page's longer "See also: …" teasers between its paragraphs do; it does not head a list that
 * ends the article. A label that opens several walls is a list's ("Read more: Niu Kqi3 Max review" under each product
 * of a buying guide's summary, 4677, 4835): those stay walls. The line keeps its kind and leaves the body. Returns the
 * verdicts to replace, by line index. Linear.
 * @example loneTeasers(lines, verdicts, lang.match.related) // Map { 109 => { kind: 'related', reason: '…, the only wall …' } }
 */
export function loneTeasers(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  related: PhraseMatcher,
): Map<number, Verdict> {
  // Each label that opens a teaser line, lower-cased → the walls among those lines.
  const walls = new Map<string, number[]>();
  verdicts.forEach((verdict, i) => {
    if (verdict?.kind !== 'related' || !verdict.barrier) return;
    const label = teaserLabel((lines[i] as Line).text, related, true);
    if (label === null) return;
    addPlace(walls, label.toLowerCase(), i);
  });
  const unwalled = new Map<number, Verdict>();
  for (const [label, at] of walls) {
    if (at.length > 1) continue;
    const i = at[0] as number;
    const { kind, reason } = verdicts[i] as Verdict;
    unwalled.set(i, { kind, reason: `${reason}, the only wall opening with "${label}": a link, not a list` });
  }
  return unwalled;
}
