import { lowerCodes } from './char-tables.js';
import { ownCopy } from './own-copy.js';

/** Slots of a new pool's table. */
const INITIAL_SLOTS = 64;

/**
 * Interns the word tokens of one document: a token written many times ("the", "and") is one string, so a page's
 * lines keep a few thousand token strings instead of one per occurrence, and their hashes are computed once for
 * every later Set and Map lookup. Tokens are found by offsets into a line and stored only the first time seen.
 */
export class TokenPool {
  // Why small at first: the first document grows the table within its first lines, before the line scan that inlines
  // `intern` is compiled; made at 1,024 slots, it first grew on a page of 512 distinct tokens, and that threw the
  // compiled scan away (--trace-deopt).
  private keys: (string | undefined)[] = new Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  /** The slots filled, the first `size` of them. */
  private filled = new Int32Array(INITIAL_SLOTS);
  private size = 0;

  /**
   * Forgets every token (the next document starts empty); keeps a table of a usual page's size for reuse. Why only
   * the filled slots are emptied: emptying the whole table (`fill`) cost 0.8 % of a round of cleaning (valgrind),
   * as a page of many words grows the table it keeps to 16,384 slots, and the next pages fill few.
   */
  clear(): void {
    if (this.size === 0) return;
    if (this.keys.length > 16384) {
      this.keys = new Array(1024);
      this.hashes = new Int32Array(1024);
      this.filled = new Int32Array(1024);
    } else for (let k = 0; k < this.size; k++) this.keys[this.filled[k] as number] = undefined;
    this.size = 0;
  }

  /**
   * `text.slice(start, end).toLowerCase()`, as the string seen before when there was one. `hash` is the
   * {@link hashStep} chain over its code units lower-cased by {@link lowerCodes}, and `lowers` tells whether that
   * changes any; the slice must hold no unit that the table lowers otherwise than `toLowerCase` (İ, Σ).
   */
  intern(text: string, start: number, end: number, hash: number, lowers: boolean): string {
    const mask = this.keys.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) {
        // Why an own copy: a long token cut from its line would reach later stages as a view into it (see ownCopy).
        const token = lowers ? text.slice(start, end).toLowerCase() : ownCopy(text.slice(start, end));
        this.keys[slot] = token;
        this.hashes[slot] = hash;
        this.filled[this.size] = slot;
        if (++this.size * 2 > this.keys.length) this.grow();
        return token;
      }
      if (this.hashes[slot] === hash && key.length === length && sameChars(key, text, start)) return key;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const hashes = this.hashes;
    this.keys = new Array(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    this.filled = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    let filled = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key === undefined) continue;
      const hash = hashes[k] as number;
      let slot = hash & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.hashes[slot] = hash;
      this.filled[filled++] = slot;
    }
  }
}

/** The hash {@link TokenPool.intern} expects, one code unit at a time: `hashStep(hashStep(HASH_SEED, a), b)`. */
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
/** Where a token's hash starts. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** True when `key` is the text from `start` on, lower-cased. */
function sameChars(key: string, text: string, start: number): boolean {
  const lower = lowerCodes();
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== lower[text.charCodeAt(start + k)]) return false;
  return true;
}
