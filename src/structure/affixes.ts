import type { CompiledPack, PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';

/** A span of the normalized text: `[start, end)`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** What the article shows from a line it shows in part, each under the name a removal's reason gives it. */
export interface ShownParts {
  readonly headline: string | null;
  readonly highlights: readonly string[];
  readonly byline: string | null;
  readonly date: string | null;
}

/** A piece of a line that the article does not show: its span, and why it is removed. */
export interface Affix extends TextSpan {
  /** The parts the article shows from the line, e.g. `"beside the byline and date shown from the line"`. */
  readonly reason: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The pieces of `line` that the article shows no part of, where it shows some of the line: the site's name or a
 * section's label beside the headline ("| Opinion", "Introduction:"), a date's label and hour beside the date
 * ("Updated", "9:55 pm UTC"), a reading time beside the byline. Left out, as markup the article's structure stands
 * for: the line's list, quote or heading mark, pieces without a letter or digit (the bars and bullets between fields),
 * a byline's label before the name ("By", "Written by"; `byline` is the name without it) and a photo credit's label
 * ("Credit:", "Photo by"; `credit` is the credit without it). Parts are found in the line case-insensitively.
 * @example lineAffixes(text, line, { headline: 'Tax rules change', highlights: [], byline: null, date: null }, en)
 *   // [{ start, end, reason: 'beside the headline shown from the line' }] for "Tax rules change | Opinion"'s "| Opinion"
 */
export function lineAffixes(text: string, line: Line, parts: ShownParts, lang: CompiledPack): Affix[] {
  const { folded, at } = foldSpan(text, line.start, line.end);
  const shown = new Uint8Array(folded.length);
  shown.fill(1, 0, markLength(line));
  const beside: string[] = [];
  const mark = (name: string, part: string | null | undefined): void => {
    if (!part) return;
    const key = part.toLowerCase().replace(/\s+/g, ' ');
    let found = false;
    for (let k = folded.indexOf(key); k >= 0; k = folded.indexOf(key, k + key.length)) {
      shown.fill(1, k, k + key.length);
      found = true;
    }
    if (found && !beside.includes(name)) beside.push(name);
  };
  mark('headline', parts.headline);
  for (const highlight of parts.highlights) mark('highlights', highlight);
  mark('byline', parts.byline);
  mark('date', parts.date);
  mark('caption', line.credit === undefined ? null : line.text);
  mark('credit', line.credit);
  const labels: PhraseMatcher[] = [];
  if (beside.includes('byline')) labels.push(lang.match.bylinePrefixes);
  // Longer labels first: "Image by" before "Image".
  if (beside.includes('credit'))
    labels.push(lang.match.creditBylines, lang.match.imageCreditLabels, lang.match.creditLabels);
  const reason = `beside the ${namesInProse(beside)} shown from the line`;
  const affixes: Affix[] = [];
  for (let k = 0; k < folded.length; ) {
    if (shown[k] === 1) {
      k++;
      continue;
    }
    let end = k;
    while (end < folded.length && shown[end] === 0) end++;
    const run = folded.slice(k, end);
    const piece = run.trim();
    if (piece !== '' && !isMarkup(piece, labels)) {
      const first = k + run.length - run.trimStart().length;
      affixes.push({ start: at[first] as number, end: (at[first + piece.length - 1] as number) + 1, reason });
    }
    k = end;
  }
  return affixes;
}

/** How many code units {@link foldSpan} turns into a string at a time (a call's arguments are limited). */
const FOLD_CHUNK = 4096;

/**
 * The text of `[start, end)` with its runs of spaces folded to one, as a line's raw text is, and lower-cased one code
 * unit for one (a unit whose lower case is longer, İ, stays as it is); `at[k]` is the offset of `folded[k]` in `text`.
 * Why codes, not a string grown a character at a time: each `endsWith` on the grown string flattened it, a copy of the
 * line per character; an ASCII unit is lower-cased without asking the engine.
 */
function foldSpan(text: string, start: number, end: number): { folded: string; at: number[] } {
  const codes: number[] = [];
  const at: number[] = [];
  // True at the start, so that leading spaces are dropped, and after a space, so that a run keeps one.
  let afterSpace = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || code === 0x0a || code === 0x09;
    if (space && afterSpace) continue;
    afterSpace = space;
    codes.push(space ? 0x20 : code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) : lowerUnit(code));
    at.push(i);
  }
  let folded = '';
  for (let k = 0; k < codes.length; k += FOLD_CHUNK) folded += String.fromCharCode(...codes.slice(k, k + FOLD_CHUNK));
  return { folded, at };
}

/** The lower case of one code unit, or the unit itself when its lower case is longer than one unit (İ). */
function lowerUnit(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * The affixes of the lines at `indexes` (in order), which the article shows in part: {@link lineAffixes} of each, in
 * the order of the text.
 */
export function affixesOf(
  text: string,
  lines: readonly Line[],
  indexes: readonly number[],
  parts: ShownParts,
  lang: CompiledPack,
): Affix[] {
  return indexes.flatMap((i) => lineAffixes(text, lines[i] as Line, parts, lang));
}

/** Names as a reader lists them: "byline", "byline and date", "headline, byline and date". */
function namesInProse(names: readonly string[]): string {
  if (names.length < 2) return names[0] ?? 'parts';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** How many characters of `line`'s raw text its list, quote or heading mark and the space after it take. */
function markLength(line: Line): number {
  if (line.listMarker === null && !line.quoted && line.headingLevel === 0) return 0;
  // A caption's text is the caption alone, its credit split off: its mark is what is left of the raw text before it.
  if (line.credit === undefined) return line.rawText.length - line.text.length;
  const at = line.rawText.indexOf(line.text);
  return Math.max(at, 0);
}

/**
 * A piece without a letter or digit, or a label of `labels` with only marks around it ("– Photo Credit:"): markup
 * the article's structure stands for. The contract's character check (test/unaccounted.ts) tolerates the same.
 */
export function isMarkup(piece: string, labels: readonly PhraseMatcher[]): boolean {
  let rest = piece;
  for (const label of labels) rest = label.strip(rest);
  return !LETTER_OR_DIGIT.test(rest);
}
