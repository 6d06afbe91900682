/**
 * The characters of an input that its article neither shows nor accounts for in `removed`: the character-level form
 * of the contract "every input character is kept or accounted for". Free of the test runner, so a script over a
 * dataset can use it too.
 */
import { BUILTIN_PACKS, normalize, segment } from '../src/index.js';
import { compilePhrases, type PhraseMatcher } from '../src/lang/matcher.js';
import type { PhrasePack } from '../src/lang/types.js';
import { isMarkup } from '../src/structure/affixes.js';
import type { Article, Removal } from '../src/types.js';
import { articleStrings } from './helpers.js';

/** A line of the normalized input with characters that are neither shown nor inside a removed span. */
export interface UnaccountedLine {
  /** The line's 1-based number among the input's non-blank lines. */
  readonly line: number;
  /** The line as written, trimmed. */
  readonly rawText: string;
  /** Its characters that are unaccounted for, in order; a gap between two runs of them is written ` … `. */
  readonly residue: string;
}

/**
 * Letter case folded one character for one character, so a folded string's offsets are the original's (a shouted
 * heading is shown in sentence case, an upper-cased title as written).
 */
function foldCase(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

const union = (pick: (pack: PhrasePack) => readonly string[]): string[] => [
  ...new Set(BUILTIN_PACKS.flatMap((pack) => pick(pack).map((phrase) => phrase.toLowerCase()))),
];
const BYLINE_LABELS = compilePhrases(union((pack) => pack.bylinePrefixes));
const CREDIT_LABELS = compilePhrases(
  union((pack) => [...pack.creditLabels, ...pack.imageCreditLabels, ...pack.creditBylines]),
);

/** Whether input offset `offset` is inside one of `removed`, which are in input order and do not overlap. */
function isRemoved(removed: readonly Removal[], offset: number): boolean {
  let lo = 0;
  let hi = removed.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = removed[mid] as Removal;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Every line of `source`'s normalized input with non-space characters that `article` neither shows (as its title,
 * highlights, byline, date, a block, a list item, a caption or credit, a table cell, an end note; letter case aside)
 * nor covers with a removed span (whose offsets are in the original input).
 */
export function unaccountedCharacters(source: string, article: Article): UnaccountedLine[] {
  const { text, origin } = normalize(source);
  const shown = articleStrings(article)
    .map((s) => foldCase(s.replace(/\s+/g, ' ').trim()))
    .filter((s) => s !== '');
  const shownSet = new Set(shown);
  const credits = article.blocks.flatMap((block) =>
    block.type === 'figure' && block.credit !== null ? [foldCase(block.credit)] : [],
  );
  const out: UnaccountedLine[] = [];
  for (const line of segment(text)) {
    // The line's non-space characters, where each stands, and the line with its spaces folded to one (a hard-wrapped
    // paragraph's line ends too); `charAt[i]` is the character of `folded[i]` among `positions`, -1 for a space.
    const positions: number[] = [];
    for (let i = line.start; i < line.end; i++) if (!/\s/u.test(text.charAt(i))) positions.push(i);
    let folded = '';
    const charAt: number[] = [];
    positions.forEach((p, c) => {
      if (c > 0 && p > (positions[c - 1] as number) + 1) {
        folded += ' ';
        charAt.push(-1);
      }
      folded += text.charAt(p);
      charAt.push(c);
    });
    const loose = positions.map((p) => !isRemoved(article.removed, origin[p] ?? -1));
    if (!loose.includes(true)) continue;
    const key = foldCase(folded);
    if (shownSet.has(key) || shown.some((s) => s.includes(key))) continue;
    const seen = new Array<boolean>(positions.length).fill(false);
    // A list item's bullet or number, a quote's `>`, a heading's `#`s: markup that the blocks show by their type.
    const mark = line.rawText.length - line.text.length;
    for (let i = 0; i < mark; i++) {
      const c = charAt[i] ?? -1;
      if (c >= 0) seen[c] = true;
    }
    for (const s of shown) {
      for (let from = key.indexOf(s); from >= 0; from = key.indexOf(s, from + 1)) {
        // A string of a letter or two shows no part of a word it stands in ("e" in "Credit"); a longer one may be
        // glued to its label ("ByKathryn Giuffrida").
        if (s.length < 3 && (isWordChar(key[from - 1]) || isWordChar(key[from + s.length]))) continue;
        for (let i = from; i < from + s.length; i++) {
          const c = charAt[i] ?? -1;
          if (c >= 0) seen[c] = true;
        }
      }
    }
    // Labels the article's fields stand for: "By" before the byline, "Credit:" before a photo credit.
    const labels: PhraseMatcher[] = [];
    if (article.byline !== null && key.includes(foldCase(article.byline))) labels.push(BYLINE_LABELS);
    if (credits.some((credit) => key.includes(credit))) labels.push(CREDIT_LABELS);
    // The loose, unshown characters in pieces that are neither labels nor marks between fields; a space where the
    // input has one between two of them, ` … ` between two pieces.
    const pieces: string[] = [];
    let piece = '';
    positions.forEach((p, c) => {
      if (loose[c] && !seen[c]) {
        piece += (piece !== '' && p > (positions[c - 1] as number) + 1 ? ' ' : '') + text.charAt(p);
        if (c + 1 < positions.length) return;
      }
      if (piece !== '' && !isMarkup(piece, labels)) pieces.push(piece);
      piece = '';
    });
    const residue = pieces.join(' … ');
    if (residue !== '') out.push({ line: line.index + 1, rawText: line.rawText, residue });
  }
  return out;
}
