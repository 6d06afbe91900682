import he from 'he';
import { InvalidInputError, typeName } from '../errors.js';
import { DROPPED, LINE_BREAKS, normalizeChar, SPACE_LIKE } from './characters.js';
import { isHtmlElementTag } from './html-elements.js';
import { type MappedText, MappedTextBuilder } from './mapped-text.js';
import { looksLikeMarkup, TAG_SOURCE } from './markup.js';
import { MOJIBAKE_START_SOURCE, repairMojibake } from './mojibake.js';
import { OffsetMap } from './offset-map.js';

/** Normalized text with a map back to the input it came from. */
export interface NormalizedText {
  /**
   * The normalized text: mojibake repaired, entities decoded, HTML elements' tags dropped from markup, NFC, `\n` line
   * ends, plain spaces.
   */
  readonly text: string;
  /**
   * `origin[i]` is the input offset of `text[i]`; `origin[text.length]` is `input.length`.
   * Characters that a replacement produced all map to the start of what they replaced.
   */
  readonly origin: Uint32Array;
}

// Why: the seed and WCXB html-to-text pages carry `&amp;`, `&nbsp;` and stray `<br>`s; innerText pages carry
// NBSP, zero-width joiners and CRLF. One alternation finds all of them in one left-to-right pass.
// Every quantifier is bounded and no two alternatives overlap, so the scan is linear.
const SPECIAL = new RegExp(
  [
    '&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?', // HTML entity
    TAG_SOURCE, // a tag, dropped when it names an HTML element and the input is markup
    '\\r\\n?', // CRLF or CR
    `[${SPACE_LIKE}${DROPPED}${LINE_BREAKS}]`,
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])', // high surrogate without its low half
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]', // low surrogate without its high half
  ].join('|'),
  'g',
);

// SPECIAL's matches are found by trying it (sticky) only where one can start — `&`, `<`, `\r`, the odd spaces,
// dropped characters, line breaks, surrogates. Why a class of one character to find those: the engine's search for
// it is faster than the alternation's own scan, and took a third less time than a loop over a table of them.
const SPECIAL_AT = new RegExp(SPECIAL.source, 'y');
const SPECIAL_START_CLASS = `[&<\\r${SPACE_LIKE}${DROPPED}${LINE_BREAKS}\\uD800-\\uDFFF]`;
const SPECIAL_START = new RegExp(SPECIAL_START_CLASS, 'g');
// SPECIAL_START, or a character where a run of mojibake starts (no character is both). Why one expression: the input
// is scanned for both in one pass; a page holds a run's start once in some 200, and a scan of its own for them cost
// 0.1 % of the instructions of cleaning 200 pages four times.
const SPECIAL_OR_MOJIBAKE_START = new RegExp(`${SPECIAL_START_CLASS}|${MOJIBAKE_START_SOURCE}`, 'g');
const MOJIBAKE_START = new RegExp(MOJIBAKE_START_SOURCE);

/** What {@link nextSpecial} answers, watching for mojibake, when the input holds a character where a run starts. */
const MOJIBAKE = 'mojibake';

/**
 * The first match of SPECIAL at or after `from`, as the global expression's exec would find it, passing over tags
 * that name no HTML element, and every tag unless `dropsTags`: their text stays, and is scanned like any other. With
 * `watchesMojibake`, {@link MOJIBAKE} when a run of mojibake starts at or after `from` before that match or inside it.
 */
function nextSpecial(
  input: string,
  from: number,
  dropsTags: boolean,
  watchesMojibake: boolean,
): RegExpExecArray | typeof MOJIBAKE | null {
  const starts = watchesMojibake ? SPECIAL_OR_MOJIBAKE_START : SPECIAL_START;
  for (let i = from; i < input.length; i++) {
    starts.lastIndex = i;
    if (!starts.test(input)) return null;
    i = starts.lastIndex - 1;
    const code = input.charCodeAt(i);
    // A lead (Â … ô, MOJIBAKE_START_SOURCE's first class), where only SPECIAL_OR_MOJIBAKE_START stops. Why written
    // out: a call of a helper here counted 31 M instructions more (200 pages × 4 rounds).
    if (code >= 0xc2 && code <= 0xf4) return MOJIBAKE;
    if (isJoinerInWord(input, i)) continue;
    SPECIAL_AT.lastIndex = i;
    const m = SPECIAL_AT.exec(input);
    // Why: "Box<dyn CodegenBackend>" in a Rust listing (WCXB 0494) and "<PropertyGroup>" in an MSBuild one (2789)
    // are the article's text, not markup a renderer left behind; so is any tag of text that is not markup.
    if (m === null || (code === 0x3c /* < */ && !(dropsTags && isHtmlElementTag(m[0])))) continue;
    // A dropped tag's text is passed over, so it is looked at for mojibake on its own.
    return watchesMojibake && code === 0x3c && MOJIBAKE_START.test(m[0]) ? MOJIBAKE : m;
  }
  return null;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * True for a zero-width non-joiner or joiner between two letters (or a letter's mark): spelling in Persian
 * ("انرژی\u200Cهای"), Kurdish and the Indic scripts, kept; elsewhere it is filler, dropped like the other zero-width
 * characters ("\u200D" alone on a line, WCXB 4688).
 * why: a Persian news paragraph lost its non-joiners, which joined words into ones the page does not write.
 */
export function isJoinerInWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 0x200c && code !== 0x200d) return false;
  return LETTER_OR_MARK.test(text.charAt(i - 1)) && LETTER_OR_MARK.test(text.charAt(i + 1));
}

// Why: block-level tags mark a line end in the page; inline tags (`<b>`, `<a …>`) only wrap words.
const BLOCK_TAG =
  /^<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|figure|figcaption)\b/i;

function replacementFor(match: string): string {
  const first = match.charCodeAt(0);
  if (first === 0x26 /* & */) {
    const decoded = he.decode(match);
    if (decoded === match) return match;
    let out = '';
    for (const ch of decoded) out += normalizeChar(ch);
    return out;
  }
  if (first === 0x3c /* < */) return BLOCK_TAG.test(match) ? '\n' : '';
  if (first === 0x0d /* \r */) return '\n';
  return normalizeChar(match);
}

/**
 * Normalizes scraped text and keeps, for every output character, where it came from in the input. Repairs UTF-8 read
 * as Latin-1 or windows-1252 ("Investorâ\u0080\u0099s", "â€™") when the text shows it ({@link repairMojibake}), decodes
 * HTML entities (with `he`), drops the tags of HTML elements when the input is markup ({@link looksLikeMarkup}), turns
 * CRLF/CR and Unicode separators into `\n`, odd spaces and tabs into spaces, drops zero-width and control characters
 * and the BOM (not a joiner inside a word), replaces lone surrogates with U+FFFD, and composes to NFC.
 * @example normalize('Caf&eacute;\u00A0au lait').text // 'Café au lait'
 * @throws {InvalidInputError} when `input` is not a string.
 */
export function normalize(input: string): NormalizedText {
  // Why: exported beside clean(), it threw a TypeError from inside (`input.includes is not a function`).
  if (typeof input !== 'string') throw new InvalidInputError(typeName(input), 'normalize() expects a string');
  const { text, offsets } = normalizeMapped(input);
  return { text, origin: offsets.toArray() };
}

/**
 * {@link normalize} with the map back to the input as runs, which take a few entries where an entry a character takes
 * 4 bytes a character.
 * @example normalizeMapped('Caf&eacute; au lait').offsets.at(4) // 11
 */
export function normalizeMapped(input: string): MappedText {
  // Most text holds no character where a run of mojibake starts, and is normalized as it is.
  const plain = normalizeText(input, true);
  if (plain !== undefined) return plain;
  const mapped = normalizeRepaired(input, repairMojibake(input));
  // Why again: normalizing can join a run that the input kept apart (the soft hyphen of "çª\u00AD™" dropped), and
  // repairing what it left keeps normalize idempotent.
  const again = repairMojibake(mapped.text);
  if (again === undefined) return mapped;
  const renormalized = normalizeRepaired(mapped.text, again);
  return { text: renormalized.text, offsets: renormalized.offsets.through(mapped.offsets) };
}

/** `text` normalized, mapped back to itself through `repaired`, its mojibake repaired, when there is any. */
function normalizeRepaired(text: string, repaired: MappedText | undefined): MappedText {
  const normalized = normalizeText(repaired?.text ?? text, false);
  if (repaired === undefined) return normalized;
  return { text: normalized.text, offsets: normalized.offsets.through(repaired.offsets) };
}

/**
 * {@link normalizeMapped} of text without mojibake, or with it repaired: its map is to `input`. `undefined` when
 * `watchesMojibake` and a run of mojibake starts somewhere in `input`, which must then be repaired first.
 */
function normalizeText(input: string, watchesMojibake: false): MappedText;
function normalizeText(input: string, watchesMojibake: boolean): MappedText | undefined;
function normalizeText(input: string, watchesMojibake: boolean): MappedText | undefined {
  const normalized = new MappedTextBuilder(input);
  const dropsTags = input.includes('<') && looksLikeMarkup(input);
  let last = 0;
  for (
    let m = nextSpecial(input, 0, dropsTags, watchesMojibake);
    m !== null;
    m = nextSpecial(input, last, dropsTags, watchesMojibake)
  ) {
    if (m === MOJIBAKE) return undefined;
    last = m.index + m[0].length;
    normalized.replace(m.index, last, replacementFor(m[0]));
  }
  const { text, offsets } = normalized.finish();
  return composeNfc(text, offsets);
}

// What can compose onto a preceding character: combining marks, Hangul medial and final jamo, and the Kirat Rai
// vowel sign U+16D67 (the only other second half of a composite).
const COMPOSING = '\\p{M}\\u1161-\\u1175\\u11A8-\\u11C2\\u{16D67}';
// The units NFC works within: a character with what composes onto it (group 1); or a run of non-ASCII characters
// that nothing composes onto, which NFC changes only by singleton mappings (U+212B ANGSTROM SIGN → U+00C5).
// Only used on text that is not NFC already, which scraped text rarely is.
const NFC_UNIT = new RegExp(`([^\\p{M}][${COMPOSING}]+|^[${COMPOSING}]+)|(?:[^\\x00-\\x7F](?![${COMPOSING}]))+`, 'gu');
const NON_ASCII = /[\u0080-\uFFFF]/g;

/**
 * Where {@link NFC_UNIT}'s next match can start at the earliest from `from`, or -1 when none can: every unit holds a
 * non-ASCII character, at its start or right after its one ASCII base. Why: tried at every position, the expression
 * reads two classes of marks per character; WCXB 0415 innertext (42 k characters, three Kelvin signs) spent 1.9 of its
 * 2.3 ms of normalizing there.
 */
function nextUnitFrom(text: string, from: number): number {
  NON_ASCII.lastIndex = from;
  if (!NON_ASCII.test(text)) return -1;
  return Math.max(from, NON_ASCII.lastIndex - 2);
}

/**
 * NFC per unit, so each composed character maps to the input offset of its base; `offsets` maps `text` to the input,
 * and the result's map does too.
 */
function composeNfc(text: string, offsets: OffsetMap): MappedText {
  if (text.normalize('NFC') === text) return { text, offsets };
  const pieces: string[] = [];
  const composedOffsets = new OffsetMap();
  let last = 0;
  for (let from = nextUnitFrom(text, 0); from >= 0; from = nextUnitFrom(text, NFC_UNIT.lastIndex)) {
    NFC_UNIT.lastIndex = from;
    const m = NFC_UNIT.exec(text);
    if (m === null) break;
    if (m[0].normalize('NFC') === m[0]) continue;
    // A changed run of single characters is composed one character at a time, so each keeps its own offset.
    let at = m.index;
    for (const unit of m[1] === undefined ? [...m[0]] : [m[0]]) {
      const composed = unit.normalize('NFC');
      if (composed !== unit) {
        pieces.push(text.slice(last, at));
        composedOffsets.copyThrough(offsets, last, at);
        pieces.push(composed);
        // The composed characters map to the unit's in order; any past the unit's length to its last one.
        const mapped = Math.min(composed.length, unit.length);
        composedOffsets.copyThrough(offsets, at, at + mapped);
        composedOffsets.repeat(offsets.at(at + unit.length - 1), composed.length - mapped);
        last = at + unit.length;
      }
      at += unit.length;
    }
  }
  if (last < text.length) {
    pieces.push(text.slice(last));
    composedOffsets.copyThrough(offsets, last, text.length);
  }
  composedOffsets.finish(offsets.at(text.length));
  return { text: pieces.join(''), offsets: composedOffsets };
}
