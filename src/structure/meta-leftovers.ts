import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { ledeShare } from './lede.js';
import { isPlain } from './plain-line.js';
import { topicTokens } from './topic-tokens.js';

/** Most words of a leftover of the byline block ("Updated:", "2–4 minutes", "Reviewed by Monika Nemcova"). */
const MAX_LEFTOVER_WORDS = 4;
/** Most words of a line over the first prose that names none of the lede's words and is still no paragraph. */
const MAX_UNRELATED_WORDS = 20;
/**
 * A line that runs on into the next (a lead-in's colon, a dateline's dash: "Key Takeaways:", "NEW YORK -") or asks
 * what the section under it answers ("Is This HTAP?", WCXB 0422): it opens the body whatever words it names.
 */
const OPENS_NEXT = /[,:;?\-–—]$/u;

/** What the line right over the first prose is compared with: the lede's word keys (`ledeKeys`) and stopwords. */
export interface LedeWords {
  readonly keys: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
}

/**
 * Short lines between the headline's byline block and the body's first prose: what is left of the block once its
 * byline and date are taken (a date's label, a reading time, an editor's credit). The line right over the first prose
 * stays when it may head the first section: when it names a word of the lede. Cleaning the article's text again would
 * find them before the article, or take that line as the headline.
 * @param skip Lines the article took already or that have a verdict.
 * @param isProse Lines of the body's prose.
 * @example metaLeftovers(lines, skip, isProse, 5, 40, lede) // Map { 6 => { kind: 'byline-meta', reason: '…' } } for "Updated:"
 */
export function metaLeftovers(
  lines: readonly Line[],
  skip: (i: number) => boolean,
  isProse: (i: number) => boolean,
  start: number,
  end: number,
  lede: LedeWords,
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
  const line = lines[over];
  if (line !== undefined && over >= start && isUnrelatedOpener(line, lede))
    leftovers.set(over, {
      kind: 'byline-meta',
      reason: `line over the body's first prose that names none of its lede's words (words=${line.words})`,
    });
  return leftovers;
}

// Why: wcxb 0334 innertext — "Updated:" over the date the byline block gave, "Edited by: Keri Stooksbury" under it;
// 0240 — "2–4 minutes" under the date. A marked heading, a list item or a caption is the article's.
const isLeftover = (line: Line): boolean => line.words <= MAX_LEFTOVER_WORDS && !line.endsSentence && isPlain(line);

// why: wcxb 4252 — "Hero image by Neosha Gardner" under the date, over "You've cracked the code, …"; 0240 the post's
// tags ("Breathe through it, everything passes, … mindfulness"), 4511 "EARTH.ORG IS POWERED BY OVER 150 CONTRIBUTING
// WRITERS": a section's heading names its topic ("What Is Video Production?" over "Video production is …", 0110), or
// is a word alone ("OVERVIEW", multisite-dev forbes html-to-text).
const isUnrelatedOpener = (line: Line, lede: LedeWords): boolean =>
  line.words >= 2 &&
  line.words <= MAX_UNRELATED_WORDS &&
  !OPENS_NEXT.test(line.text) &&
  isPlain(line) &&
  ledeShare(topicTokens(line), lede.keys, lede.stopwords) === 0;
