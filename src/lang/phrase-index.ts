/**
 * Phrase matching without scanning every position with a big alternation.
 *
 * `compilePhrases` defines the semantics as a regular expression (`(?<![\p{L}\p{N}])(?:alt1|alt2|…)(?![\p{L}\p{N}])`,
 * flags `iu`, alternatives longest first, a space matching `\s+`, a hyphen optional). V8 runs such an alternation
 * at every position of the text, which made phrase lookups most of `clean()`'s time. This module finds the same
 * matches another way: a match can only start where a word starts, so the text's words are hashed once and
 * looked up among the phrases' first words; only the few alternatives whose first word is there are then
 * tried, by a small backtracking matcher that follows the regular expression step by step.
 *
 * The result is identical to the regular expression's, character for character, because every character test
 * is answered by the regular expression engine itself: which characters are letters or digits under `iu`, which
 * are `\s`, and which characters each phrase character matches case-insensitively are read off tables built by
 * running the corresponding regular expressions over every BMP character once. Phrase lists this module cannot
 * follow exactly (a phrase that starts with a non-letter or has an astral character) keep the regular expression.
 */

import { bmpCharacters, codeAtBmpIndex, spaceCodes, wordCodes } from '../segment/char-tables.js';
import { HASH_SEED, hashStep } from '../segment/token-pool.js';
import { foldDottedI, I_LETTERS } from './dotted-i.js';
import { escapeRegExp } from './escape-reg-exp.js';

/** The matches of one phrase list in one text, as `[start, end)` offsets, leftmost first, non-overlapping. */
export interface PhraseScanner {
  /** Where the first match in `text` starts, or -1; its end is then in {@link end}. */
  first(text: string): number;
  /** Where the first match starting at or after `from` (> 0) starts, or -1; its end is then in {@link end}. */
  next(text: string, from: number): number;
  /** The end of the match {@link first} or {@link next} last found. */
  readonly end: number;
}

const WS = -1;
const OPTIONAL_HYPHEN = -2;
const HYPHEN = 0x2d;
const UNICODE_HYPHEN = 0x2010;

interface Alternative {
  /** Order in the alternation: the first alternative that matches at a position wins. */
  readonly rank: number;
  /** Character classes (ids ≥ 1), `WS` for `\s+`, `OPTIONAL_HYPHEN` for `[-‐]?`. */
  readonly elements: Int32Array;
  /**
   * How many elements its first word has: the scan found them at the candidate already (a class id of the scan's
   * table is the class id of `ids`), so matching starts after them.
   */
  readonly anchored: number;
}

interface AnchorEntry {
  /** The class ids of the phrase's first word. */
  readonly anchor: Int32Array;
  /** Bit {@link listBit}`(c)` is set when list `c` has an alternative with this first word. */
  readonly mask: number;
  /** Per list, the alternatives that start with this word, in alternation order. */
  readonly byList: readonly (readonly Alternative[] | undefined)[];
}

/**
 * The words of a text that begin some phrase: their offsets and anchor entries. A scan is a slot the index reuses
 * (see {@link Index}), so its arrays hold `count` live entries and `generation` tells a reuse apart.
 */
interface TextScan {
  text: string;
  /** The lists that have a candidate in the text, by {@link listBit}. */
  mask: number;
  count: number;
  readonly positions: number[];
  readonly entries: (AnchorEntry | AnchorEntry[])[];
  readonly masks: number[];
  /** Bumped each time the slot is filled with a new text. */
  generation: number;
}

const emptyScan = (): TextScan => ({ text: '', mask: 0, count: 0, positions: [], entries: [], masks: [], generation: 0 });

// ---------------------------------------------------------------------------------------------------------------
// Character tables, read off the regular expression engine once.

// Astral characters are rare in text; the engine answers for them one at a time.
const ASTRAL_WORD = /[\p{L}\p{N}]/iuy;

/** Whether the code point at `i` is a letter or digit (false past the end and for lone surrogates). */
function isWordAt(text: string, i: number, table: Uint8Array): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      ASTRAL_WORD.lastIndex = i;
      return ASTRAL_WORD.test(text);
    }
  }
  return table[code] === 1;
}

/** At a high surrogate: 2 when it starts a surrogate pair that is a letter or digit, else 0. */
function astralWordWidth(text: string, i: number): number {
  if (i + 1 >= text.length) return 0;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0;
  ASTRAL_WORD.lastIndex = i;
  return ASTRAL_WORD.test(text) ? 2 : 0;
}

const hex = (code: number): string => `\\u{${code.toString(16)}}`;

/** Turkish's four i's ({@link I_LETTERS}) by code: a phrase's i of either case and dot matches each of them. */
const I_CODES = new Set([...I_LETTERS].map((letter) => letter.charCodeAt(0)));
const I_CLASS_BODY = [...I_CODES].map(hex).join('');

/** The body of a character class of the characters that phrase character `code` matches, before case folding. */
const matchedBy = (code: number): string => (I_CODES.has(code) ? I_CLASS_BODY : hex(code));

/**
 * Groups the BMP characters that match the given phrase characters case-insensitively into classes: `ids[c]`
 * is the class of character `c` (0 when it matches no phrase character). Two characters share a class exactly
 * when the engine's `iu` matching treats them as equal, or both are i's ({@link foldDottedI}).
 */
function caseClasses(phraseChars: ReadonlySet<number>): Uint16Array {
  const ids = new Uint16Array(0x10000);
  if (phraseChars.size === 0) return ids;
  const listed = [...phraseChars].sort((a, b) => a - b);
  const related: number[] = [];
  const all = new RegExp(`[${listed.map(matchedBy).join('')}]`, 'giu');
  const chars = bmpCharacters();
  for (let m = all.exec(chars); m !== null; m = all.exec(chars)) related.push(codeAtBmpIndex(m.index));
  const relatedText = String.fromCharCode(...related);
  let next = 1;
  for (const p of listed) {
    if (ids[p] !== 0) continue;
    const id = next++;
    const same = new RegExp(`[${matchedBy(p)}]`, 'giu');
    for (let m = same.exec(relatedText); m !== null; m = same.exec(relatedText)) {
      ids[relatedText.charCodeAt(m.index)] = id;
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------------------------
// The index.

/**
 * A list's bit in the masks that pre-filter the scan's candidates. Past 32 lists the bits are shared (list 40 has
 * list 8's): a mask only says where a list may have a candidate, and `byList` decides whether it has one, so a
 * shared bit costs at worst a lookup that finds nothing, never a wrong match.
 */
const listBit = (list: number): number => 1 << (list & 31);

const NO_CLASS = -1;
const NO_ALTERNATIVES: readonly Alternative[] = [];
const HIGH_HALF = -2;

/** Lists by 32-bit hash, open addressing: the scan looks a text's words up by hash, and most are not there. */
class HashLists<T> {
  private readonly hashes: Int32Array;
  /** Index + 1 into `lists`; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly lists: T[][] = [];
  private readonly mask: number;

  constructor(entries: ReadonlyMap<number, T[]>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const [hash, list] of entries) {
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.lists.push(list);
      this.hashes[slot] = hash;
      this.slots[slot] = this.lists.length;
    }
  }

  get(hash: number): T[] | undefined {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] as number;
      if (at === 0) return undefined;
      if (this.hashes[slot] === hash) return this.lists[at - 1];
    }
  }
}

/** The alternatives of a phrase list in the order `compilePhrases` puts them in its expression. */
export function orderedPhrases(phrases: readonly string[]): string[] {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}

/** Whether the index can follow every phrase of a list exactly; otherwise the list keeps its expression. */
function indexable(phrases: readonly string[], wordChars: Uint8Array): boolean {
  return phrases.every((phrase) => {
    if (phrase.length === 0) return false;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return false;
    }
    return wordChars[phrase.charCodeAt(0)] === 1;
  });
}

/**
 * Builds scanners for several phrase lists at once (a pack's categories), sharing one pass over each text.
 * Returns `undefined` in place of a list the index cannot follow exactly.
 */
export function buildScanners(lists: readonly (readonly string[])[]): (PhraseScanner | undefined)[] {
  const wordChars = wordCodes();
  const usable = lists.map((phrases) => indexable(phrases, wordChars));
  const phraseChars = phraseCharacters(lists, usable);
  const ids = caseClasses(phraseChars);
  // Class ids live in an Int16Array below; more classes than that is no phrase list anyone writes.
  if (phraseChars.size > 0x7fff) return lists.map(() => undefined);
  const index = indexOf(firstWordEntries(lists, usable, ids, wordChars), ids, wordChars);
  return lists.map((phrases, list) => (usable[list] ? scannerFor(index, list, phrases) : undefined));
}

/** The characters of the phrases of the `usable` lists, but for spaces and hyphens. */
function phraseCharacters(lists: readonly (readonly string[])[], usable: readonly boolean[]): Set<number> {
  const phraseChars = new Set<number>();
  lists.forEach((phrases, l) => {
    if (!usable[l]) return;
    for (const phrase of phrases)
      for (let i = 0; i < phrase.length; i++) {
        const code = phrase.charCodeAt(i);
        if (code !== 0x20 && code !== HYPHEN && code !== UNICODE_HYPHEN) phraseChars.add(code);
      }
  });
  return phraseChars;
}

/** An {@link AnchorEntry} as {@link firstWordEntries} fills it; `prefix` when an optional hyphen follows the word. */
interface EntryBuild {
  readonly anchor: Int32Array;
  mask: number;
  readonly byList: Alternative[][];
  readonly prefix: boolean;
}

/**
 * One entry per distinct first word of the `usable` lists' phrases, with each list's alternatives that start with it.
 * A first word followed by an optional hyphen also matches longer words ("e-mail" matches "email"), so those are
 * looked up by prefix.
 */
function firstWordEntries(
  lists: readonly (readonly string[])[],
  usable: readonly boolean[],
  ids: Uint16Array,
  wordChars: Uint8Array,
): EntryBuild[] {
  const building = new Map<string, EntryBuild>();
  lists.forEach((phrases, l) => {
    if (!usable[l]) return;
    orderedPhrases(phrases).forEach((phrase, rank) => {
      const elements = new Int32Array(phrase.length);
      for (let i = 0; i < phrase.length; i++) {
        const code = phrase.charCodeAt(i);
        elements[i] = code === 0x20 ? WS : code === HYPHEN || code === UNICODE_HYPHEN ? OPTIONAL_HYPHEN : ids[code] || 0;
      }
      let a = 0;
      while (a < phrase.length && (elements[a] ?? 0) > 0 && wordChars[phrase.charCodeAt(a)] === 1) a++;
      const anchor = elements.slice(0, a);
      const isPrefix = elements[a] === OPTIONAL_HYPHEN;
      const key = `${isPrefix ? 'p' : 'e'}${anchor.join(',')}`;
      let entry = building.get(key);
      if (!entry) {
        entry = { anchor, mask: 0, byList: [], prefix: isPrefix };
        building.set(key, entry);
      }
      entry.mask |= listBit(l);
      const alternatives = entry.byList[l] ?? [];
      alternatives.push({ rank, elements, anchored: a });
      entry.byList[l] = alternatives;
    });
  });
  return [...building.values()];
}

/** The index of the first words' `entries`, looked up by the hash of their class ids, with its scan's tables. */
function indexOf(entries: readonly EntryBuild[], ids: Uint16Array, wordChars: Uint8Array): Index {
  const exact = new Map<number, AnchorEntry[]>();
  const prefix = new Map<number, AnchorEntry[]>();
  let maxExact = 0;
  let maxPrefix = 0;
  for (const entry of entries) {
    let hash = HASH_SEED;
    for (const id of entry.anchor) hash = hashStep(hash, id);
    const map = entry.prefix ? prefix : exact;
    const list = map.get(hash) ?? [];
    list.push(entry);
    map.set(hash, list);
    if (entry.prefix) maxPrefix = Math.max(maxPrefix, entry.anchor.length);
    else maxExact = Math.max(maxExact, entry.anchor.length);
  }
  const maxAnchor = Math.max(maxExact, maxPrefix);
  const prefixLengths = new Uint8Array(maxAnchor + 2);
  for (const entry of entries) if (entry.prefix) prefixLengths[entry.anchor.length] = 1;
  // The classes a prefix first word starts with: only words starting so are looked up at every length.
  const prefixFirst = new Uint8Array(0x8000);
  for (const entry of entries) if (entry.prefix) prefixFirst[entry.anchor[0] ?? 0] = 1;
  return {
    kinds: scanKinds(ids, wordChars),
    ids,
    wordChars,
    spaceChars: spaceCodes(),
    exact: new HashLists(exact),
    prefix: new HashLists(prefix),
    prefixLengths,
    prefixFirst,
    maxAnchor,
    maxExact,
    scans: new Array<TextScan | undefined>(SCAN_SLOTS).fill(undefined),
    recent: emptyScan(),
  };
}

/**
 * One table for the scan's inner loop, per BMP code unit: the class id (> 0) of a letter or digit some phrase has,
 * NO_CLASS for other letters and digits, HIGH_HALF for a high surrogate, 0 for everything else.
 */
function scanKinds(ids: Uint16Array, wordChars: Uint8Array): Int16Array {
  const kinds = new Int16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) kinds[c] = HIGH_HALF;
    else if (wordChars[c] === 1) kinds[c] = (ids[c] as number) || NO_CLASS;
  }
  return kinds;
}

/**
 * Texts at least this long are first looked at with a list's {@link literalPrecheck} when they are not scanned
 * yet: past some 40 words only one or two lists are asked about a line (the detectors that look for a phrase in
 * a long line), and the engine's search for a few literals costs a third of the scan.
 */
const PRECHECK_MIN_LENGTH = 240;

/**
 * An expression that matches wherever one of the phrases does, and in most texts that hold none of them nowhere:
 * the longest word of each phrase (between its spaces and hyphens), as a literal under the same `iu` flags. A
 * phrase's match holds each of its words, character for character as the engine compares them, so the literal
 * matches there too. A word that holds another list word is left out: the shorter one matches wherever it does.
 */
function literalPrecheck(phrases: readonly string[]): RegExp {
  const words = [...new Set(phrases.map(longestWord))];
  const needed = words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
  return new RegExp(needed.map((word) => foldDottedI(escapeRegExp(word))).join('|'), 'iu');
}

function longestWord(phrase: string): string {
  let longest = '';
  for (const word of phrase.split(/[ \-\u2010]/)) if (word.length > longest.length) longest = word;
  return longest;
}

/** What the scanners of one set of lists share. */
interface Index {
  readonly kinds: Int16Array;
  readonly ids: Uint16Array;
  readonly wordChars: Uint8Array;
  readonly spaceChars: Uint8Array;
  readonly exact: HashLists<AnchorEntry>;
  readonly prefix: HashLists<AnchorEntry>;
  /** 1 at the lengths some prefix first word has. */
  readonly prefixLengths: Uint8Array;
  /** 1 for the class ids prefix first words start with. */
  readonly prefixFirst: Uint8Array;
  readonly maxAnchor: number;
  readonly maxExact: number;
  /**
   * The scans of the document's texts, by {@link slotOf}. Why a memo: the detectors ask each of a pack's lists
   * about the same line in turn, and later stages ask about the lines the detectors read (a third of the characters
   * scanned were of texts scanned before in the document). It never changes a result.
   * Why slots filled in place: a fresh result per line was a third of all the garbage of a page of short label
   * lines, and the scavenges it caused made the cost grow faster than the input (scaling test).
   */
  readonly scans: (TextScan | undefined)[];
  /** The scan last asked for. */
  recent: TextScan;
}

/** Scans an index keeps: a page's distinct lines seldom share a slot. */
const SCAN_SLOTS = 1024;

/**
 * The slot of `text` among an index's scans: a hash of its length and three of its characters. Why not of every
 * character: a text's first scan reads it all, and a full hash cost as much as the rescans it spared (+6 %).
 */
function slotOf(text: string): number {
  const n = text.length;
  // Why apart: an empty text's characters are out of bounds, and each read of one threw the compiled callers away in
  // turn (--trace-deopt: three recompilations of a matcher's `test`).
  if (n === 0) return 0;
  let hash = hashStep(HASH_SEED, n);
  hash = hashStep(hash, text.charCodeAt(0));
  hash = hashStep(hash, text.charCodeAt(n >> 1));
  hash = hashStep(hash, text.charCodeAt(n - 1));
  return (hash ^ (hash >>> 16)) & (SCAN_SLOTS - 1);
}

// The slots filled since the document started, so that forgetScans empties only those.
const filled: TextScan[] = [];

/**
 * Starts or ends a document: the scans forget their texts, so no document's text outlives its call through them
 * (a line's text is a slice that holds its whole page).
 */
export function forgetScans(): void {
  for (const scan of filled) {
    scan.text = '';
    scan.count = 0;
    scan.mask = 0;
    scan.generation++;
  }
  filled.length = 0;
}

function scanOf(index: Index, text: string): TextScan {
  const recent = index.recent;
  if (recent.text === text) return recent;
  const slot = slotOf(text);
  // Why made at first use: a short text fills a few slots, and making them all was a cost of a first clean().
  let scan = index.scans[slot];
  if (scan === undefined) {
    scan = emptyScan();
    index.scans[slot] = scan;
  }
  index.recent = scan;
  if (scan.text === text) return scan;
  if (scan.text === '') filled.push(scan);
  scan.text = text;
  scan.generation++;
  if (!scanPlain(index, scan)) scanText(index, scan);
  return scan;
}

/** Whether the index holds `text`'s scan. */
const isScanned = (index: Index, text: string): boolean =>
  index.recent.text === text || index.scans[slotOf(text)]?.text === text;

function addHit(scan: TextScan, start: number, found: AnchorEntry | AnchorEntry[], mask: number): void {
  scan.positions[scan.count] = start;
  scan.entries[scan.count] = found;
  scan.masks[scan.count] = mask;
  scan.count++;
  scan.mask |= mask;
}

/**
 * {@link scanText} for text without surrogates — nearly all text: fills `scan`, or gives false on meeting one.
 * Its loops call nothing (the astral case needs a regular expression), which V8 runs about twice as fast.
 */
function scanPlain(index: Index, scan: TextScan): boolean {
  const { kinds, prefixLengths, maxAnchor, maxExact, prefixFirst } = index;
  const text = scan.text;
  scan.count = 0;
  scan.mask = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let kind = kinds[text.charCodeAt(i)] as number;
    if (kind === 0) {
      i++;
      continue;
    }
    if (kind < 0) {
      if (kind === HIGH_HALF) return false;
      i++;
      while (i < n) {
        const k = kinds[text.charCodeAt(i)] as number;
        if (k === 0) break;
        if (k === HIGH_HALF) return false;
        i++;
      }
      continue;
    }
    // A word starts at i (what came before is not a letter or digit): hash the classes of its first
    // characters, look the word and its prefixes up among the phrases' first words.
    const start = i;
    let hash = HASH_SEED;
    let length = 0;
    let found: AnchorEntry | AnchorEntry[] | undefined;
    let mask = 0;
    const checkPrefix = prefixFirst[kind] === 1;
    for (;;) {
      hash = hashStep(hash, kind);
      length++;
      i++;
      if (checkPrefix && prefixLengths[length] === 1) {
        const candidates = index.prefix.get(hash);
        if (candidates !== undefined) {
          for (const entry of candidates) {
            if (entry.anchor.length === length && sameAnchor(kinds, entry.anchor, text, start)) {
              found = found === undefined ? entry : [...(Array.isArray(found) ? found : [found]), entry];
              mask |= entry.mask;
            }
          }
        }
      }
      if (length >= maxAnchor || i >= n) break;
      kind = kinds[text.charCodeAt(i)] as number;
      if (kind <= 0) break;
    }
    const hashed = i;
    while (i < n) {
      const k = kinds[text.charCodeAt(i)] as number;
      if (k === 0) break;
      if (k === HIGH_HALF) return false;
      i++;
    }
    // The whole word must be a first word: a space, punctuation or the phrase's end follows it.
    if (i === hashed && length <= maxExact) {
      const candidates = index.exact.get(hash);
      if (candidates !== undefined) {
        for (const entry of candidates) {
          if (entry.anchor.length === length && sameAnchor(kinds, entry.anchor, text, start)) {
            found = found === undefined ? entry : [...(Array.isArray(found) ? found : [found]), entry];
            mask |= entry.mask;
          }
        }
      }
    }
    if (found !== undefined) addHit(scan, start, found, mask);
  }
  return true;
}

/** Fills `scan` with the words of its text that are some phrase's first word, astral characters and all. */
function scanText(index: Index, scan: TextScan): void {
  const { kinds, prefixLengths, maxAnchor, maxExact } = index;
  const text = scan.text;
  scan.count = 0;
  scan.mask = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let kind = kinds[text.charCodeAt(i)] as number;
    if (kind === 0) {
      i++;
      continue;
    }
    if (kind < 0) {
      // A word that starts with a letter no phrase has (or an astral one) is no phrase's first word.
      if (kind === HIGH_HALF && astralWordWidth(text, i) === 0) i++;
      else i = skipWord(kinds, text, i);
      continue;
    }
    // A word starts at i (what came before is not a letter or digit): hash the classes of its first
    // characters, look the word and its prefixes up among the phrases' first words.
    const start = i;
    let hash = HASH_SEED;
    let length = 0;
    let found: AnchorEntry | AnchorEntry[] | undefined;
    let mask = 0;
    for (;;) {
      hash = hashStep(hash, kind);
      length++;
      i++;
      if (prefixLengths[length] === 1) {
        const candidates = index.prefix.get(hash);
        if (candidates !== undefined) {
          for (const entry of candidates) {
            if (entry.anchor.length === length && sameAnchor(kinds, entry.anchor, text, start)) {
              found = found === undefined ? entry : [...(Array.isArray(found) ? found : [found]), entry];
              mask |= entry.mask;
            }
          }
        }
      }
      if (length >= maxAnchor || i >= n) break;
      kind = kinds[text.charCodeAt(i)] as number;
      if (kind <= 0) break;
    }
    const hashed = i;
    i = skipWord(kinds, text, i);
    // The whole word must be a first word: a space, punctuation or the phrase's end follows it.
    if (i === hashed && length <= maxExact) {
      const candidates = index.exact.get(hash);
      if (candidates !== undefined) {
        for (const entry of candidates) {
          if (entry.anchor.length === length && sameAnchor(kinds, entry.anchor, text, start)) {
            found = found === undefined ? entry : [...(Array.isArray(found) ? found : [found]), entry];
            mask |= entry.mask;
          }
        }
      }
    }
    if (found !== undefined) addHit(scan, start, found, mask);
  }
}

/** Past the letters and digits from `from` on. */
function skipWord(kinds: Int16Array, text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const kind = kinds[text.charCodeAt(i)] as number;
    if (kind === 0) break;
    if (kind === HIGH_HALF) {
      if (astralWordWidth(text, i) === 0) break;
      i += 2;
    } else i++;
  }
  return i;
}

function sameAnchor(kinds: Int16Array, anchor: Int32Array, text: string, start: number): boolean {
  for (let k = 0; k < anchor.length; k++) if (kinds[text.charCodeAt(start + k)] !== anchor[k]) return false;
  return true;
}

/** Where the alternative's elements `k…` match from `at` on, then a non-word, or -1 (backtracking like the regex). */
function matchFrom(index: Index, elements: Int32Array, k: number, at: number, text: string): number {
  const { ids, spaceChars } = index;
  let pos = at;
  for (let e = k; e < elements.length; e++) {
    const element = elements[e] as number;
    if (element > 0) {
      if (pos >= text.length || ids[text.charCodeAt(pos)] !== element) return -1;
      pos++;
    } else if (element === WS) {
      let run = 0;
      while (pos + run < text.length && spaceChars[text.charCodeAt(pos + run)] === 1) run++;
      for (let j = run; j >= 1; j--) {
        const end = matchFrom(index, elements, e + 1, pos + j, text);
        if (end >= 0) return end;
      }
      return -1;
    } else {
      const code = pos < text.length ? text.charCodeAt(pos) : -1;
      if (code === HYPHEN || code === UNICODE_HYPHEN) {
        const end = matchFrom(index, elements, e + 1, pos + 1, text);
        if (end >= 0) return end;
      }
    }
  }
  return isWordAt(text, pos, index.wordChars) ? -1 : pos;
}

/** Where the first of `list`'s alternatives starting with `found`'s first words matches at `start`, or -1. */
function firstMatchAt(index: Index, found: AnchorEntry | AnchorEntry[], list: number, start: number, text: string): number {
  if (!Array.isArray(found)) {
    for (const alternative of found.byList[list] ?? NO_ALTERNATIVES) {
      const end = matchFrom(index, alternative.elements, alternative.anchored, start + alternative.anchored, text);
      if (end >= 0) return end;
    }
    return -1;
  }
  // Several first words start here ("e" of "e-mail" and "email"): their alternatives are tried in alternation
  // order, each entry's list already in rank order, without building a merged and sorted copy per call.
  for (let after = -1; ; ) {
    let next: Alternative | undefined;
    for (const entry of found) {
      for (const alternative of entry.byList[list] ?? NO_ALTERNATIVES) {
        if (alternative.rank <= after) continue;
        if (next === undefined || alternative.rank < next.rank) next = alternative;
        break;
      }
    }
    if (next === undefined) return -1;
    const end = matchFrom(index, next.elements, next.anchored, start + next.anchored, text);
    if (end >= 0) return end;
    after = next.rank;
  }
}

function scannerFor(index: Index, list: number, phrases: readonly string[]): PhraseScanner {
  const bit = listBit(list);
  // Why built at first use: only long lines need it, and a short text's first clean() never did.
  let precheck: RegExp | undefined;
  // Why a memo: `count`, `test`, `find` and `strip` each start with the first match, and the detectors ask
  // them in turn about the same line. It holds the first match in the last scan asked about, which is
  // immutable, so it never changes a result.
  let firstScan: TextScan | undefined;
  let firstGeneration = -1;
  let firstStart = -1;
  let firstEnd = 0;
  const scanner: { -readonly [K in keyof PhraseScanner]: PhraseScanner[K] } = {
    end: 0,
    first(text) {
      if (text.length >= PRECHECK_MIN_LENGTH && !isScanned(index, text)) {
        precheck ??= literalPrecheck(phrases);
        if (!precheck.test(text)) return -1;
      }
      const scan = scanOf(index, text);
      if ((scan.mask & bit) === 0) return -1;
      if (scan !== firstScan || scan.generation !== firstGeneration) {
        firstStart = matchAfter(scan, 0);
        firstEnd = scanner.end;
        firstScan = scan;
        firstGeneration = scan.generation;
      }
      scanner.end = firstEnd;
      return firstStart;
    },
    next(text, from) {
      const scan = scanOf(index, text);
      return (scan.mask & bit) === 0 ? -1 : matchAfter(scan, from);
    },
  };
  /** Where the first match at or after `from` starts, or -1; sets `scanner.end` when there is one. */
  function matchAfter(scan: TextScan, from: number): number {
    const { text, positions, entries, masks, count } = scan;
    // Binary search the first candidate at or after `from`.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((positions[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let c = lo; c < count; c++) {
      if (((masks[c] as number) & bit) === 0) continue;
      const start = positions[c] as number;
      // The position is a word start by construction; the lookbehind needs nothing more.
      const end = firstMatchAt(index, entries[c] as AnchorEntry | AnchorEntry[], list, start, text);
      if (end >= 0) {
        scanner.end = end;
        return start;
      }
    }
    return -1;
  }
  return scanner;
}
