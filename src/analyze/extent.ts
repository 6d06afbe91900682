import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';

/** Where the article body lies: the first and last line of the densest run of prose. */
export interface Extent {
  /** Index of the body's first line. */
  readonly start: number;
  /** Index of the body's last line (inclusive); `end < start` when no body was found. */
  readonly end: number;
}

/** How a line counts toward the body region, and why. */
export interface LineScore {
  readonly score: number;
  /** `good` is prose on its own, `medium` is sentence-shaped, `short` is neither, `bad` has a verdict. */
  readonly klass: 'good' | 'medium' | 'short' | 'bad';
}

/**
 * Scores one line for the body search, jusText-style and context-free: long lines dense in stopwords are
 * prose; sentence-shaped lines are weaker prose; short lines and lines with a verdict cost.
 */
export function scoreLine(
  line: Line,
  verdict: Verdict | undefined,
  stopwords: ReadonlySet<string> | null,
  settings: Settings,
): LineScore {
  // A section header (comments, related, author box) is a wall: no body run crosses it.
  if (verdict?.barrier) return { score: Number.NEGATIVE_INFINITY, klass: 'bad' };
  if (verdict) return { score: -(settings.verdictPenalty + line.words), klass: 'bad' };
  const sentenceShaped = line.endsSentence || line.sentenceMarks >= 2;
  if (line.words >= settings.goodMinWords && sentenceShaped) {
    const share = stopwords ? stopwordShare(line, stopwords) : 1;
    if (share >= settings.goodMinStopwordShare) return { score: line.words, klass: 'good' };
    return { score: line.words / 4, klass: 'medium' };
  }
  if (line.words >= settings.mediumMinWords && sentenceShaped) return { score: line.words / 2, klass: 'medium' };
  // Why: code listings and unmarked list items (WCXB 4414, 0389) are short lines inside articles; they must not
  // cut the body in two. Menus are lines of one to three words.
  if (looksLikeCode(line) || line.words > MAX_MENU_ITEM_WORDS) return { score: 0, klass: 'short' };
  return { score: -settings.shortPenalty, klass: 'short' };
}

/** Most words of a menu entry. */
const MAX_MENU_ITEM_WORDS = 3;
// Brackets, assignment, comparison, statement ends and comment marks: the punctuation of source code.
const CODE_PUNCTUATION = /[{}();=<>[\]]|--|\/\/|^[#$%] |^\.{0,2}\//;

/** True for a line shaped like source code or a shell command rather than prose or a menu entry. */
export function looksLikeCode(line: Line): boolean {
  return CODE_PUNCTUATION.test(line.text);
}

function stopwordShare(line: Line, stopwords: ReadonlySet<string>): number {
  if (line.tokens.length === 0) return 0;
  let hits = 0;
  for (const token of line.tokens) if (stopwords.has(token)) hits++;
  return hits / line.tokens.length;
}

/**
 * Finds the body as the run of lines with the largest total score (maximum-subarray, as in Finn's Body Text
 * Extraction): prose adds, boilerplate subtracts, so the run stretches over short headings and captions
 * between paragraphs but stops where boilerplate outweighs what follows. Linear time.
 * @example findExtent([-2, 30, -1, 25, -20, 5]) // { start: 1, end: 3 }
 */
export function findExtent(scores: readonly number[]): Extent {
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let run = 0;
  let runStart = 0;
  scores.forEach((score, i) => {
    if (run <= 0) {
      run = 0;
      runStart = i;
    }
    run += score;
    if (run > best) {
      best = run;
      bestStart = runStart;
      bestEnd = i;
    }
  });
  return { start: bestStart, end: bestEnd };
}
