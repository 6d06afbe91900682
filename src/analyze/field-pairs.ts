import { isContentWord } from '../lang/content-word.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore } from './extent.js';
import { runWords } from './run-words.js';

/** Fewest label/value pairs in a row for them to be a table of fields rather than a few stray short lines. */
const MIN_PAIRS = 3;
/** Most words of a field's label ("Banking and reconciliation"). */
const MAX_LABEL_WORDS = 4;
/** Most words of a field's value ("Up to 150 hours (22 hours at 8K polling)"). */
const MAX_VALUE_WORDS = 10;
/** A digit: a value carries a measure, a score or a count ("4.3/5", "56g", "$38 to $275"). */
const DIGIT = /\p{N}/u;

/**
 * The lines of a table of fields written one cell a line inside the body: a label of a few words over its value,
 * pair after pair ("Invoicing", "5/5", "Billing", "5/5"; "Weight", "56g"). Why: a review's score card and a product's
 * spec sheet come out of a page's table as short lines that no prose vouches for, and the short-line pass took them
 * for a menu (WCXB 4253, 4825). Why the article's words: a label names what the article talks about ("Polling rate"
 * under a paragraph on polling), where a data widget's labels ("Today's Change", "Day's Range", WCXB 0046) are the
 * site's own. A label carries no digit and every content word of it stands in the body's prose; a value carries a
 * digit; at least {@link MIN_PAIRS} pairs stand in a row, with no verdict among them. Linear.
 * @returns The lines of each such table, by index: cells of a table, which vouch for each other.
 * @example fieldPairs(lines, verdicts, scores, extent, en.stopwords) // Set { 12, 13, 14, 15, 16, 17 }
 */
export function fieldPairs(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  stopwords: ReadonlySet<string>,
): Set<number> {
  const cells = new Set<number>();
  let prose: Set<string> | undefined;
  const isLabelShaped = (i: number): boolean => {
    const line = lines[i] as Line;
    return isCellLine(line, verdicts[i], scores[i], MAX_LABEL_WORDS) && !DIGIT.test(line.text);
  };
  /** True when every content word of the label-shaped line `i` stands in the body's prose, and it has one. */
  const namesProse = (i: number): boolean => {
    prose ??= runWords(lines, extent, stopwords, (k) => isProse(scores[k]));
    let content = 0;
    for (const token of (lines[i] as Line).tokens) {
      if (!isContentWord(token, stopwords)) continue;
      if (!prose.has(token)) return false;
      content++;
    }
    return content > 0;
  };
  const isValue = (i: number): boolean => {
    const line = lines[i] as Line;
    return isCellLine(line, verdicts[i], scores[i], MAX_VALUE_WORDS) && DIGIT.test(line.text);
  };
  for (let i = extent.start; i < extent.end; ) {
    // Shapes first: most bodies hold no run of pairs, and the prose's words are gathered only for one that does. A run
    // of shapes too short for a table holds no table, so the search goes on past it.
    let shaped = i;
    while (shaped + 1 <= extent.end && isLabelShaped(shaped) && isValue(shaped + 1)) shaped += 2;
    if (shaped - i < 2 * MIN_PAIRS) {
      i = shaped > i ? shaped : i + 1;
      continue;
    }
    let k = i;
    while (k < shaped && namesProse(k)) k += 2;
    if (k - i >= 2 * MIN_PAIRS) for (let c = i; c < k; c++) cells.add(c);
    i = k > i ? k : i + 1;
  }
  return cells;
}

/** True for a short line with no verdict, no sentence and at most `maxWords` words: a cell of a table. */
const isCellLine = (
  line: Line,
  verdict: Verdict | undefined,
  score: LineScore | undefined,
  maxWords: number,
): boolean => verdict === undefined && score?.klass === 'short' && !line.endsSentence && line.words <= maxWords;
