import type { Line } from '../segment/segment.js';

/**
 * True when the Markdown `#` line `kept[i]` is a listing's comment, not a heading: a level-1 line next to another
 * (Markdown heads a document once with `#`, and never with two in a row), or over a line that opens in small letters
 * (a command or a setting: "# Create a new Git repository" over "git init", WCXB 0426 innertext; "# WAL settings" over
 * "wal_level = replica …", 0436; a config file's run of capitalized comments, 2534). A heading's section opens with a
 * capital. Only its neighbours are read, so a long run stays linear.
 * @example isListingComment(segment('# Stage the file\n\ngit add hello.py'), 0) // true
 */
export function isListingComment(kept: readonly Line[], i: number): boolean {
  if (kept[i]?.headingLevel !== 1) return false;
  const next = kept[i + 1];
  if (kept[i - 1]?.headingLevel === 1 || next?.headingLevel === 1) return true;
  return next !== undefined && SMALL_FIRST_LETTER.test(next.text);
}
// The line's first letter, past any marks before it but a table's bar, is a small one. Why not past a bar: a pipe
// table's head row ("| name | cost |") is no command; a heading over a table was kept as a paragraph, mark and all.
const SMALL_FIRST_LETTER = /^[^\p{L}|]*\p{Ll}/u;
