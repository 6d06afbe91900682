/**
 * A run of letters and digits, whatever parts it from the next. Global, so kept private: `String.prototype.match`
 * starts it at 0 and leaves its `lastIndex` at 0, but `exec` or `test` on a shared global expression would carry
 * `lastIndex` from one caller to the next.
 */
const ALPHANUMERIC_RUN = /[\p{L}\p{N}]+/gu;

/**
 * The runs of letters and digits in `text`, in order. Not a line's words: an apostrophe, a hyphen or a combining mark
 * parts two runs ("don't" is two), and a sentence in a script written without spaces is one run; `wordCount`
 * (segment/word-count.ts) counts words as segment counts a line's.
 * @example alphanumericRuns('Share on X — 2 min') // ['Share', 'on', 'X', '2', 'min']
 */
export function alphanumericRuns(text: string): string[] {
  return text.match(ALPHANUMERIC_RUN) ?? [];
}

/**
 * How many runs of letters and digits `text` has ({@link alphanumericRuns}); not its words, which `wordCount`
 * (segment/word-count.ts) counts as segment does, `wordsBetweenSpaces` between spaces, and `nameWords` and
 * `nameLineWords` (structure/unspaced-name.ts) as a name's ("Mary-Jane O'Neil" is 4 runs, 2 words to each of them).
 * @example countAlphanumericRuns('8:45 a.m.') // 4
 */
export function countAlphanumericRuns(text: string): number {
  return text.match(ALPHANUMERIC_RUN)?.length ?? 0;
}
