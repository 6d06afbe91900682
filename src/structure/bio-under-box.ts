import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many of the body's last lines the rest of an author box may start in: its bio, and a link under that. */
const LINES_AT_END = 2;
/** Most words of the box's line over the bio: a name or a label, not a paragraph. */
const MAX_BOX_LINE_WORDS = 6;

/**
 * What left the body over a line, as an author box's part: its label ("About the Author", a detector's verdict), the
 * writer's name (cut as the byline's name or a bio's), or neither.
 */
export type BoxPart = 'label' | 'name' | undefined;

/**
 * Index in `kept` where the rest of an author box starts: a line near the body's end right under the box's label,
 * or under the writer's name when it names that writer again; -1 when there is none. Why: the cuts before take the
 * label or the name, and the bio under it stays when it does not open with the name ("Stephen Jesudunsin" over "I'm
 * Stephen, a content writer at …", WCXB 0019; "Rebecca MacFarlane" over "Rebecca (Bec) is a seasoned copywriter …",
 * 0099; "About the Author" over "Dr. Ehsan Jazini is a board-certified spine surgeon …", 4796). Under a name, a line
 * that does not name it again is the article's (a list's next entry under its author, 4555), and so is a question
 * (the post's closing call for comments, 0472).
 * @param lines The page's lines, which `kept` is drawn from.
 * @param boxPartAt What left the body at a page line's index.
 * @example bioUnderAuthorBox(kept, lines, (i) => (i === name.index ? 'name' : undefined), stopwords)
 */
export function bioUnderAuthorBox(
  kept: readonly Line[],
  lines: readonly Line[],
  boxPartAt: (index: number) => BoxPart,
  stopwords: ReadonlySet<string>,
): number {
  for (let j = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END); j < kept.length; j++) {
    const bio = kept[j] as Line;
    const over = lines[bio.index - 1];
    if (over === undefined || over.words > MAX_BOX_LINE_WORDS || over.endsSentence || bio.text.endsWith('?')) continue;
    const part = boxPartAt(over.index);
    if (part === 'label' || (part === 'name' && namesAgain(bio, over, stopwords))) return j;
  }
  return -1;
}

/** True when `bio` holds a word of the name line `name` that is not a function word. */
function namesAgain(bio: Line, name: Line, stopwords: ReadonlySet<string>): boolean {
  const words = new Set(name.tokens.filter((token) => !stopwords.has(token)));
  return bio.tokens.some((token) => words.has(token));
}
