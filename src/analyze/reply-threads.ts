import { openingPhrase, type PhraseMatcher } from '../lang/matcher.js';
import { addPlace } from '../places.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** Fewest reply buttons that make a thread: one under each of three comments. */
const MIN_BUTTONS = 3;
/** Most words of a reply button ("Reply to This Parent Share", "Reply to Jane Doe"). */
const MAX_BUTTON_WORDS = 6;
/** Most words of the thread's header line ("Search 87 Comments Log In/Create an Account"). */
const MAX_HEADER_WORDS = 8;
/**
 * How many lines above its first reply button a thread's header may stand: a sign-in form, a sort bar and the first
 * comment stand between (WCXB 0396: 32 lines).
 */
const HEADER_REACH = 40;

/**
 * Finds a comment thread by its reply buttons: short lines that open with a reply label and say more ("Reply to This
 * Share", "Reply to Jane"), one under each comment: at least {@link MIN_BUTTONS} that open with the same label, a
 * comment's text between each two. A button alone on its line ("Reply") is already a wall; these are not, and the
 * thread's prose outweighs the article above it. The thread's header is the topmost short line holding a comment
 * label within {@link HEADER_REACH} lines above the first button ("Post Load All Comments"), else the first button: a
 * wall that closes the article. Every line from the header to the last button is the thread's (`comments`). Lines
 * that hold a verdict keep it. Returns the verdicts by index. Linear.
 * @example replyThreads(lines, verdicts, en.match.replyButtons, en.match.comments) // Map { 53 => { kind: 'comments', reason: '…', barrier: true, closes: true }, … }
 */
export function replyThreads(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  replyButtons: PhraseMatcher,
  comments: PhraseMatcher,
): Map<number, Verdict> {
  const buttons = new Map<string, number[]>();
  for (const line of lines) {
    if (verdicts[line.index] || line.words > MAX_BUTTON_WORDS || line.endsSentence) continue;
    // Why the test first: most short lines hold no reply label, and finding one costs more than asking.
    if (!replyButtons.test(line.text)) continue;
    const label = openingPhrase(replyButtons, line.text)?.toLowerCase();
    if (label === undefined) continue;
    addPlace(buttons, label, line.index);
  }
  const found = new Map<number, Verdict>();
  for (const [label, at] of buttons) {
    for (const run of commentedRuns(lines, at)) {
      if (run.length < MIN_BUTTONS) continue;
      const first = run[0] as number;
      const last = run[run.length - 1] as number;
      const header = threadHeader(lines, verdicts, comments, first);
      const reason = `in a comment thread, lines ${header}–${last}, over ${run.length} reply buttons ("${label} …")`;
      for (let i = header + 1; i <= last; i++) if (!verdicts[i]) found.set(i, { kind: 'comments', reason });
      found.set(header, { kind: 'comments', reason: `heads a comment thread: ${reason}`, barrier: true, closes: true });
    }
  }
  return found;
}

/** Fewest words of a line of a comment's text that does not end like a sentence. */
const MIN_COMMENT_WORDS = 7;

/**
 * Splits the buttons at `at` into runs in which a line of a comment's text stands between each two: a reply button
 * stands under each comment, a toolbar's buttons stand together.
 */
// Why: multisite-dev forbes/2013-tax-1 html-to-text: a toolbar's "Comment Now" twice over the article and twice under
// it, with nothing but its other buttons between, cut the article out as a thread.
function commentedRuns(lines: readonly Line[], at: readonly number[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const i of at) {
    const previous = run[run.length - 1];
    if (previous !== undefined && !holdsComment(lines, previous + 1, i)) {
      runs.push(run);
      run = [];
    }
    run.push(i);
  }
  runs.push(run);
  return runs;
}

/** True when a line from `from` up to (not including) `to` reads as a comment's text: a sentence or a longer line. */
function holdsComment(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (line.endsSentence || line.words >= MIN_COMMENT_WORDS) return true;
  }
  return false;
}

/**
 * The topmost short line without a verdict that holds a comment label above `first`, within reach and below any wall;
 * else `first`.
 */
function threadHeader(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  comments: PhraseMatcher,
  first: number,
): number {
  let header = first;
  for (let i = first - 1; i >= 0 && i >= first - HEADER_REACH; i--) {
    // Why: WCXB 4660 innertext: a wall above the buttons ("109 Comments") already heads the thread; the article's
    // list above that wall is the article's.
    if (verdicts[i]?.barrier) break;
    const line = lines[i] as Line;
    if (!verdicts[i] && line.words <= MAX_HEADER_WORDS && !line.endsSentence && comments.test(line.text)) header = i;
  }
  return header;
}
