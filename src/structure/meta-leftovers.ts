import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** Most words of a leftover of the byline block ("Updated:", "2–4 minutes", "Reviewed by Monika Nemcova"). */
const MAX_LEFTOVER_WORDS = 4;

/**
 * Short lines between the headline's byline block and the body's first prose: what is left of the block once its
 * byline and date are taken (a date's label, a reading time, an editor's credit). The line right over the first prose
 * stays: it may head the first section. Cleaning the article's text again would find them before the article.
 * @param skip Lines the article took already or that have a verdict.
 * @param isProse Lines of the body's prose.
 * @example metaLeftovers(lines, skip, isProse, 5, 40) // Map { 6 => { kind: 'byline-meta', reason: '…' } } for "Updated:"
 */
export function metaLeftovers(
  lines: readonly Line[],
  skip: (i: number) => boolean,
  isProse: (i: number) => boolean,
  start: number,
  end: number,
): Map<number, Verdict> {
  const leftovers = new Map<number, Verdict>();
  let prose = start;
  while (prose <= end && (skip(prose) || !isProse(prose))) prose++;
  if (prose > end) return leftovers;
  let over = prose - 1;
  while (over >= start && skip(over)) over--;
  for (let i = start; i < over; i++) {
    const line = lines[i] as Line;
    if (skip(i) || !isLeftover(line)) continue;
    leftovers.set(i, {
      kind: 'byline-meta',
      reason: `short line between the byline block and the body's first prose (words=${line.words})`,
    });
  }
  return leftovers;
}

// Why: wcxb 0334 innertext — "Updated:" over the date the byline block gave, "Edited by: Keri Stooksbury" under it;
// 0240 — "2–4 minutes" under the date. A marked heading, a list item or a caption is the article's.
const isLeftover = (line: Line): boolean =>
  line.words <= MAX_LEFTOVER_WORDS &&
  !line.endsSentence &&
  line.headingLevel === 0 &&
  line.listMarker === null &&
  !line.quoted &&
  line.credit === undefined;
