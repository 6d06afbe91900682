/**
 * Longest line (characters of its `rawText`) whose result a stage remembers for the line's copies further down the
 * page. Why: menus, share bars and footers repeat their short lines through a page (a fifth of the lines of the dev
 * pages), while paragraphs seldom repeat, and hashing every paragraph for a memo cost more than the work it spared.
 * @example line.rawText.length <= MEMO_MAX_CHARS // look the line up among the ones seen before
 */
export const MEMO_MAX_CHARS = 200;
