import type { Line } from '../segment/segment.js';

/** Upper-case share of a line written in capitals (html-to-text upper-cases `<h1>` and `<h2>`). */
const SHOUTED = 0.9;
/** Fewest letters of a line in capitals: "US" or "AI" alone is an acronym, not a line written so. */
const MIN_SHOUTED_LETTERS = 4;

/**
 * True for a line written in capitals.
 * @example isShouted(lineOf('THE BEST HOME GYM SETUPS')) // true
 */
export function isShouted(line: Line): boolean {
  return line.upperRatio >= SHOUTED && line.letters >= MIN_SHOUTED_LETTERS;
}
