import he from 'he';
import { DROPPED, LINE_BREAKS, normalizeChar, SPACE_LIKE } from './characters.js';
import { isHtmlElementTag } from './html-elements.js';
import { looksLikeMarkup, TAG_SOURCE } from './markup.js';

/** Normalized text with a map back to the input it came from. */
export interface NormalizedText {
  /** The normalized text: entities decoded, HTML elements' tags dropped from markup, NFC, `\n` line ends, plain spaces. */
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
const SPECIAL_START = new RegExp(`[&<\\r${SPACE_LIKE}${DROPPED}${LINE_BREAKS}\\uD800-\\uDFFF]`, 'g');

/**
 * The first match of SPECIAL at or after `from`, as the global expression's exec would find it, passing over tags
 * that name no HTML element, and every tag unless `dropsTags`: their text stays, and is scanned like any other.
 */
function nextSpecial(input: string, from: number, dropsTags: boolean): RegExpExecArray | null {
  for (let i = from; i < input.length; i++) {
    SPECIAL_START.lastIndex = i;
    if (!SPECIAL_START.test(input)) return null;
    i = SPECIAL_START.lastIndex - 1;
    if (isJoinerInWord(input, i)) continue;
    SPECIAL_AT.lastIndex = i;
    const m = SPECIAL_AT.exec(input);
    // Why: "Box<dyn CodegenBackend>" in a Rust listing (WCXB 0494) and "<PropertyGroup>" in an MSBuild one (2789)
    // are the article's text, not markup a renderer left behind; so is any tag of text that is not markup.
    if (m !== null && (input.charCodeAt(i) !== 0x3c /* < */ || (dropsTags && isHtmlElementTag(m[0])))) return m;
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
 * Normalizes scraped text and keeps, for every output character, where it came from in the input.
 * Decodes HTML entities (with `he`), drops the tags of HTML elements when the input is markup ({@link looksLikeMarkup}),
 * turns CRLF/CR and Unicode separators into `\n`,
 * odd spaces and tabs into spaces, drops zero-width and control characters and the BOM (not a joiner inside a
 * word), replaces lone
 * surrogates with U+FFFD, and composes to NFC.
 * @example normalize('Caf&eacute;\u00A0au lait').text // 'Café au lait'
 */
export function normalize(input: string): NormalizedText {
  const pieces: string[] = [];
  // Output is rarely longer than the input (replacements shrink what they replace); grown when it is.
  let origin: Uint32Array = new Uint32Array(input.length + 1);
  let length = 0;
  let last = 0;
  const dropsTags = input.includes('<') && looksLikeMarkup(input);
  for (let m = nextSpecial(input, 0, dropsTags); m !== null; m = nextSpecial(input, last, dropsTags)) {
    const at = m.index;
    const replacement = replacementFor(m[0]);
    const needed = length + (at - last) + replacement.length + 1;
    if (needed > origin.length) origin = grow(origin, needed);
    if (at > last) {
      pieces.push(input.slice(last, at));
      for (let k = last; k < at; k++) origin[length++] = k;
    }
    pieces.push(replacement);
    for (let k = 0; k < replacement.length; k++) origin[length++] = at;
    last = at + m[0].length;
  }
  if (last < input.length) {
    if (length + (input.length - last) + 1 > origin.length) origin = grow(origin, length + (input.length - last) + 1);
    pieces.push(input.slice(last));
    for (let k = last; k < input.length; k++) origin[length++] = k;
  }
  const joined = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
  const composed = composeNfc(joined, origin);
  const textLength = composed.text.length;
  // A view, not a copy: the map was allocated for the input's length and the text may have come out shorter.
  const result = composed.origin.subarray(0, textLength + 1);
  result[textLength] = input.length;
  return { text: composed.text, origin: result };
}

function grow(array: Uint32Array, needed: number): Uint32Array {
  const grown = new Uint32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
}

// What can compose onto a preceding character: combining marks, Hangul medial and final jamo, and the Kirat Rai
// vowel sign U+16D67 (the only other second half of a composite).
const COMPOSING = '\\p{M}\\u1161-\\u1175\\u11A8-\\u11C2\\u{16D67}';
// The units NFC works within: a character with what composes onto it (group 1); or a run of non-ASCII characters
// that nothing composes onto, which NFC changes only by singleton mappings (U+212B ANGSTROM SIGN → U+00C5).
// Only used on text that is not NFC already, which scraped text rarely is.
const NFC_UNIT = new RegExp(`([^\\p{M}][${COMPOSING}]+|^[${COMPOSING}]+)|(?:[^\\x00-\\x7F](?![${COMPOSING}]))+`, 'gu');

/**
 * NFC per unit, so each composed character maps to the input offset of its base. `origin` holds at least
 * `text.length + 1` entries; the returned map too (its entry past the text is set by the caller).
 */
function composeNfc(text: string, origin: Uint32Array): { text: string; origin: Uint32Array } {
  if (text.normalize('NFC') === text) return { text, origin };
  const pieces: string[] = [];
  let map: Uint32Array = new Uint32Array(text.length + 1);
  let length = 0;
  let last = 0;
  NFC_UNIT.lastIndex = 0;
  for (let m = NFC_UNIT.exec(text); m !== null; m = NFC_UNIT.exec(text)) {
    if (m[0].normalize('NFC') === m[0]) continue;
    // A changed run of single characters is composed one character at a time, so each keeps its own offset.
    let at = m.index;
    for (const unit of m[1] === undefined ? [...m[0]] : [m[0]]) {
      const composed = unit.normalize('NFC');
      if (composed !== unit) {
        const needed = length + (at - last) + composed.length + 1;
        if (needed > map.length) map = grow(map, needed);
        pieces.push(text.slice(last, at));
        for (let k = last; k < at; k++) map[length++] = origin[k] ?? 0;
        pieces.push(composed);
        for (let k = 0; k < composed.length; k++) map[length++] = origin[at + Math.min(k, unit.length - 1)] ?? 0;
        last = at + unit.length;
      }
      at += unit.length;
    }
  }
  if (last < text.length) {
    if (length + (text.length - last) + 1 > map.length) map = grow(map, length + (text.length - last) + 1);
    pieces.push(text.slice(last));
    for (let k = last; k < text.length; k++) map[length++] = origin[k] ?? 0;
  }
  return { text: pieces.join(''), origin: map };
}
