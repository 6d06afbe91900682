import { addPlace } from '../places.js';
import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { RemovalKind, Verdict } from '../types.js';

/** How many times a header's text must stand on the page for it to be a label of each section. */
const MIN_REPEATS = 3;
/**
 * Fewest words of prose a typical stretch between two of the repeats must hold (the median stretch): whole
 * sections of the article, not the one-line teasers of a related list with a "Read more" under each (WCXB 0296).
 */
const MIN_SECTION_PROSE = 100;
/**
 * Kinds whose repeated header may label the article's own sections. Not comments: a "Reply" under every comment
 * still closes the article.
 */
const SECTION_LABEL_KINDS: ReadonlySet<RemovalKind> = new Set(['related']);

/**
 * Takes the wall down from a related header that the page repeats between whole sections of prose: a
 * "Recommended courses:" under each reviewed school (WCXB 0375) labels a part of the article, it does not head a
 * list that ends it. The line keeps its verdict; the body may run across it. Returns the verdicts to replace, by
 * line index. Linear.
 * @example unwallRepeatedHeaders(lines, verdicts, settings) // Map { 37 => { kind: 'related', reason: '…, repeated ×8 …' } }
 */
export function unwallRepeatedHeaders(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  settings: Settings,
): Map<number, Verdict> {
  const places = new Map<string, number[]>();
  verdicts.forEach((verdict, i) => {
    if (!verdict?.barrier || !SECTION_LABEL_KINDS.has(verdict.kind)) return;
    const key = (lines[i] as Line).tokens.join(' ');
    addPlace(places, key, i);
  });
  const unwalled = new Map<number, Verdict>();
  for (const at of places.values()) {
    if (at.length < MIN_REPEATS) continue;
    const prose = medianProse(lines, at, settings.goodMinWords);
    if (prose < MIN_SECTION_PROSE) continue;
    for (const i of at) {
      const { kind, reason } = verdicts[i] as Verdict;
      unwalled.set(i, {
        kind,
        reason: `${reason}, repeated ×${at.length} over sections of prose (median ${prose} words): a section label`,
      });
    }
  }
  return unwalled;
}

/** The (lower) median count of words in prose lines between consecutive places. */
function medianProse(lines: readonly Line[], at: readonly number[], proseMinWords: number): number {
  const words: number[] = [];
  for (let k = 1; k < at.length; k++) {
    let sum = 0;
    for (let i = (at[k - 1] as number) + 1; i < (at[k] as number); i++) {
      const line = lines[i] as Line;
      if (line.endsSentence && line.words >= proseMinWords) sum += line.words;
    }
    words.push(sum);
  }
  words.sort((a, b) => a - b);
  return words[Math.floor((words.length - 1) / 2)] ?? 0;
}
