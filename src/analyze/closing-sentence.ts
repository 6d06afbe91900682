import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore } from './extent.js';

/** Fewest words of a closing sentence: a sentence, not a sign-off ("Thanks!"). */
const MIN_WORDS = 4;

/**
 * Stretches the body over the input's last line when that line is a short sentence right under the body's last
 * paragraph, with no verdict and words of the page's language: a text that ends with its article ends with the
 * article's last sentence, however short. Why: a short clean text (a story's two paragraphs, the kind of text an NLP
 * pipeline passes in) lost its closing "The mayor said she was pleased.", too short for prose; no WCXB dev page changes,
 * as a web page's last line is the site's footer, which has a verdict or no sentence. Returns the extent unchanged
 * otherwise.
 * @example closingSentence(lines, verdicts, scores, { start: 0, end: 1 }, en.stopwords) // { start: 0, end: 2 }
 */
export function closingSentence(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  stopwords: ReadonlySet<string> | null,
): Extent {
  const last = extent.end + 1;
  const line = lines[last];
  if (last !== lines.length - 1 || line === undefined || verdicts[last] || !isProse(scores[extent.end])) return extent;
  if (!line.endsSentence || line.words < MIN_WORDS || line.quoted || line.listMarker !== null) return extent;
  if (stopwords && !line.tokens.some((token) => stopwords.has(token))) return extent;
  return { start: extent.start, end: last };
}
