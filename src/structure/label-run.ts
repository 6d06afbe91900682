import type { Line } from '../segment/segment.js';
import { hasFunctionWord } from './function-word.js';

/** Fewest words of a run of labels: a headline this long says something, so it holds a function word. */
const MIN_LABEL_RUN_WORDS = 12;

/**
 * True for a long line without a single function word: a menu's or a tag cloud's labels that innerText ran together
 * ("Privacy Accessibility HTML Images Responsive Design Forms PWA CSS Performance Testing JavaScript web.dev", WCXB
 * 0316), not a headline. Why twelve: headlines of nine words without one occur ("Top 11 Gaming Console Companies
 * Driving Innovation Globally" and the like); none of ten or more on the dev pages. A pack without stopwords says nothing.
 * @example isLabelRun(lineOf('Home News Sport Business Technology Science Health Culture Travel Weather Video Audio'), en.stopwords) // true
 */
export function isLabelRun(line: Line, stopwords: ReadonlySet<string>): boolean {
  return stopwords.size > 0 && line.tokens.length >= MIN_LABEL_RUN_WORDS && !hasFunctionWord(line.tokens, stopwords);
}
