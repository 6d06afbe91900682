import type { Line } from '../segment/segment.js';

/** An excerpt cut short: an ellipsis, perhaps bracketed, at the line's end ("… and find […]"). */
const CUT_SHORT = /(?:\.\.\.|…)\]?$/;
/**
 * True for a line ending like a whole paragraph: a sentence's end that is no excerpt's ellipsis, or a colon before a
 * list ("… (again, this is simplified!):", WCXB 0494).
 */
const endsParagraph = (line: Line): boolean =>
  line.endsSentence ? !CUT_SHORT.test(line.text) : line.text.endsWith(':');

/** Fewest paragraphs above a line for them to be the article's opening rather than teasers or a notice. */
const MIN_PARAGRAPHS = 3;
/** Fewest words in those paragraphs. */
const MIN_PARAGRAPH_WORDS = 100;

/**
 * True when the body's lines above line `heading` open the article: at least {@link MIN_PARAGRAPHS} prose lines
 * ending like paragraphs, of {@link MIN_PARAGRAPH_WORDS} words in all and at least half the words of the lines no
 * detector removed. Such a line is a section's heading, not the headline, and the text above it is no preamble to
 * cut. Above a headline, a menu's blurbs are few words among many entries (WCXB 0253: seven blurbs among 38 lines),
 * teasers end cut short ("… find […]", 0109) and a notice is one paragraph (0043). Linear in the lines above.
 * @param isProse Whether a line is prose that no detector removed.
 * @example opensArticleAbove(lines, verdicts, isBodyProse, 0, 3) // true under three paragraphs of 40 words
 */
export function opensArticleAbove(
  lines: readonly Line[],
  verdicts: readonly unknown[],
  isProse: (i: number) => boolean,
  start: number,
  heading: number,
): boolean {
  let paragraphs = 0;
  let paragraphWords = 0;
  let openWords = 0;
  for (let i = start; i < heading; i++) {
    if (verdicts[i] !== undefined) continue;
    const line = lines[i] as Line;
    openWords += line.words;
    if (!isProse(i) || !endsParagraph(line)) continue;
    paragraphs++;
    paragraphWords += line.words;
  }
  return paragraphs >= MIN_PARAGRAPHS && paragraphWords >= MIN_PARAGRAPH_WORDS && paragraphWords * 2 >= openWords;
}

/**
 * True when the text opens with its body's prose: line `firstProse` is prose and every line above it ends a sentence
 * ("Know what that means?" over the first paragraph). A page opens with its menus and its headline; a text that opens
 * so is an article's text without its headline (cleaned again: WCXB 4457, 0294, 4615), and no line in it is one.
 * @param isProse Whether a line is prose that no detector removed.
 * @example opensWithProse(linesOf('Know what that means?\nIt means we spent a lot of time on it.'), isProse, 1) // true
 */
export function opensWithProse(lines: readonly Line[], isProse: (i: number) => boolean, firstProse: number): boolean {
  if (!isProse(firstProse)) return false;
  for (let i = 0; i < firstProse; i++) if (!(lines[i] as Line).endsSentence) return false;
  return true;
}
