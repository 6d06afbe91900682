import type { Line } from '../segment/segment.js';

/** Most words of a menu's entry. */
const MAX_MENU_ENTRY_WORDS = 4;

const DIGIT_OR_COLON = /[\d:]/u;

/**
 * True for a line that reads as a menu's label: a few words, no sentence, no number or colon.
 * @example isShortLabel(line('Editor Hub')) // true
 */
export function isShortLabel(line: Line): boolean {
  return line.words <= MAX_MENU_ENTRY_WORDS && !line.endsSentence && !DIGIT_OR_COLON.test(line.text);
}
