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
 * The script of one UTF-16 code unit (astral characters count as `other`).
 * @example scriptOf('ж'.charCodeAt(0)) // 'cyrillic'
 */
export function scriptOf(code: number): Script {
  if (code < 0x0250) {
    if (
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0xc0 && code !== 0xd7 && code !== 0xf7)
    )
      return 'latin';
    return 'none';
  }
  if (code >= 0x0370 && code <= 0x03ff) return 'greek';
  if (code >= 0x0400 && code <= 0x052f) return 'cyrillic';
  if (code >= 0x0590 && code <= 0x05ff) return 'hebrew';
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f)) return 'arabic';
  if (code >= 0x0900 && code <= 0x097f) return 'devanagari';
  if (code >= 0x0e00 && code <= 0x0e7f) return 'thai';
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0xac00 && code <= 0xd7af)) return 'hangul';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'han';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x2000 && code <= 0x2bff) return 'none'; // punctuation, symbols, arrows
  if (code >= 0x3000 && code <= 0x303f) return 'none'; // CJK punctuation
  if (code >= 0xff00 && code <= 0xffef) return 'none'; // full-width forms
  if (code >= 0xd800 && code <= 0xdfff) return 'other';
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

let scriptTable: Uint8Array | undefined;

/**
 * True for a code unit of a script written without spaces between words ({@link UNSPACED_SCRIPTS}).
 * @example isUnspacedCode('記'.charCodeAt(0)) // true
 */
export function isUnspacedCode(code: number): boolean {
  return UNSPACED_SCRIPTS.has(SCRIPTS[scriptIds()[code] ?? 0] ?? 'none');
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
    scriptTable = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) scriptTable[code] = SCRIPTS.indexOf(scriptOf(code));
  }
  return scriptTable;
}
