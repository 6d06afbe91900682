import { isContentWord } from '../lang/content-word.js';
import type { Line } from '../segment/segment.js';
import type { Extent } from './extent.js';

/**
 * The content words of the lines of `run` that `take` accepts (every line by default): what a part of the page is
 * about, to compare with another part.
 * @example runWords(lines, { start: 3, end: 9 }, en.stopwords, (i) => isProse(scores[i])) // Set { 'tillerson', … }
 */
export function runWords(
  lines: readonly Line[],
  run: Extent,
  stopwords: ReadonlySet<string>,
  take: (i: number) => boolean = () => true,
): Set<string> {
  const words = new Set<string>();
  for (let i = run.start; i <= run.end; i++) {
    if (!take(i)) continue;
    for (const token of (lines[i] as Line).tokens) if (isContentWord(token, stopwords)) words.add(token);
  }
  return words;
}
