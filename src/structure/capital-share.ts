import { MIN_CONTENT_CHARS } from '../lang/content-word.js';
import { letterCaseCodes, letterCodes, spaceCodes, UPPER_CASE } from '../segment/char-tables.js';
import type { Line } from '../segment/segment.js';

// Astral code points, which the BMP tables do not cover, asked of the regular expression engine.
const ASTRAL_LETTER = /\p{L}/uy;
const ASTRAL_UPPER = /\p{Lu}/uy;

/**
 * Share of the text's content words that start with a capital. A word is a run between spaces (`\s`) without the
 * marks before its first letter; a content word has {@link MIN_CONTENT_CHARS} characters or more from that letter
 * on and, lower-cased, is not one of `stopwords` (a mark after it stays: "the," counts). 0 without content words.
 * Why a scan, not `split` and a regular expression per word: the title search asks it of every line that may be the
 * headline, and the words' copies were most of its cost.
 * @example capitalShare('Things to Know Before Travelling', en.stopwords) // 1 ("to" is too short)
 */
export function capitalShare(text: string, stopwords: ReadonlySet<string>): number {
  const spaces = spaceCodes();
  const letters = letterCodes();
  let total = 0;
  let capital = 0;
  let i = 0;
  while (i < text.length) {
    let end = i;
    while (end < text.length && spaces[text.charCodeAt(end)] !== 1) end++;
    let first = i;
    while (first < end && !isLetterAt(text, first, letters)) first += codePointLength(text, first);
    if (end - first >= MIN_CONTENT_CHARS && !stopwords.has(text.slice(first, end).toLowerCase())) {
      total++;
      if (isUpperAt(text, first)) capital++;
    }
    i = end + 1;
  }
  return total === 0 ? 0 : capital / total;
}

/** True for a line in headline case: two words or more, and every content word capitalized ({@link capitalShare}). */
export const isHeadlineCase = (line: Line, stopwords: ReadonlySet<string>): boolean =>
  line.words >= 2 && capitalShare(line.text, stopwords) === 1;

/** 2 at a surrogate pair, else 1. */
function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function isLetterAt(text: string, at: number, letters: Uint8Array): boolean {
  if (codePointLength(text, at) === 1) return letters[text.charCodeAt(at)] === 1;
  ASTRAL_LETTER.lastIndex = at;
  return ASTRAL_LETTER.test(text);
}

function isUpperAt(text: string, at: number): boolean {
  if (codePointLength(text, at) === 1) return letterCaseCodes()[text.charCodeAt(at)] === UPPER_CASE;
  ASTRAL_UPPER.lastIndex = at;
  return ASTRAL_UPPER.test(text);
}
