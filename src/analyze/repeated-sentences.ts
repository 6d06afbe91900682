import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { lineScore } from './extent.js';
import { isRecordRepeat } from './record-repeat.js';

/** Fewest words of a body line that repeats an earlier one for it to be removed; short lines repeat legitimately. */
const MIN_REPEAT_WORDS = 6;

/** What a repeated sentence adds to the body search: nothing, as if it were not there; it has a verdict. */
export const REPEAT_SCORE = lineScore(0, 'bad');

/**
 * Finds the sentences between lines `from` and `to` (inclusive) that repeat an earlier one there, but for case: pull
 * quotes and sticky headers repeat a body line further down, and only the first is the article's. Only lines of at
 * least six words that end like a sentence count; lines `skip` names are passed over. Returns a `duplicate`
 * verdict for each repeat, by index. Linear.
 * @example repeatedSentences(lines, (i) => verdicts[i] !== undefined, 3, 40) // Map { 31 => { kind: 'duplicate', … } }
 */
export function repeatedSentences(
  lines: readonly Line[],
  skip: (i: number) => boolean,
  from: number,
  to: number,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  const twins = new TwinFinder(lines);
  for (let i = from; i <= to; i++) {
    const line = lines[i] as Line;
    // A line's twin has the same words and ending, so only those lines need a key.
    if (skip(i) || line.words < MIN_REPEAT_WORDS || !line.endsSentence) continue;
    const earlier = twins.earlier(i);
    // Why: a listing's entries may share a blurb or a field ("Pet Safety: Toxic to cats and dogs." under each plant,
    // WCXB 4708; one conference's blurb under each of its cities, 4362): each copy is its record's.
    if (earlier !== undefined && !isRecordRepeat(lines, earlier, i) && !isNamedSection(lines[earlier] as Line, line))
      found.set(i, { kind: 'duplicate', reason: `repeats line ${earlier + 1} of the body (words=${line.words})` });
  }
  return found;
}

/**
 * True when `line` is a marked heading that an earlier list item names: the section a contents list links to, not
 * a repeat. Why: WCXB 0075 html-to-text, its Markdown cleaned again: "## 1. How long is my trip?" under the contents
 * entry "- 1. How long is my trip?" left the body as a duplicate, each of the eight numbered headings.
 */
const isNamedSection = (earlier: Line, line: Line): boolean => line.headingLevel > 0 && earlier.listMarker !== null;

/**
 * The paragraphs that the line above says again (a `duplicate` verdict from detection), by index: they leave the
 * body but must not cost it, as {@link REPEAT_SCORE} says. A paragraph here is a sentence-shaped line of at least
 * twice the words of prose on its own (`paragraphWords`); a tagline or a label written twice is left to cost, as an
 * author box's one-line bio twice over the article (WCXB 0256 html-to-text). Why: a page that writes its opening
 * paragraph twice in a row (WCXB 0781, 4079) would otherwise lose the first copy with the second, whose penalty cut
 * the body short under it. Linear.
 * @example adjacentRepeats(lines, verdicts, 26) // [12]
 */
export function adjacentRepeats(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  paragraphWords: number,
): number[] {
  const found: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (verdicts[i]?.kind === 'duplicate' && line.words >= paragraphWords && line.endsSentence) found.push(i);
  }
  return found;
}

/**
 * Finds the first earlier line noted whose text is the same but for case. Texts are keyed by their lower-cased length
 * first, and lower-cased only once a second text of that length comes: most lines have a length of their own, and
 * lower-casing and hashing every long paragraph cost 1% of clean().
 */
class TwinFinder {
  /** Lower-cased length → the only line of that length noted so far, or -1 once several are keyed by text. */
  private readonly byLength = new Map<number, number>();
  private readonly byText = new Map<string, number>();

  constructor(private readonly lines: readonly Line[]) {}

  /** The index of the earlier twin of line `i`, or undefined after noting the line as the first of its kind. */
  earlier(i: number): number | undefined {
    const text = (this.lines[i] as Line).text;
    const length = lowerCasedLength(text);
    const only = this.byLength.get(length);
    if (only === undefined) {
      this.byLength.set(length, i);
      return undefined;
    }
    if (only >= 0) {
      this.byText.set((this.lines[only] as Line).text.toLowerCase(), only);
      this.byLength.set(length, -1);
    }
    const key = text.toLowerCase();
    const earlier = this.byText.get(key);
    if (earlier === undefined) this.byText.set(key, i);
    return earlier;
  }
}

/** `text.toLowerCase().length` without lower-casing: U+0130 İ is the one code unit that lower-cases to two. */
function lowerCasedLength(text: string): number {
  let length = text.length;
  for (let at = text.indexOf('\u0130'); at >= 0; at = text.indexOf('\u0130', at + 1)) length++;
  return length;
}
