import { lowerCase } from '../lang/dotted-i.js';
import { letterDigitCodes, lowerCodes, markMatches, runsOf, SENTENCE_MARKS, spaceCodes } from './char-tables.js';
import { SCRIPTS, type Script, scriptIds, UNSPACED_IDS } from './script.js';
import { HASH_SEED, hashStep, TokenPool } from './token-pool.js';

/** What one pass over a line finds: its word tokens and the shape of its letters. */
export interface LineScan {
  /** Lower-cased word tokens: /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*\/gu on the line lower-cased by {@link lowerCase}. */
  tokens: string[];
  /** Sentence marks ({@link SENTENCE_MARKS}) followed by whitespace or the end, and Chinese and Japanese ones, counted. */
  sentenceMarks: number;
  letters: number;
  upper: number;
  cased: number;
  unspacedLetters: number;
  /** The script most letters are in; ties go to the script seen first. */
  script: Script;
}

/**
 * What each BMP code unit is, packed in one table so the pass looks each character up once. Why enums: the bundler
 * writes their members into the code as numbers, where a module's constants become variables of the bundle, which the
 * compiled line scan loaded and checked at each use, for every character.
 */
enum Info {
  /** Bits 0–1: the unit's {@link Kind} in a token once lower-cased. */
  KindMask = 3,
  /** Bits 2–5: the index of its script in {@link SCRIPTS}. */
  ScriptShift = 2,
  ScriptMask = 15,
  /** A cased letter (Latin, Cyrillic or Greek) and an upper-case one. */
  CasedShift = 6,
  UpperShift = 7,
  SentenceMark = 1 << 8,
  /** `\s` of a unicode regular expression. */
  Space = 1 << 9,
  /** A letter of some script (not `none`). */
  LetterShift = 10,
  /** A letter of another script than Latin. */
  OtherScript = 1 << 11,
  /** Set in every entry filled in: an entry without it is of a block not filled yet ({@link fillInfo}). */
  Filled = 1 << 12,
  /** A full stop, exclamation or question mark of Chinese or Japanese ({@link isIdeographicMark}). */
  IdeographicMark = 1 << 13,
  /** Bits 16–31: the unit's lower case by {@link lowerCodes}, so a token's character is one look-up. */
  LowerShift = 16,
}

/** A code unit's part in a word token, in {@link Info.KindMask}. */
enum Kind {
  Outside = 0,
  /** A letter or digit: starts or continues a token. */
  Starts = 1,
  /** A mark, apostrophe, underscore or hyphen: only continues a token. */
  Continues = 2,
  /** İ, Σ and surrogates, whose lower case needs more than the unit itself (two units, the next letter, the pair). */
  NeedsContext = 3,
}

const LATIN = SCRIPTS.indexOf('latin');
const CYRILLIC = SCRIPTS.indexOf('cyrillic');
const GREEK = SCRIPTS.indexOf('greek');

/** Code units filled in at a time: a text in one script asks for a block or two, not the whole BMP. */
const INFO_BLOCK = 256;
/**
 * `[\p{L}\p{N}\p{M}'’_-]`, what may continue a word token, as runs for {@link markMatches}; made at first use, as
 * making it at import cost some 5 M instructions (valgrind).
 */
let tokenPartRuns: RegExp | undefined;
// The packed classes of the BMP code units, filled in by block at first use; 0 where not filled yet.
const infoTable = new Int32Array(0x10000);
const SENTENCE_MARK_CODES = new Set([...SENTENCE_MARKS].map((mark) => mark.charCodeAt(0)));

/**
 * The packed classes of BMP code unit `code`, read from the tables of the expressions they stand for; fills in the
 * entries of its whole block. Why by block: filled over the whole BMP at once, with the token class's own table,
 * these were some 15 % of a first clean() of a short English text (valgrind, instructions above import).
 */
function fillInfo(code: number): number {
  const starts = letterDigitCodes();
  const lower = lowerCodes();
  const scripts = scriptIds();
  const spaces = spaceCodes();
  const first = code - (code % INFO_BLOCK);
  const end = first + INFO_BLOCK;
  // Whether the lower case of each unit of the block continues a token; surrogates never do.
  const parts = new Uint8Array(INFO_BLOCK);
  if (first < 0xd800 || first > 0xdfff) {
    const lowered: number[] = [];
    for (let c = first; c < end; c++) lowered.push(lower[c] as number);
    tokenPartRuns ??= runsOf(/[\p{L}\p{N}\p{M}'’_-]/u);
    markMatches(tokenPartRuns, String.fromCharCode(...lowered), parts);
  }
  for (let c = first; c < end; c++) {
    const l = lower[c] as number;
    let info = starts[l] === 1 ? Kind.Starts : parts[c - first] === 1 ? Kind.Continues : Kind.Outside;
    const script = scripts[c] as number;
    info |= script << Info.ScriptShift;
    if (script !== 0) info |= 1 << Info.LetterShift;
    if (script !== 0 && script !== LATIN) info |= Info.OtherScript;
    if (script === LATIN || script === CYRILLIC || script === GREEK) {
      const ch = String.fromCharCode(c);
      const lowerCase = ch.toLowerCase();
      if (lowerCase !== ch.toUpperCase())
        info |= (1 << Info.CasedShift) | (ch !== lowerCase ? 1 << Info.UpperShift : 0);
    }
    if (spaces[c] === 1) info |= Info.Space;
    if (SENTENCE_MARK_CODES.has(c)) info |= Info.SentenceMark;
    if (isIdeographicMark(c)) info |= Info.IdeographicMark;
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x130 || c === 0x3a3) info |= Kind.NeedsContext;
    infoTable[c] = info | Info.Filled | (l << Info.LowerShift);
  }
  return infoTable[code] as number;
}

/** {@link fillInfo} of `code`, from the table once its block is filled in. */
function infoOf(code: number): number {
  const info = infoTable[code] as number;
  return info === 0 ? fillInfo(code) : info;
}

// Scratch of segment(): emptied when a document starts and ends, so no document's tokens outlive its call.
const pool = new TokenPool();

/**
 * Starts or ends a document: forgets the tokens interned so far, and starts a new scratch array of tokens. Why a new
 * one: a scratch kept from document to document is in V8's old generation, and each token stored in it went through
 * the write barrier's slow path, which records the slot for the next scavenge; one made for the document is young.
 */
export function forgetTokens(): void {
  pool.clear();
  found = emptyScratch();
}

// Scratch letter counts per script of one scan, all zero between scans; nothing escapes a call.
const counts = new Int32Array(SCRIPTS.length);
// Why one result filled in place: the caller reads it at once, and a fresh object per line was garbage.
const result: LineScan = {
  tokens: [],
  sentenceMarks: 0,
  letters: 0,
  upper: 0,
  cased: 0,
  unspacedLetters: 0,
  script: 'none',
};

/**
 * Tokens and letter shape of `text.slice(from, to)` in one pass over its characters, lower-casing by table so the
 * line is not copied. A line with İ, Σ or an astral character, whose lower case the table cannot give, is
 * lower-cased whole for its tokens, "İ" as "i" ({@link lowerCase}). The result is shared: read it before the next call.
 */
export function scanLine(text: string, from: number, to: number): LineScan {
  if (scanFilled(text, from, to, true) === Scanned.NeedsContext) {
    scanFilled(text, from, to, false);
    result.tokens = tokenizeLowered(lowerCase(text.slice(from, to)));
  }
  return result;
}

/** What {@link scan} did, where it returns no code unit to fill in first. */
enum Scanned {
  Done = -1,
  /** With tokens asked for, a unit needs context to lower-case; the result is partial. */
  NeedsContext = -2,
}

/**
 * {@link scan}, filling in the blocks of the units it stops at and scanning again. Why not filled inside the pass:
 * a call in the loop made the compiled code reload the table and keep its sums in memory at every character.
 */
function scanFilled(text: string, from: number, to: number, withTokens: boolean): Scanned {
  for (;;) {
    const code = scan(text, from, to, withTokens);
    if (code < 0) return code;
    fillInfo(code);
  }
}

/**
 * True for the full stop, exclamation and question marks of Chinese and Japanese, which the next sentence follows
 * without a space. Why: readability test page qq: a last paragraph of two sentences and the editor's credit
 * ("…突破。DeepMind已将其研究结果发表在…上。（编译/林靖东）") counted no sentence mark, scored as a menu's line, and
 * fell out of the body.
 */
function isIdeographicMark(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61;
}

/**
 * One pass: {@link Scanned.Done}, {@link Scanned.NeedsContext} when `withTokens` and a unit needs context to
 * lower-case, or a code unit whose block is not filled in yet (the pass stopped there).
 */
function scan(text: string, from: number, to: number, withTokens: boolean): number {
  const table = infoTable;
  const tokens = found;
  let count = 0;
  // Letters, cased and upper-case letters are summed from their bits without a branch, as int32s (no line is 2^31
  // long), which needs no overflow check. The units' bits are or-ed into `seen`: letters of other scripts than Latin
  // are counted per script in a second pass over the few lines that hold some, so the loop calls nothing.
  let seen = 0;
  let letters = 0;
  let upper = 0;
  let cased = 0;
  let sentenceMarks = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const info = table[c] as number;
    if (info === 0) return c;
    letters = (letters + ((info >> Info.LetterShift) & 1)) | 0;
    cased = (cased + ((info >> Info.CasedShift) & 1)) | 0;
    upper = (upper + ((info >> Info.UpperShift) & 1)) | 0;
    seen |= info;
    i++;
    const kind = info & Info.KindMask;
    if (kind !== Kind.Starts) {
      if (kind === Kind.NeedsContext && withTokens) return Scanned.NeedsContext;
      if ((info & Info.SentenceMark) !== 0) {
        const next = i === to ? Info.Space : (table[text.charCodeAt(i)] as number);
        if (next === 0) return text.charCodeAt(i);
        // Why both bits at once: a call or an operation first run after the pass was compiled threw the compiled code
        // away (--trace-deopt: the first mark followed by no space, after a page or two).
        if (((next & Info.Space) | (info & Info.IdeographicMark)) !== 0) sentenceMarks++;
      }
      continue;
    }
    // A token: its letters, digits, marks and joiners up to the first unit outside one.
    const start = i - 1;
    const first = info >>> Info.LowerShift;
    // Non-zero where lower-casing changed a unit: or-ed without a branch.
    let changed = first ^ c;
    let hash = hashStep(HASH_SEED, first);
    while (i < to) {
      const u = text.charCodeAt(i);
      const unit = table[u] as number;
      const k = unit & Info.KindMask;
      if (k === Kind.Outside || k === Kind.NeedsContext) {
        // Why here: an entry not filled in yet reads as outside a token, so only a token's end need look.
        if (unit === 0) return u;
        break;
      }
      letters = (letters + ((unit >> Info.LetterShift) & 1)) | 0;
      cased = (cased + ((unit >> Info.CasedShift) & 1)) | 0;
      upper = (upper + ((unit >> Info.UpperShift) & 1)) | 0;
      seen |= unit;
      const l = unit >>> Info.LowerShift;
      changed |= l ^ u;
      hash = hashStep(hash, l);
      i++;
    }
    if (withTokens) tokens[count++] = pool.intern(text, start, i, hash, changed !== 0);
  }
  if (withTokens) {
    result.tokens = tokens.slice(0, count);
    if (tokens.length > MAX_KEPT_TOKENS) found = emptyScratch();
  }
  result.sentenceMarks = sentenceMarks;
  result.letters = letters;
  result.upper = upper;
  result.cased = cased;
  result.unspacedLetters = 0;
  result.script = letters === 0 ? 'none' : 'latin';
  if ((seen & Info.OtherScript) !== 0) mixedScripts(text, from, to, letters);
  return Scanned.Done;
}

/**
 * Fills in unspaced letters and the script of a line with letters of other scripts than Latin, all of whose units'
 * blocks are filled in; empties counts.
 */
function mixedScripts(text: string, from: number, to: number, letters: number): void {
  for (let i = from; i < to; i++) {
    const info = infoTable[text.charCodeAt(i)] as number;
    if ((info & Info.OtherScript) === 0) continue;
    const script = (info >> Info.ScriptShift) & Info.ScriptMask;
    counts[script] = (counts[script] as number) + 1;
  }
  let others = 0;
  let unspacedLetters = 0;
  for (let s = 0; s < counts.length; s++) {
    others += counts[s] as number;
    if (UNSPACED_IDS[s]) unspacedLetters += counts[s] as number;
  }
  counts[LATIN] = letters - others;
  result.unspacedLetters = unspacedLetters;
  result.script = SCRIPTS[dominantScript(text, from, to)] as Script;
  counts.fill(0);
}

/** The script with the most letters in {@link counts}; of tied ones, the one whose first letter comes first. */
function dominantScript(text: string, from: number, to: number): number {
  let best = 0;
  let tied = 0;
  for (let s = 1; s < counts.length; s++) {
    const n = counts[s] as number;
    if (n === 0 || n < (counts[best] as number)) continue;
    tied = n === counts[best] ? tied + 1 : 1;
    best = s;
  }
  if (tied < 2) return best;
  for (let i = from; i < to; i++) {
    const s = (infoOf(text.charCodeAt(i)) >> Info.ScriptShift) & Info.ScriptMask;
    if (s !== 0 && counts[s] === counts[best]) return s;
  }
  return best;
}

// Why a scratch array copied out at the exact count: pushing the tokens of one huge line (a hard-wrapped
// page joined into one, 200k tokens) into a fresh array cost 3× a copy from one kept through the document (scaling
// test).
let found: string[] = emptyScratch();
/** Past this many (2 MB of references), the scratch is dropped after use rather than kept for the next call. */
const MAX_KEPT_TOKENS = 1 << 18;

/**
 * An empty scratch of tokens, of the elements kind an array of strings has. Why not `[]`: a fresh `[]` holds small
 * integers, so storing the first token of each document into its new scratch changed the array's map, and the compiled
 * line scan, which had only seen the scratch of earlier documents, was thrown away and compiled again (--trace-deopt).
 */
function emptyScratch(): string[] {
  const scratch = [''];
  scratch.pop();
  return scratch;
}

// The token expression's classes for the astral characters the tables do not cover.
const ASTRAL_TOKEN_START = /[\p{L}\p{N}]/uy;
const ASTRAL_TOKEN_PART = /[\p{L}\p{N}\p{M}'’_-]/uy;

/** The tokens of already lower-cased `text`, astral characters included. */
function tokenizeLowered(text: string): string[] {
  const tokens = found;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = text.charCodeAt(i);
    const kind = infoOf(code) & Info.KindMask;
    if (kind !== Kind.NeedsContext) {
      i++;
      if (kind !== Kind.Starts) continue;
    } else {
      const width = codePointWidth(text, i);
      const starting = width === 2 && astralIs(ASTRAL_TOKEN_START, text, i);
      i += width;
      if (!starting) continue;
    }
    let hash = hashStep(HASH_SEED, code);
    if (i - start === 2) hash = hashStep(hash, text.charCodeAt(start + 1));
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = infoOf(c) & Info.KindMask;
      if (k !== Kind.NeedsContext) {
        if (k === Kind.Outside) break;
        hash = hashStep(hash, c);
        i++;
      } else {
        if (!(codePointWidth(text, i) === 2 && astralIs(ASTRAL_TOKEN_PART, text, i))) break;
        hash = hashStep(hashStep(hash, c), text.charCodeAt(i + 1));
        i += 2;
      }
    }
    tokens[count++] = pool.intern(text, start, i, hash, false);
  }
  const tokensOut = tokens.slice(0, count);
  if (tokens.length > MAX_KEPT_TOKENS) found = emptyScratch();
  return tokensOut;
}

/** 2 at the high half of a surrogate pair, else 1. */
function codePointWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function astralIs(pattern: RegExp, text: string, i: number): boolean {
  pattern.lastIndex = i;
  return pattern.test(text);
}
