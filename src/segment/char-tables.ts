/**
 * Tables of character classes over the BMP, read off the regular expression engine once so hand-written loops
 * classify characters exactly as the expressions they replace would (`\s`, `[\p{L}\p{N}]` under `iu`).
 */

let bmpCache: string | undefined;

/** Every BMP code point except the surrogates, in order: index `i` holds U+i below U+D800, U+(i+0x800) above. */
export function bmpCharacters(): string {
  if (bmpCache === undefined) {
    const parts: string[] = [];
    const chunk: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      chunk.push(c);
      if (chunk.length === 4096) parts.push(String.fromCharCode(...chunk.splice(0)));
    }
    parts.push(String.fromCharCode(...chunk));
    bmpCache = parts.join('');
  }
  return bmpCache;
}

/** The code point at index `i` of {@link bmpCharacters}. */
export const codeAtBmpIndex = (i: number): number => (i < 0xd800 ? i : i + 0x800);

/** A 0/1 table over BMP code units of the characters that `pattern` (global, unicode) matches. */
export function bmpTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  const chars = bmpCharacters();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(chars); m !== null; m = pattern.exec(chars)) table[codeAtBmpIndex(m.index)] = 1;
  return table;
}

let spaceTable: Uint8Array | undefined;

/** `\s` of a unicode regular expression, as a table over BMP code units (no astral character is `\s`). */
export function spaceCodes(): Uint8Array {
  spaceTable ??= bmpTable(/\s/gu);
  return spaceTable;
}

let wordTable: Uint8Array | undefined;

/** `[\p{L}\p{N}]` under flags `iu` (letters and digits, closed under case folding), over BMP code units. */
export function wordCodes(): Uint8Array {
  wordTable ??= bmpTable(/[\p{L}\p{N}]/giu);
  return wordTable;
}

let letterDigitTable: Uint8Array | undefined;

/** `[\p{L}\p{N}]` of a unicode (case-sensitive) regular expression, over BMP code units. */
export function letterDigitCodes(): Uint8Array {
  letterDigitTable ??= bmpTable(/[\p{L}\p{N}]/gu);
  return letterDigitTable;
}

let tokenTable: Uint8Array | undefined;

/** `[\p{L}\p{N}\p{M}'’_-]` of a unicode regular expression — what may continue a word token — over BMP code units. */
export function tokenCodes(): Uint8Array {
  tokenTable ??= bmpTable(/[\p{L}\p{N}\p{M}'’_-]/gu);
  return tokenTable;
}

/** {@link letterCaseCodes} of a lower-case letter (`\p{Ll}`). */
export const LOWER_CASE = 1;
/** {@link letterCaseCodes} of an upper-case letter (`\p{Lu}`). */
export const UPPER_CASE = 2;
let caseTable: Uint8Array | undefined;

/** `\p{Ll}` ({@link LOWER_CASE}) and `\p{Lu}` ({@link UPPER_CASE}) of a unicode regular expression, over BMP code units. */
export function letterCaseCodes(): Uint8Array {
  if (caseTable === undefined) {
    const upper = bmpTable(/\p{Lu}/gu);
    caseTable = bmpTable(/\p{Ll}/gu);
    for (let c = 0; c < 0x10000; c++) if (upper[c] === 1) caseTable[c] = UPPER_CASE;
  }
  return caseTable;
}

let lowerTable: Uint16Array | undefined;

/**
 * The lower case of every BMP code unit, as `toLowerCase` gives it, where that is one code unit; the unit itself
 * where it is two (U+0130 İ) and for surrogates. U+03A3 Σ maps to σ here, though a word's final Σ becomes ς.
 */
export function lowerCodes(): Uint16Array {
  if (lowerTable === undefined) {
    lowerTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      lowerTable[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  return lowerTable;
}

let letterTable: Uint8Array | undefined;

/** `\p{L}` of a unicode regular expression, over BMP code units. */
export function letterCodes(): Uint8Array {
  letterTable ??= bmpTable(/\p{L}/gu);
  return letterTable;
}

/**
 * The marks that end a sentence: `.`, `!`, `?` and `…`; the full stops and marks of Chinese and Japanese, full- and
 * half-width; the danda of Hindi, Bengali and the other Indic scripts; the Arabic question mark and the Urdu full stop;
 * the Armenian, Ethiopic, Myanmar and Khmer full stops.
 */
export const SENTENCE_MARKS = '.!?…。！？．｡।॥؟۔։።။។';
