import { letterCodes } from './char-tables.js';

/** Writing systems dechaff tells apart; enough to spot a line in another script than the article. */
export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'hebrew'
  | 'arabic'
  | 'devanagari'
  | 'thai'
  | 'hangul'
  | 'kana'
  | 'han'
  | 'other'
  | 'none';

/** Scripts written without spaces between words: word counts come from characters there. */
export const UNSPACED_SCRIPTS: ReadonlySet<Script> = new Set(['han', 'kana', 'thai']);
/**
 * The code units of {@link UNSPACED_SCRIPTS} as a regular expression's character class, for expressions that must
 * tell them apart: the ranges {@link scriptOf} reads as Thai, kana and han.
 */
export const UNSPACED_CLASS = '[\\u0e00-\\u0e7f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff]';

/**
 * True when text in script `a` and text in script `b` may be one language's: the same script, or kana and han, which
 * Japanese writes together. Why: a Japanese page's lines are mostly kana or mostly kanji by turns (a menu's "ホーム"
 * and "ログイン", its headline in kanji), and neither is a line in another language.
 * @example sameWriting('kana', 'han') // true
 */
export function sameWriting(a: Script, b: Script): boolean {
  return a === b || (JAPANESE.has(a) && JAPANESE.has(b));
}
const JAPANESE: ReadonlySet<Script> = new Set(['han', 'kana']);

/**
 * The code units whose script is read off their range, as `[first, last, script]`; the first range that holds a
 * unit wins. A unit in none of them is `other` when it is a letter, else `none`.
 */
const SCRIPT_RANGES: readonly (readonly [number, number, Script])[] = [
  [0x41, 0x5a, 'latin'],
  [0x61, 0x7a, 'latin'],
  [0xc0, 0xd6, 'latin'],
  [0xd8, 0xf6, 'latin'],
  [0xf8, 0x24f, 'latin'],
  [0, 0x24f, 'none'],
  [0x370, 0x3ff, 'greek'],
  [0x400, 0x52f, 'cyrillic'],
  [0x590, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'],
  [0x750, 0x77f, 'arabic'],
  [0x900, 0x97f, 'devanagari'],
  [0xe00, 0xe7f, 'thai'],
  [0x1100, 0x11ff, 'hangul'],
  [0xac00, 0xd7af, 'hangul'],
  [0x3040, 0x30ff, 'kana'],
  [0x4e00, 0x9fff, 'han'],
  [0x3400, 0x4dbf, 'han'],
  [0x1e00, 0x1eff, 'latin'],
  [0x2000, 0x2bff, 'none'], // punctuation, symbols, arrows
  [0x3000, 0x303f, 'none'], // CJK punctuation
  [0xff00, 0xffef, 'none'], // full-width forms
  [0xd800, 0xdfff, 'other'],
];

/**
 * The script of one UTF-16 code unit (astral characters count as `other`).
 * @example scriptOf('ж'.charCodeAt(0)) // 'cyrillic'
 */
export function scriptOf(code: number): Script {
  for (const [first, last, script] of SCRIPT_RANGES) if (code >= first && code <= last) return script;
  return letterCodes()[code & 0xffff] === 1 ? 'other' : 'none';
}

/** Every {@link Script}, in a fixed order: `SCRIPTS[scriptIds()[code]]` is `scriptOf(code)`. */
export const SCRIPTS: readonly Script[] = [
  'none',
  'latin',
  'cyrillic',
  'greek',
  'hebrew',
  'arabic',
  'devanagari',
  'thai',
  'hangul',
  'kana',
  'han',
  'other',
];

/** Whether the script of each index of {@link SCRIPTS} is written without spaces ({@link UNSPACED_SCRIPTS}). */
export const UNSPACED_IDS: readonly boolean[] = SCRIPTS.map((script) => UNSPACED_SCRIPTS.has(script));

const NONE = SCRIPTS.indexOf('none');
const OTHER = SCRIPTS.indexOf('other');
let scriptTable: Uint8Array | undefined;

/**
 * True for a code unit of a script written without spaces between words ({@link UNSPACED_SCRIPTS}).
 * @example isUnspacedCode('記'.charCodeAt(0)) // true
 */
export function isUnspacedCode(code: number): boolean {
  // Why by index: a set's lookup of the script's name per character was a hundredth of a first clean(), which asks
  // this of every character of the phrase packs.
  return UNSPACED_IDS[scriptIds()[code] ?? 0] === true;
}

/**
 * True when `text` has a character of a script written without spaces ({@link isUnspacedCode}).
 * @example hasUnspacedCode('会員限定') // true
 */
export function hasUnspacedCode(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUnspacedCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The index in {@link SCRIPTS} of the script of every BMP code unit: `scriptOf` as a table, built at first use
 * so the letter-counting loop looks scripts up without a call.
 * @example SCRIPTS[scriptIds()['ж'.charCodeAt(0)] ?? 0] // 'cyrillic'
 */
export function scriptIds(): Uint8Array {
  if (scriptTable === undefined) {
    // Why by ranges: a call of scriptOf per code unit made this table a tenth of a first clean().
    const letters = letterCodes();
    const table = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) table[code] = letters[code] === 1 ? OTHER : NONE;
    for (let r = SCRIPT_RANGES.length - 1; r >= 0; r--) {
      const [first, last, script] = SCRIPT_RANGES[r] as (typeof SCRIPT_RANGES)[number];
      table.fill(SCRIPTS.indexOf(script), first, last + 1);
    }
    scriptTable = table;
  }
  return scriptTable;
}
