import { capitalShare } from './capital-share.js';

/** A term without figures, a colon, then a value that holds a figure; the value is the first group. */
const FIELD = /^[^:\p{N}]{1,40}:\s+(.*\p{N}.*)$/u;

/**
 * True for a line that gives a field and its value, not a title: a term, a colon, and a value that holds a figure and
 * is not in headline case ({@link capitalShare} below 1). Why: such lines are short and capitalized, so they read as
 * headings over the text below ("Average Rating: 4.45", "Price Range: $8-$55", "Timeline estimate: 1 week", WCXB
 * 0055, 4111, 0366 innertext); on the dev pages a heading of that shape was `<h1>`–`<h6>` 7 times in 107, while one
 * whose value is in headline case is a title with a figure ("Best Low-Cost EV: 2026 Nissan Leaf", 4497).
 * @example isFieldLine('Price: $299', en.stopwords) // true
 */
export function isFieldLine(text: string, stopwords: ReadonlySet<string>): boolean {
  const value = FIELD.exec(text)?.[1];
  return value !== undefined && capitalShare(value, stopwords) < 1;
}
