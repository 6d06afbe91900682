import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore, lineScore } from './extent.js';

/**
 * Fewest words of a closing sentence: a sentence, not a sign-off ("Thank you!"). Why three: a Chinese line counts a
 * word per two characters, and "市长表示满意。" ("The mayor said she was pleased.") is three.
 */
const MIN_WORDS = 3;

/**
 * The lines under the body's last paragraph, to the input's end, rescored as prose when every one of them is a short
 * sentence or a list's item, with no verdict and a function word of the page's language: a text that ends with its
 * article ends with the article's last sentences and list, however short ("- Weigh the beans." … "Enjoy your cup."
 * under a recipe's last paragraph). With no body found, the whole input, when every line is such a sentence
 * (a one-line input: "The mayor was pleased today."). Why: a short clean text (a story's paragraphs, the kind of text
 * an NLP pipeline passes in) lost its closing "The mayor said she was pleased.", too short for prose; no WCXB dev page
 * changes, as a web page's last line is the site's footer, which has a verdict or no sentence. Returns the lines to
 * rescore, by index; none when any line under the body is not such a sentence. Linear.
 * @example closingSentences(lines, verdicts, scores, { start: 0, end: 1 }, en.stopwords) // Map { 2 => { score: 3, … } }
 */
export function closingSentences(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  stopwords: ReadonlySet<string> | null,
): Map<number, LineScore> {
  const rescored = new Map<number, LineScore>();
  const noBody = extent.end < extent.start;
  if (!noBody && !isProse(scores[extent.end])) return rescored;
  for (let i = noBody ? 0 : extent.end + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] || !isClosingSentence(line, stopwords)) return new Map();
    rescored.set(i, lineScore(line.words / 2, 'medium'));
  }
  return rescored;
}

/** A sentence, or a list's item written with or without a full stop; not a quotation. */
function isClosingSentence(line: Line, stopwords: ReadonlySet<string> | null): boolean {
  if (!(line.endsSentence || line.listMarker !== null) || line.words < MIN_WORDS || line.quoted) return false;
  return stopwords === null || line.tokens.some((token) => stopwords.has(token));
}
