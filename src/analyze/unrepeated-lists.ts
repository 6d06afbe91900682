import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { isProse, type LineScore, lineScore } from './extent.js';
import { wordHash } from './word-key.js';

/** Fewest short lines a list must hold for this rule: shorter runs between paragraphs are kept by the short-line pass. */
const MIN_LIST_LINES = 8;
/** Most words of a line that may repeat a list item: items and menu entries are short. */
const MAX_ITEM_WORDS = 12;
/**
 * Fewest lines of prose in a row on each side of a list: the article's paragraphs, not the one-line blurb of a
 * contact box or a sign-up form between a menu and the footer (WCXB 0275, 0378).
 */
const MIN_PROSE_LINES = 2;
/** Most of a list's lines that may stand elsewhere on the page too (a menu's entries recur in the footer). */
const MAX_REPEATED_SHARE = 0.1;

const LIST_ITEM = lineScore(0, 'short', undefined, true);

/**
 * Scores a run of short lines standing between paragraphs (prose lines in a row on each side) as neutral when its lines do not repeat: a
 * checklist or a table laid out one item per line belongs to the article that talks about it, while a menu's
 * entries recur on the page (its copy in the footer, a category named again in another menu, a card's "Licensed"
 * / "Insured" labels under every company). Why: a backpacking checklist of 120 items ("Tent", "Rainfly", "Tent
 * poles or trekking poles") between the paragraph that introduces it and the tips under it lost to its lines'
 * short-line penalty (WCXB 4698), and the menu over it repeats its entries. The items that a menu label's verdict
 * took ("Watch", "FOOD") are rescored too: the caller drops their verdicts. Returns the lines to rescore, by index.
 * Linear.
 */
export function unrepeatedLists(
  lines: readonly Line[],
  scores: readonly LineScore[],
  verdicts: readonly (Verdict | undefined)[],
): Map<number, LineScore> {
  const rescored = new Map<number, LineScore>();
  let counts: Map<number, number> | undefined;
  for (let i = 1; i < lines.length; i++) {
    if (!isListLine(lines, scores, verdicts, i) || !isParagraphs(lines, scores, i - 1, -1)) continue;
    const from = i;
    let end = i;
    for (;;) {
      if (isListLine(lines, scores, verdicts, end + 1)) end++;
      // Why: a checklist holds a line of advice here and there ("Always be prepared and know how to use your map
      // and compass…", WCXB 4698) between its items.
      else if (proseRun(scores, end + 1, 1, 2) === 1 && isListLine(lines, scores, verdicts, end + 2)) end += 2;
      else break;
    }
    i = end;
    if (!isParagraphs(lines, scores, end + 1, 1)) continue;
    let penalized = 0;
    for (let k = from; k <= end; k++) if ((scores[k] as LineScore).score < 0 && !verdicts[k]) penalized++;
    if (penalized < MIN_LIST_LINES) continue;
    counts ??= shortLineCounts(lines);
    let repeated = 0;
    for (let k = from; k <= end; k++) {
      const line = lines[k] as Line;
      if (line.words <= MAX_ITEM_WORDS && (counts.get(wordHash(line.text)) ?? 0) > 1) repeated++;
    }
    if (repeated > MAX_REPEATED_SHARE * (end - from + 1)) continue;
    for (let k = from; k <= end; k++) if ((scores[k] as LineScore).score < 0) rescored.set(k, LIST_ITEM);
  }
  return rescored;
}

/**
 * How many lines of prose in a row stand at `i` and on from it in direction `step`, counted up to `most`. Why the
 * cap: the callers ask for one line or two, and a whole run of paragraphs read again at every list cost 0.5% of the
 * detect stage.
 */
function proseRun(scores: readonly LineScore[], i: number, step: 1 | -1, most: number): number {
  let n = 0;
  for (let k = i; n < most && k >= 0 && k < scores.length && isProse(scores[k]); k += step) n++;
  return n;
}

/** A text cut short: the teaser of a post in a menu's blog box ("…and often the biggest...", WCXB 0310). */
const CUT_SHORT = /(?:\.\.\.|…)$/u;

/**
 * True when {@link MIN_PROSE_LINES} lines of prose in a row, none of them cut short, stand at `i` and on in
 * direction `step`: the article's paragraphs, not the teasers of a mega-menu's blog box.
 */
function isParagraphs(lines: readonly Line[], scores: readonly LineScore[], i: number, step: 1 | -1): boolean {
  if (proseRun(scores, i, step, MIN_PROSE_LINES) < MIN_PROSE_LINES) return false;
  for (let k = 0; k < MIN_PROSE_LINES; k++) if (CUT_SHORT.test((lines[i + k * step] as Line).text)) return false;
  return true;
}

/** Most words of a menu label with a verdict that may stand inside a list ("Watch", "FOOD", WCXB 4698). */
const MAX_LABEL_WORDS = 2;

/** A line of a list: short, or a menu label with a verdict. */
function isListLine(
  lines: readonly Line[],
  scores: readonly LineScore[],
  verdicts: readonly (Verdict | undefined)[],
  i: number,
): boolean {
  const score = scores[i];
  if (score?.klass === 'short') return true;
  const verdict = verdicts[i];
  return verdict?.kind === 'nav' && !verdict.barrier && (lines[i] as Line).words <= MAX_LABEL_WORDS;
}

/** How often the words of each line of up to {@link MAX_ITEM_WORDS} words stand on the page, by word hash. */
function shortLineCounts(lines: readonly Line[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (line.words > MAX_ITEM_WORDS) continue;
    const hash = wordHash(line.text);
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  return counts;
}
