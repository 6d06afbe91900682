import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';
import { wordHash, wordKey } from './word-key.js';

/** Fewest entries of a table of contents: two headings named twice may be a recap. */
const MIN_ENTRIES = 3;

/** Most words of a heading written as a plain line. */
const MAX_HEADING_WORDS = 15;
/** Fewest words of such a heading: a word alone over a paragraph names an item (a product, a platform; WCXB 4857). */
const MIN_HEADING_WORDS = 2;

const keyOf = (line: Line): string => wordKey(line.text);
/** The number a bulleted entry gives its heading ("* 1. Barnett Ghostwriting"), as the heading's own list marker. */
const NESTED_NUMBER = /^\d{1,3}[.)]\s+/;
/**
 * An entry's text without the number a bullet stands before: the heading it names ("1. BARNETT GHOSTWRITING") reads as
 * a numbered line, whose number is its marker. Why: the contents list kept its entries by the number (WCXB 0252, 4083
 * html-to-text); the article's text writes the bulleted entry as "1. …", and cleaning it again found the list.
 */
const entryText = (line: Line): string =>
  line.listMarker !== null && NESTED_NUMBER.test(line.text) ? line.text.replace(NESTED_NUMBER, '') : line.text;
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

/**
 * Finds a table of contents inside the body: a run of at least three consecutive lines, not upper-cased, each
 * naming a heading that stands later in the body, in the same order (a renderer that upper-cases h1–h6 writes the
 * headings in capitals and their links in the contents list as the author wrote them, WCXB 4083, 0319; innerText
 * writes both alike, and the heading is then a short line over a longer one, 0195). Returns a `nav` verdict for
 * each entry, by index. Linear: one hash per line of the body.
 * @example tableOfContents(lines, verdicts, extent) // Map { 12 => { kind: 'nav', reason: 'table of contents …' }, … }
 */
export function tableOfContents(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  if (extent.end <= extent.start) return found;
  // The last place of each heading, by the hash of its words: a key is built only to confirm a hit (a key for every
  // line cost 3% of clean(), and one for every heading 2% once plain headings counted).
  const headingAt = new Map<number, number>();
  // The hashes of the headings' first words: a line whose first word none has is no entry, and its whole text is
  // not hashed (the body's every line was 1.5% of clean()).
  const firstWords = new Set<number>();
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (!verdicts[i] && (isUpperCased(line) || isPlainHeading(line, lines[i + 1]))) {
      headingAt.set(wordHash(line.text), i);
      firstWords.add(wordHash(line.text, 1));
    }
  }
  if (headingAt.size < MIN_ENTRIES) return found;
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
  return found;
}
