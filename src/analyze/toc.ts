import { labelHits } from '../detectors/phrase-hits.js';
import type { PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { MAX_HEADING_WORDS } from '../structure/heading-shape.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';
import { wordHash, wordKey } from './word-key.js';

/** Fewest entries of a table of contents: two headings named twice may be a recap. */
const MIN_ENTRIES = 3;

/** Most words of a contents list's label ("Table of contents", "Jump to:"). */
const MAX_LABEL_WORDS = 4;
/** Fewest words of such a heading: a word alone over a paragraph names an item (a product, a platform; WCXB 4857). */
const MIN_HEADING_WORDS = 2;

const keyOf = (line: Line): string => wordKey(entryText(line));
/** The number a bulleted entry gives its heading ("* 1. Barnett Ghostwriting"), as the heading's own list marker. */
const NESTED_NUMBER = /^\d{1,3}[.)]\s+/;
/**
 * An entry's text without the number a bullet stands before: the heading it names ("1. BARNETT GHOSTWRITING") reads as
 * a numbered line, whose number is its marker. Why: the contents list kept its entries by the number (WCXB 0252, 4083
 * html-to-text); the article's text writes the bulleted entry as "1. …", and cleaning it again found the list.
 */
const entryText = (line: Line): string =>
  line.listMarker !== null && NESTED_NUMBER.test(line.text) ? line.text.replace(NESTED_NUMBER, '') : line.text;
/**
 * The outline number a contents list writes before an entry and not over its section ("2.1Step 1: Name your LLC"),
 * digits with no period of their own before a letter, and the heading's own number after it, which the heading's
 * list marker is ("2.1 1. Fine Dining Service" over "1. Fine Dining Service"). A numbered entry ("1. Barnett
 * Ghostwriting") has none.
 */
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2})*(?:\s+\d{1,3}[.)])?(?=\s*\p{L})\s*/u;
const isUpperCased = (line: Line): boolean => line.upperRatio === 1 && line.letters > 0;
/**
 * A heading as innerText writes it, in the author's case: a short line, no sentence, over a longer line (WCXB 0195:
 * "How to Meditate" and nine more in the contents list, each again over its section).
 */
const isPlainHeading = (line: Line, next: Line | undefined): boolean =>
  line.letters > 0 &&
  line.words >= MIN_HEADING_WORDS &&
  line.words <= MAX_HEADING_WORDS &&
  !line.endsSentence &&
  line.listMarker === null &&
  next !== undefined &&
  next.words > line.words;

/** The verdict on a contents list's label alone on its line. */
const LABEL_VERDICT: Verdict = { kind: 'nav', reason: "a contents list's label" };

/** True for a line removed as a repeat of an earlier one. */
const isRepeat = (verdict: Verdict | undefined): boolean => verdict?.kind === 'duplicate';

/**
 * Sets a `nav` verdict in `found` for each entry under a contents list's label: the lines right under it, each naming
 * a later line of the body (the same words) after the line the entry before it names, whatever their shape; lines that
 * already have a verdict between them are passed over. Why: innerText writes many headings in no shape a heading alone
 * is known by (a question, a numbered item, one word, a heading over a list or a table), and it writes the contents
 * list and the headings alike; the label tells the list from a recap (WCXB 0252 innertext: "Table of Contents" over
 * "1. Barnett Ghostwriting" and 27 more; 4673: "Supplies", "Directions"; 4253, 0050). A heading named that was removed
 * as a repeat of its entry gets its verdict taken back (undefined in `found`): the entry is the copy to remove (WCXB
 * 4083, 0041 innertext: "2. When is the best time to go to Japan?" in the list and over its section).
 */
function labelledEntries(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  labels: PhraseMatcher,
  found: Map<number, Verdict | undefined>,
): void {
  // Built at the first label, for the lines below it.
  let lineNamedBy: LineNamedBy | undefined;
  // Why from the line over the body: the body search may start the body at the list's first entry, its label left
  // above it (WCXB 0165 innertext: "Contents" over "What Makes a Top Social Media Marketing Agency in the U.S.?").
  for (let i = Math.max(0, extent.start - 1); i <= extent.end; i++) {
    const label = lines[i] as Line;
    if (label.words > MAX_LABEL_WORDS || label.words === 0 || labelHits(label, labels) === 0) continue;
    lineNamedBy ??= namedLines(lines, verdicts, i + 1, extent.end);
    const list = entriesUnder(lines, verdicts, i, extent.end, lineNamedBy);
    if (list.named >= MIN_ENTRIES) {
      const verdict: Verdict = {
        kind: 'nav',
        reason: `table of contents under its label (entries=${list.entries.length})`,
      };
      for (const k of list.entries) found.set(k, verdict);
      for (const j of list.repeats) found.set(j, undefined);
    }
    i = list.last ?? i;
  }
}

/** The first line of the body below `after` with the words of a contents list's entry, or undefined. */
type LineNamedBy = (entry: string, after: number) => number | undefined;

/**
 * The {@link LineNamedBy} of the lines `from` to `end` that have no verdict, or were removed as repeats. It holds their
 * places by the hash of their first word. Why the first word: an entry names a line of its words, so of its first word
 * too, and hashing that word alone spares hashing every paragraph (WCXB 0215 innertext: 1,500 lines under "Table of
 * Contents"); a line's whole text is hashed once an entry's first word is its own ({@link wordHash} memo `hashOf`).
 */
function namedLines(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  from: number,
  end: number,
): LineNamedBy {
  const placesOf = new Map<number, number[]>();
  for (let j = from; j <= end; j++) {
    if (verdicts[j] && !isRepeat(verdicts[j])) continue;
    const hash = wordHash(entryText(lines[j] as Line), 1);
    const places = placesOf.get(hash);
    if (places) places.push(j);
    else placesOf.set(hash, [j]);
  }
  const hashes: number[] = [];
  const hashOf = (j: number): number => {
    let hash = hashes[j];
    if (hash === undefined) {
      hash = wordHash(entryText(lines[j] as Line));
      hashes[j] = hash;
    }
    return hash;
  };
  return (entry, after) => {
    const key = wordKey(entry);
    const hash = wordHash(entry);
    return placesOf
      .get(wordHash(entry, 1))
      ?.find((j) => j > after && hashOf(j) === hash && wordKey(entryText(lines[j] as Line)) === key);
  };
}

/** The entries of a contents list under its label ({@link entriesUnder}). */
interface LabelledList {
  /** The entries' lines. */
  readonly entries: readonly number[];
  /** The lines the entries name that were removed as repeats of them. */
  readonly repeats: readonly number[];
  /** How many entries name a line. */
  readonly named: number;
  /** The last line read as an entry, if any. */
  readonly last: number | undefined;
}

/**
 * The entries under the label `lines[label]`: the short lines right under it, those with a verdict passed over, each
 * naming a line of the body below the line the entry before it names.
 */
function entriesUnder(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  label: number,
  end: number,
  lineNamedBy: LineNamedBy,
): LabelledList {
  const run: number[] = [];
  const repeats: number[] = [];
  // An entry that names no line, kept in the list only when the next entry names one.
  let unnamed: number | undefined;
  let named = 0;
  // Where the first and the last entry's lines stand.
  let firstAt = Number.POSITIVE_INFINITY;
  let lastAt = label;
  for (let k = label + 1; k <= end; k++) {
    if (verdicts[k]) continue;
    const line = lines[k] as Line;
    if (line.words === 0 || line.words > MAX_HEADING_WORDS) break;
    const text = entryText(line);
    const after = Math.max(lastAt, k);
    // Why as written first: "10 Best Tips" may name its heading with the number; a contents plugin's "1.1 A.
    // Alignment with Customers, Menu, and Pricing" names "A. Alignment…" (WCXB 0336, 0033 innertext).
    const at =
      lineNamedBy(text, after) ??
      (OUTLINE_NUMBER.test(text) ? lineNamedBy(text.replace(OUTLINE_NUMBER, ''), after) : undefined);
    // Why one: an entry may name a heading the page wrote otherwise ("…Cost Models" over the section "…Pricing
    // Models", WCXB 4218 innertext); two in a row are no longer the list.
    if (at === undefined) {
      if (unnamed !== undefined) break;
      unnamed = k;
      continue;
    }
    if (unnamed !== undefined) run.push(unnamed);
    unnamed = undefined;
    run.push(k);
    if (isRepeat(verdicts[at])) repeats.push(at);
    named++;
    firstAt = Math.min(firstAt, at);
    lastAt = at;
  }
  // An entry that names a line of the list itself ends it: the list is what stands above the first line named.
  return { entries: run.filter((k) => k < firstAt), repeats, named, last: run.at(-1) };
}

/**
 * Finds a table of contents inside the body: a run of at least three consecutive lines, not upper-cased, each
 * naming a heading that stands later in the body, in the same order (a renderer that upper-cases h1–h6 writes the
 * headings in capitals and their links in the contents list as the author wrote them, WCXB 4083, 0319; innerText
 * writes both alike, and the heading is then a short line over a longer one, 0195); and the lines under a contents
 * list's label that name later lines of the body in order, whatever their shape ({@link labelledEntries}). Returns a
 * `nav` verdict for each entry and for a label right over one, by index, and undefined for a heading whose repeat
 * verdict is taken back. Linear: one hash per line of the body.
 * @param labels The page language's contents-list labels ("Table of contents").
 * @example tableOfContents(lines, verdicts, extent, en.match.contentsLabels) // Map { 12 => { kind: 'nav', … }, … }
 */
export function tableOfContents(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  labels: PhraseMatcher,
): Map<number, Verdict | undefined> {
  const found = new Map<number, Verdict | undefined>();
  if (extent.end <= extent.start) return found;
  labelledEntries(lines, verdicts, extent, labels, found);
  // The last place of each heading, by the hash of its words: a key is built only to confirm a hit (a key for every
  // line cost 3% of clean(), and one for every heading 2% once plain headings counted).
  const headingAt = new Map<number, number>();
  // The hashes of the headings' first words: a line whose first word none has is no entry, and its whole text is
  // not hashed (the body's every line was 1.5% of clean()).
  const firstWords = new Set<number>();
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (!verdicts[i] && (isUpperCased(line) || isPlainHeading(line, lines[i + 1]))) {
      // Why without a bullet's number: the heading "* 1. SIMPLISAFE - BEST …" is named by the entry "1. SimpliSafe -
      // Best …", whose number is its marker (WCXB 4601 html-to-text), as the article's text cleaned again read both.
      const text = entryText(line);
      headingAt.set(wordHash(text), i);
      firstWords.add(wordHash(text, 1));
    }
  }
  if (headingAt.size < MIN_ENTRIES) return withLabels(lines, verdicts, extent, labels, found);
  let run: number[] = [];
  // Where the last entry's heading stands.
  let lastAt = -1;
  const flush = (): void => {
    // A run cut by the body's first line is the tail of a list the body search left above the article; the
    // headline is picked among those lines (WCXB 4233).
    if (run.length >= MIN_ENTRIES && run[0] !== extent.start) {
      const verdict: Verdict = {
        kind: 'nav',
        reason: `table of contents (entries=${run.length}) naming later headings`,
      };
      for (const i of run) found.set(i, verdict);
    }
    run = [];
    lastAt = -1;
  };
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    const text = entryText(line);
    const later =
      !verdicts[i] && !isUpperCased(line) && firstWords.has(wordHash(text, 1))
        ? headingAt.get(wordHash(text))
        : undefined;
    const at = later !== undefined && later > i && wordKey(text) === keyOf(lines[later] as Line) ? later : undefined;
    // Entries name their headings in reading order; a line naming one before the last entry's starts a new run.
    if (at === undefined || at <= lastAt) flush();
    if (at !== undefined) {
      run.push(i);
      lastAt = at;
    }
  }
  flush();
  return withLabels(lines, verdicts, extent, labels, found);
}

/**
 * `found` with a `nav` verdict for each contents list's label still kept right over an entry in it. Why: the label over
 * entries found leaves with them; "Contents" stood alone over a heading once the entries the headings name had left
 * (WCXB 0422 html-to-text). Not a label over entries kept: "In this guide" over a guide's steps is the article's
 * heading (4105).
 */
function withLabels(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  labels: PhraseMatcher,
  found: Map<number, Verdict | undefined>,
): Map<number, Verdict | undefined> {
  // Why over the entries, not the body's lines: most pages have none, and then nothing is read.
  const over: number[] = [];
  for (const [at, verdict] of found) {
    const i = at - 1;
    if (verdict === undefined || i < extent.start || i >= extent.end || verdicts[i] || found.has(i)) continue;
    const label = lines[i] as Line;
    if (label.words > 0 && label.words <= MAX_LABEL_WORDS && labelHits(label, labels) > 0) over.push(i);
  }
  for (const i of over.sort((a, b) => a - b)) found.set(i, LABEL_VERDICT);
  return found;
}
