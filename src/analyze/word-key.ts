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
 * The hash of `wordKey(text)` (the token pool's FNV-1a chain), without building the key on ASCII text. Why:
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
    if (c >= 0x80 && !isPunctuation(c)) return hashOf(wordKey(text), maxWords);
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

/** The hash of a key's first `maxWords` words (a key's words stand one space apart). */
function hashOf(key: string, maxWords: number): number {
  let hash = HASH_SEED;
  let words = 1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === SPACE && ++words > maxWords) break;
    hash = hashStep(hash, c);
  }
  return hash;
}
