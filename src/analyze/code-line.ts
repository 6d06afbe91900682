import type { Line } from '../segment/segment.js';

/**
 * A line of code: a brace, a statement's end, an arrow or a comparison, a comment, a tag ("<Project>" over "<!--",
 * WCXB 2789), a JSON member, a call that ends the line or an assignment that opens it. Not a semicolon inside a
 * sentence (WCXB 0166, 4823), a `>` between a breadcrumb's steps ("Home>Lifestyle>Vehicles" over a script's tail,
 * multisite-dev forbes 2005) or a URL's "//".
 */
const CODE_LINE = /[{}]|;$|=>|==|^\/\/|^<[\w/!?]|<\/|\/>|^"[^"]*"\s*:|\w\([^()]*\)$|^[\w.$[\]]+\s*[-+*/]?=[^=]/;

/**
 * True when a line (trimmed, its spaces folded) reads as a line of code or markup.
 * @example isCodeLine('const TodoList: React.FC = () => {') // true
 * @example isCodeLine('Let’s check out the code it generated:') // false
 */
export const isCodeLine = (text: string): boolean => CODE_LINE.test(text);

// Brackets, assignment, comparison, statement ends and comment marks: the punctuation of source code.
const CODE_PUNCTUATION = /[{}();=<>[\]]|--|\/\/|^[#$%] |^\.{0,2}\//;

/**
 * True for a line shaped like source code or a shell command rather than prose or a menu entry: looser than
 * {@link isCodeLine}, any bracket or `=` will do, for the short lines the body search and the chrome tests score.
 * @example looksLikeCode(lineOf('npm install dechaff --save-dev')) // true
 */
export function looksLikeCode(line: Line): boolean {
  return CODE_PUNCTUATION.test(line.text);
}
