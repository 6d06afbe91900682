import { HASH_SEED, hashStep } from '../segment/token-pool.js';

const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;
const NOT_AN_ASCII_WORD = /[^a-z0-9]+/g;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A text's words, lower-cased and joined by single spaces: two lines that differ only in case, punctuation and
 * spacing get the same key. On ASCII text `[^a-z0-9]` matches exactly what the Unicode class matches once the
 * text is lower-cased, and is much cheaper.
 * @example wordKey('Best for: **CRM**') // 'best for crm'
 */
export function wordKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(NON_ASCII.test(lower) ? NOT_A_WORD : NOT_AN_ASCII_WORD, ' ').trim();
}

const SPACE = 32;
/** U+2000–U+206F (general punctuation: ’ “ ” – — … •), which holds no letter or digit. */
const isPunctuation = (c: number): boolean => c >= 0x2000 && c <= 0x206f;

/**
 * The hash of `wordKey(text)` (the token pool's FNV-1a chain), without building the key. Why:
 * building a key for every paragraph of every page, to find the few that repeat, was a tenth of `clean()` in
 * lower-cased copies and their collection. Equal keys give equal hashes; callers confirm a hash hit with {@link wordKey}.
 * With `maxWords` (1 or more), the hash of the key's first `maxWords` words, read no further: a cheap test
 * that two texts cannot have the same key.
 * @example wordHash('The Talks — in Geneva', 2) === wordHash('the talks') // true
 */
export function wordHash(text: string, maxWords = Number.POSITIVE_INFINITY): number {
  let hash = HASH_SEED;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80 && !isPunctuation(c)) return unicodeWordHash(text, maxWords);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) {
        if (words === maxWords) return hash;
        if (words > 0) hash = hashStep(hash, SPACE);
        words++;
        inWord = true;
      }
      hash = hashStep(hash, c);
    } else inWord = false;
  }
  return hash;
}

/** A character of a word in {@link wordKey}: a letter or a digit of any script. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** {@link WORD_CHARACTER} read at `lastIndex`. */
const WORD_CHARACTER_AT = /[\p{L}\p{N}]/uy;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Per UTF-16 unit: 0 not read yet, 1 a word's character, 2 none; filled as the units are met. */
let wordUnits: Uint8Array | undefined;

/** True when the unit `c` (no surrogate) is a word's character, as {@link WORD_CHARACTER} says, read once a process. */
function isWordUnit(c: number): boolean {
  wordUnits ??= new Uint8Array(0x10000);
  let kind = wordUnits[c] as number;
  if (kind === 0) {
    kind = WORD_CHARACTER.test(String.fromCharCode(c)) ? 1 : 2;
    wordUnits[c] = kind;
  }
  return kind === 1;
}

/**
 * {@link wordHash} of a text outside ASCII: the lower-cased text's words hashed as they are read, as `wordKey` would
 * part them, without building the key. Why: the key's expression tests each character against the classes of all
 * scripts, and keying a line whole to hash its first word (a page's contents list asks that of every line below it)
 * made hashing a twentieth of a clean (WCXB 0415 innertext, whose lines hold "×", "ß" and flags). Each unit's class is
 * read once a process; a surrogate pair's, by the expression where it stands. Why a loop of its own, though its step at
 * a word's start is {@link wordHash}'s: one loop for both, told apart by a flag at each character, cost 2 % more
 * instructions a round (60 WCXB pages, valgrind).
 */
function unicodeWordHash(text: string, maxWords: number): number {
  const lower = text.toLowerCase();
  let hash = HASH_SEED;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // A surrogate pair is one character, read by the expression where it stands; a lone surrogate is none.
    const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(lower.charCodeAt(i + 1));
    if (pair) WORD_CHARACTER_AT.lastIndex = i;
    if (pair ? WORD_CHARACTER_AT.test(lower) : isWordUnit(c)) {
      if (!inWord) {
        if (words === maxWords) return hash;
        if (words > 0) hash = hashStep(hash, SPACE);
        words++;
        inWord = true;
      }
      hash = hashStep(hash, c);
      if (pair) hash = hashStep(hash, lower.charCodeAt(++i));
    } else {
      inWord = false;
      if (pair) i++;
    }
  }
  return hash;
}
