import { letterDigitAfter, letterDigitBefore } from '../segment/letter-digit.js';
import type { Line } from '../segment/segment.js';
import { isShouted } from './shouted.js';

/** A line of one word in capitals, three letters or more. */
const SHOUTED_WORD = /^\p{Lu}{3,}$/u;
/** A word that opens with a capital. */
const CAPITAL_FIRST = /^\p{Lu}/u;
/** A word in lower case and a space right before a word: what stands before a proper noun inside a sentence. */
const LOWER_WORD_BEFORE = /\p{Ll}[,;]?\s$/u;

/**
 * The line as a one-word name written in capitals ("SERVICETITAN", "ELLIPTIC"), else null: asked only in the byline's
 * slot under the headline, over the date, where such a line is as often a section label ("REVIEWS"). The page vouches
 * for a name: it writes the word elsewhere with a capital inside a sentence, after a word in lower case ("with
 * ServiceTitan"), and never in lower case. A label's word is a common noun the page writes in lower case.
 * @example shoutedSoleName(lineOf('ELLIPTIC'), linesOf('ELLIPTIC\nLife at Elliptic')) // 'ELLIPTIC'
 */
export function shoutedSoleName(line: Line, lines: readonly Line[]): string | null {
  // Why: a company's blog names itself in capitals between the headline and the date ("SERVICETITAN" over "NOVEMBER
  // 26TH, 2024", WCXB 0069 innertext; "ELLIPTIC" over "12 December, 2025", 4151 html-to-text), where the other
  // renderer writes "ServiceTitan" and reads it.
  const { text } = line;
  if (line.words !== 1 || !isShouted(line) || !SHOUTED_WORD.test(text)) return null;
  return writesAsProperNoun(text, line, lines) ? text : null;
}

/**
 * True when the page writes `word` elsewhere than on line `except` with a capital inside a sentence, after a word in
 * lower case ("with ServiceTitan", "to Swoogo"), and never in lower case: a name, where a label's word is a common
 * noun the page also writes in lower case.
 * @example writesAsProperNoun('ELLIPTIC', lines[0], linesOf('ELLIPTIC\nLife at Elliptic')) // true
 */
export function writesAsProperNoun(word: string, except: Line, lines: readonly Line[]): boolean {
  const lower = word.toLowerCase();
  if (lower.length !== word.length) return false;
  let properNoun = false;
  for (const other of lines) {
    if (other === except || !other.tokens.includes(lower)) continue;
    const folded = other.text.toLowerCase();
    if (folded.length !== other.text.length) continue;
    for (let at = folded.indexOf(lower); at >= 0; at = folded.indexOf(lower, at + 1)) {
      const end = at + lower.length;
      if (letterDigitBefore(other.text, at) || letterDigitAfter(other.text, end)) continue;
      const written = other.text.slice(at, end);
      if (written === lower) return false;
      if (CAPITAL_FIRST.test(written) && LOWER_WORD_BEFORE.test(other.text.slice(Math.max(0, at - 3), at)))
        properNoun = true;
    }
  }
  return properNoun;
}
