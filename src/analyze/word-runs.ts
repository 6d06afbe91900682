/**
 * A word as a count of a line's words reads it: a run of letters and digits, whatever parts it from the next. Global,
 * so kept private: `String.prototype.match` starts it at 0 and leaves its `lastIndex` at 0, but `exec` or `test` on a
 * shared global expression would carry `lastIndex` from one caller to the next.
 */
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * The runs of letters and digits in `text`, in order.
 * @example wordRuns('Share on X — 2 min') // ['Share', 'on', 'X', '2', 'min']
 */
export function wordRuns(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}

/**
 * How many runs of letters and digits `text` has ({@link wordRuns}).
 * @example countWordRuns('8:45 a.m.') // 4
 */
export function countWordRuns(text: string): number {
  return text.match(WORD_RUN)?.length ?? 0;
}
