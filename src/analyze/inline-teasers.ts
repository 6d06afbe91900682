import { isContentWord } from '../lang/content-word.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { isProse, type LineScore, lineScore } from './extent.js';

/** How many lines on each side of a teaser the article's prose is looked for. */
const REACH = 3;
/** Fewest content words the prose before a teaser and the prose after it must share. */
const MIN_SHARED_WORDS = 2;
/** Most words of a teaser line that is its label alone ("Related", "Read more:"), its headline on the next line. */
const LABEL_ONLY_WORDS = 3;
/** Fewest and most words of a headline under a label-only teaser. */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 25;
/** What a teaser inside the article costs the body search: nothing, it only leaves the body. */
export const INLINE_TEASER_SCORE = lineScore(0, 'bad');

/**
 * Finds the "Read more: <headline>" teasers that stand inside the article: a related teaser line (a related
 * verdict that is no section header) with the article's prose within {@link REACH} lines on each side, the two
 * sides sharing at least {@link MIN_SHARED_WORDS} content words, so the article clearly goes on after it. The
 * teaser is still removed, but the caller scores it {@link INLINE_TEASER_SCORE} so the body is not cut at it. A
 * teaser that is its label alone takes the headline on the line under it along ({@link headlineUnder}). Returns the
 * verdicts to replace, by line index. Linear.
 * @example inlineTeasers(lines, verdicts, scores, stopwords) // Map { 41 => { kind: 'related', reason: '…, inline: …' } }
 */
export function inlineTeasers(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  stopwords: ReadonlySet<string>,
): Map<number, Verdict> {
  const inline = new Map<number, Verdict>();
  verdicts.forEach((verdict, i) => {
    if (verdict?.kind !== 'related' || verdict.barrier) return;
    const before = proseWords(lines, verdicts, scores, stopwords, i, -1);
    if (!before) return;
    const after = proseWords(lines, verdicts, scores, stopwords, i, 1);
    if (!after) return;
    let shared = 0;
    for (const word of after) if (before.has(word)) shared++;
    if (shared < MIN_SHARED_WORDS) return;
    // Why a literal of the two fields, not a spread: a spread copy takes a shape of its own, one more for every load
    // of a verdict in the later stages; the verdict is no wall here, so it drops nothing.
    inline.set(i, {
      kind: verdict.kind,
      reason: `${verdict.reason}, inline: the article's prose goes on after it (${shared} words shared)`,
    });
    if (headlineUnder(lines, verdicts, scores, i))
      inline.set(i + 1, { kind: 'related', reason: "the headline under an inline teaser's label, prose under it" });
  });
  return inline;
}

/**
 * True when the teaser at `i` is its label alone and the line under it is the teaser's headline: a title's length, no
 * verdict, no sentence's end, and the article's prose right under it.
 */
function headlineUnder(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  i: number,
): boolean {
  // Why: readability test page aktualne — a box between two paragraphs renders "Související" over its one headline
  // ("Řepka a spol. zůstali na trávníku sami. Jejich soupeř odešel na protest ze hřiště"), then the article goes on.
  const label = lines[i] as Line;
  // Why not under a colon: WCXB 0375 — "Recommended courses:" introduces the course the section goes on to describe.
  if (label.words > LABEL_ONLY_WORDS || label.text.endsWith(':')) return false;
  const headline = lines[i + 1];
  if (!headline || verdicts[i + 1] || headline.endsSentence || headline.listMarker !== null) return false;
  if (headline.words < MIN_HEADLINE_WORDS || headline.words > MAX_HEADLINE_WORDS) return false;
  return verdicts[i + 2] === undefined && isProse(scores[i + 2]);
}

/**
 * The content words of the article's lines within reach of `i` in direction `step`, up to a section header;
 * null when no prose line stands there. Headings count: they name the topic the prose goes on with (WCXB 4115).
 */
function proseWords(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  stopwords: ReadonlySet<string>,
  i: number,
  step: 1 | -1,
): Set<string> | null {
  const words = new Set<string>();
  let prose = false;
  for (let k = i + step; Math.abs(k - i) <= REACH && k >= 0 && k < lines.length; k += step) {
    if (verdicts[k]?.barrier) break;
    if (verdicts[k]) continue;
    prose ||= isProse(scores[k]);
    for (const token of (lines[k] as Line).tokens) if (isContentWord(token, stopwords)) words.add(token);
  }
  return prose ? words : null;
}
