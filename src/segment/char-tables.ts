/**
 * Tables of character classes over the BMP, read off the regular expression engine once so hand-written loops
 * classify characters exactly as the expressions they replace would (`\s`, `[\p{L}\p{N}]` under `iu`).
 */

let bmpCache: string | undefined;
/** Characters made by one call of `String.fromCharCode`, well below any engine's limit on arguments. */
const CHARACTERS_A_CALL = 4096;

/** Every BMP code point except the surrogates, in order: index `i` holds U+i below U+D800, U+(i+0x800) above. */
export function bmpCharacters(): string {
  if (bmpCache === undefined) {
    const codes = new Uint16Array(0x10000 - 0x800);
    for (let i = 0; i < 0xd800; i++) codes[i] = i;
    for (let i = 0xd800; i < codes.length; i++) codes[i] = i + 0x800;
    // Why from a typed array: the codes pushed to an array and spread into each call took twice the instructions.
    const parts: string[] = [];
    for (let at = 0; at < codes.length; at += CHARACTERS_A_CALL) {
      parts.push(String.fromCharCode.apply(null, codes.subarray(at, at + CHARACTERS_A_CALL) as unknown as number[]));
    }
    bmpCache = parts.join('');
  }
  return bmpCache;
}

/** The code point at index `i` of {@link bmpCharacters}. */
export const codeAtBmpIndex = (i: number): number => (i < 0xd800 ? i : i + 0x800);

/**
 * A 0/1 table over BMP code units of the characters that `pattern` matches: one character class (`/\s/u`,
 * `/[\p{L}\p{N}]/iu`), without the `g` flag.
 * Why runs: the class repeated (`(?:class)+`) matches the same characters, a run of them at a time, with two fifths
 * fewer instructions than a match per character.
 */
function bmpTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  const chars = bmpCharacters();
  const runs = runsOf(pattern);
  for (let m = runs.exec(chars); m !== null; m = runs.exec(chars)) {
    const end = m.index + m[0].length;
    for (let i = m.index; i < end; i++) table[codeAtBmpIndex(i)] = 1;
  }
  return table;
}

/**
 * The global expression of runs of one character class (`/\s/u` gives `/(?:\s)+/gu`), to pass to
 * {@link markMatches}: it matches the same characters as the class.
 */
export const runsOf = (pattern: RegExp): RegExp => new RegExp(`(?:${pattern.source})+`, `g${pattern.flags}`);

/**
 * Sets `marks[i]` to 1 at every index `i` of `chars` whose character `runs` ({@link runsOf}) matches. `chars` must
 * hold no surrogate, so that its indices are its characters.
 */
export function markMatches(runs: RegExp, chars: string, marks: Uint8Array): void {
  runs.lastIndex = 0;
  for (let m = runs.exec(chars); m !== null; m = runs.exec(chars)) marks.fill(1, m.index, m.index + m[0].length);
}

let spaceTable: Uint8Array | undefined;

/** `\s` of a unicode regular expression, as a table over BMP code units (no astral character is `\s`). */
export function spaceCodes(): Uint8Array {
  spaceTable ??= bmpTable(/\s/u);
  return spaceTable;
}

let wordTable: Uint8Array | undefined;

/** `[\p{L}\p{N}]` under flags `iu` (letters and digits, closed under case folding), over BMP code units. */
export function wordCodes(): Uint8Array {
  wordTable ??= bmpTable(/[\p{L}\p{N}]/iu);
  return wordTable;
}

/** {@link letterCaseCodes} of a lower-case letter (`\p{Ll}`). */
export const LOWER_CASE = 1;
/** {@link letterCaseCodes} of an upper-case letter (`\p{Lu}`). */
export const UPPER_CASE = 2;

/** The tables of letters and digits, read off the engine together ({@link letterTables}). */
interface LetterTables {
  /** `[\p{L}\p{N}]`: 1 or 0. */
  readonly letterDigit: Uint8Array;
  /** `\p{L}`: 1 or 0. */
  readonly letter: Uint8Array;
  /** {@link LOWER_CASE}, {@link UPPER_CASE} or 0. */
  readonly letterCase: Uint8Array;
}

let letterTablesCache: LetterTables | undefined;

/**
 * The tables of letters and digits, from one expression whose alternatives are general categories, which never
 * overlap: `\p{L}` is Lu, Ll, Lt, Lm and Lo. Why one expression: the engine compiles every class of letters anew,
 * and the four expressions these tables were read from (`[\p{L}\p{N}]`, `\p{L}`, `\p{Lu}`, `\p{Ll}`) were over a
 * quarter of a first clean().
 */
function letterTables(): LetterTables {
  if (letterTablesCache === undefined) {
    const tables = {
      letterDigit: new Uint8Array(0x10000),
      letter: new Uint8Array(0x10000),
      letterCase: new Uint8Array(0x10000),
    };
    const chars = bmpCharacters();
    const runs = /(\p{Lu}+)|(\p{Ll}+)|([\p{Lt}\p{Lm}\p{Lo}]+)|\p{N}+/gu;
    for (let m = runs.exec(chars); m !== null; m = runs.exec(chars)) {
      const from = m.index;
      const to = from + m[0].length;
      fillCodes(tables.letterDigit, 1, from, to);
      if (m[1] === undefined && m[2] === undefined && m[3] === undefined) continue;
      fillCodes(tables.letter, 1, from, to);
      if (m[1] !== undefined) fillCodes(tables.letterCase, UPPER_CASE, from, to);
      else if (m[2] !== undefined) fillCodes(tables.letterCase, LOWER_CASE, from, to);
    }
    letterTablesCache = tables;
  }
  return letterTablesCache;
}

/** Sets `table` to `value` at the code units of the characters from index `from` to `to` of {@link bmpCharacters}. */
function fillCodes(table: Uint8Array, value: number, from: number, to: number): void {
  if (from < 0xd800 && to > 0xd800) {
    table.fill(value, from, 0xd800);
    table.fill(value, 0xe000, codeAtBmpIndex(to));
  } else table.fill(value, codeAtBmpIndex(from), codeAtBmpIndex(from) + to - from);
}

/** `[\p{L}\p{N}]` of a unicode (case-sensitive) regular expression, over BMP code units. */
export function letterDigitCodes(): Uint8Array {
  return letterTables().letterDigit;
}

/** `\p{Ll}` ({@link LOWER_CASE}) and `\p{Lu}` ({@link UPPER_CASE}) of a unicode regular expression, over BMP code units. */
export function letterCaseCodes(): Uint8Array {
  return letterTables().letterCase;
}

/** `\p{L}` of a unicode regular expression, over BMP code units. */
export function letterCodes(): Uint8Array {
  return letterTables().letter;
}

let lowerTable: Uint16Array | undefined;
/** Characters lower-cased at a time by {@link lowerCodes}: a block of a script or two. */
const CASE_BLOCK = 256;

/**
 * The lower case of every BMP code unit, as `toLowerCase` gives it, where that is one code unit; the unit itself
 * where it is two (U+0130 İ) and for surrogates. U+03A3 Σ maps to σ here, though a word's final Σ becomes ς.
 */
export function lowerCodes(): Uint16Array {
  if (lowerTable === undefined) {
    lowerTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) lowerTable[c] = c;
    // Why a block at a time: a call per character was most of the table's cost, and most blocks have no case.
    // A character whose lower case is not itself is not itself in its block's lower case either: the one rule
    // that looks at neighbours (a word's final Σ) picks between two forms that both differ from Σ. So only those
    // characters, and a block whose length changes (İ), are lower-cased one by one.
    const chars = bmpCharacters();
    for (let at = 0; at < chars.length; at += CASE_BLOCK) {
      const block = chars.slice(at, at + CASE_BLOCK);
      const lower = block.toLowerCase();
      if (lower === block) continue;
      for (let i = 0; i < block.length; i++) {
        if (lower.length === block.length && lower.charCodeAt(i) === block.charCodeAt(i)) continue;
        const code = codeAtBmpIndex(at + i);
        const one = String.fromCharCode(code).toLowerCase();
        lowerTable[code] = one.length === 1 ? one.charCodeAt(0) : code;
      }
    }
  }
  return lowerTable;
}

/**
 * The marks that end a sentence: `.`, `!`, `?` and `…`; the full stops and marks of Chinese and Japanese, full- and
 * half-width; the danda of Hindi, Bengali and the other Indic scripts; the Arabic question mark and the Urdu full stop;
 * the Armenian, Ethiopic, Myanmar and Khmer full stops.
 */
export const SENTENCE_MARKS = '.!?…。！？．｡।॥؟۔։።။។';
