import { type Script, sameWriting } from '../segment/script.js';
import { isQuoteBreak, type Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { isCodeLine } from './code-line.js';
import type { Extent } from './extent.js';

/**
 * Marks that carry meaning on a line of their own: an ellipsis for left-out text ("[...]", WCXB 0435), a sentence's
 * stray full stop, a price tier or a check mark in a table ("$$", 4860; "✓", 4592), and the arrows, box lines and
 * shapes of a diagram ("│", "▼", 0493; "↓" between a sentence and its parse, 0383). Underscores are a blank to fill
 * in, or the rule over a footnote that the article's text keeps ("___" over "*Thanks to M Ahmadian…", 4349).
 */
const MEANINGFUL =
  /^[[(<]?(?:\.{2,}|…+)[\])>]?$|^[.!?]$|^_+$|\p{Sc}|[\u2713-\u2718\u2190-\u21ff\u2500-\u25ff\u27f0-\u27ff\u2900-\u297f]/u;
/** The mark of a list item with nothing after it. */
const LONE_BULLET = /^[*•·▪●◦‣∙-]$/;
/** Brackets, statement ends, comment and tag marks, quotes: a line of them is a piece of code or markup. */
const CODE_MARKS = /[{}()[\];<>/\\='"`]/;
/**
 * How many lines with words on each side are looked at for code or a table: a listing's brace may close a list of
 * strings ("};" under "\"X-Api-Key\"" under "\"Authorization\"," under "… = new[] {", WCXB 0443).
 */
const REACH = 3;
/**
 * Columns aligned with runs of spaces or with tabs: the rows of a table in preformatted text. Not the spaces after a
 * sentence or around a menu's bars, which pages pad with no-break spaces ("E-Mail   |   Print", multisite-dev forbes
 * 2009; "permits, or both.   For assistance", WCXB 4262).
 */
const ALIGNED_COLUMNS = /[^\s.!?|](?: {3,}|\t)[^\s|]/;

/**
 * Finds the body's lines without a letter or a digit that are not the article's text: rule lines, rating stars,
 * icons and empty list items, and code marks outside code (the end of an inline script, "'); //-->"). Such a line
 * near code or a table's aligned rows is part of that listing (a brace closing a block, a table's border), and stays;
 * so do marks that mean something alone (an ellipsis, a diagram's arrow). Found after the body search, such a line
 * only leaves the body. So does a letter alone of another script than the article's `script`, a form's icon ("Δ"
 * under an English post's comment form). `text` is the normalized text the lines were cut from. Returns an `other`
 * verdict for each, by index. Linear.
 * @example wordlessLines(lines, verdicts, extent, text) // Map { 7 => { kind: 'other', reason: 'no letter or digit: …' } }
 */
export function wordlessLines(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  text: string,
  script: Script,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  const isTableRow = (line: Line): boolean => ALIGNED_COLUMNS.test(text.slice(line.start, line.end));
  const isListing = (line: Line): boolean => isCodeLine(line.text) || isTableRow(line);
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    // Why: WCXB 0174, 4130, 4698 html-to-text: a comment form's hidden field writes "Δ" alone under an English post.
    if (
      verdicts[i] === undefined &&
      line.text.length === 1 &&
      line.letters === 1 &&
      !sameWriting(line.script, script)
    ) {
      found.set(i, { kind: 'other', reason: `a letter alone in another script (${line.script})` });
      continue;
    }
    // A quote's blank line ("> ") parts its lines and makes no block (structure/blocks.ts).
    if (verdicts[i] !== undefined || line.tokens.length > 0 || isQuoteBreak(line)) continue;
    if (MEANINGFUL.test(line.text)) continue;
    const chars = line.text.length;
    // why: WCXB 0396 — html-to-text writes an empty list item as its bullet alone (" * " between comments).
    if (LONE_BULLET.test(line.text)) {
      found.set(i, { kind: 'other', reason: 'no letter or digit: a bullet with no item' });
      continue;
    }
    // why: WCXB 0443 — braces close a listing's blocks; 0435 — dashes border a console dump's aligned table.
    if (nearby(lines, i, -1, isListing) || nearby(lines, i, 1, isListing)) continue;
    // why: WCXB 0213 — html-to-text's <hr> as forty dashes; multisite-dev forbes 2005 — a script's tail "'); //-->".
    const reason = CODE_MARKS.test(line.text)
      ? `no letter or digit: code marks outside code (chars=${chars})`
      : `no letter or digit: a rule, rating or icon (chars=${chars})`;
    found.set(i, { kind: 'other', reason });
  }
  return found;
}

/**
 * True when one of the {@link REACH} nearest lines with words from `i` in `step`'s direction passes `test`; removed
 * lines count, since a listing repeats its lines ("});" under a second "options.IgnoreResponseContent = false;", a
 * duplicate, WCXB 0443).
 */
function nearby(lines: readonly Line[], i: number, step: 1 | -1, test: (line: Line) => boolean): boolean {
  let seen = 0;
  for (let k = i + step; k >= 0 && k < lines.length && seen < REACH; k += step) {
    const line = lines[k] as Line;
    if (line.tokens.length === 0) continue;
    if (test(line)) return true;
    seen++;
  }
  return false;
}
