import { type CompiledPack, openingPhrase } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { asName } from './byline.js';
import { boxName } from './first-name-bio.js';
import { hasFunctionWord } from './function-word.js';
import { bioSubject } from './stranger-bio.js';

/** How many of a closing bio's lines are read for its writer's name: the box's label, the name, the bio's opening. */
const BIO_LINES_READ = 3;
/** Most words of a name after a box's label; more is a sentence about the writer. */
const MAX_NAME_WORDS = 4;
// What may stand between an author box's label and the name: a colon or a dash, and spaces.
const LABEL_END = /^\s*[:\-–—]?\s*/u;

/**
 * The writer a closing bio names, for a page that gave no byline elsewhere: the name after the box's label ("About the
 * Author: Tom"), the name line over the bio ("Maria Mathioudaki" over "Maria is a growth analyst …"), or the full
 * name the bio opens with ("Lauren Vetter is a growth-focused marketing professional …"). Why: many posts give their
 * writer only in the author box under the article (WCXB 0166, 0306, 4295, 4688, 4817).
 * @param bio The lines removed as an author bio after the body's start, in page order.
 * @param lines The page's lines, which `bio` is part of.
 * @example bioAuthor(bio, lines, compiledEn) // 'Jane Doe' for "About the Author" over "Jane Doe" over her bio
 */
export function bioAuthor(bio: readonly Line[], lines: readonly Line[], lang: CompiledPack): string | null {
  for (const line of bio.slice(0, BIO_LINES_READ)) {
    const text = line.labelText ?? line.text;
    const label = boxLabel(text, lang);
    if (label === null) {
      const name = boxName(line, lang);
      if (name !== null) return name;
      // Why only under a line of the name: without it a paragraph that opens with a name may be the article's (a
      // news story's paragraph opening with a street's or a city's name, held-out multisite-dev); "Lauren Vetter"
      // over "Lauren Vetter is a growth-focused marketing professional …" is a box (WCXB 0306).
      const subject = bioSubject(line.text, lang.stopwords);
      if (subject !== null && lines[line.index - 1]?.text === subject) return subject;
      continue;
    }
    // Why: the box's label glued to the name or written before it ("About the AuthorTOI Lifestyle Desk", WCXB 0119;
    // "Author Matt Check is the Head Winemaker …", 4688); after a label a lone name is the writer's too ("Tom", 4817).
    const rest = text.slice(label.length).replace(LABEL_END, '');
    const name = rest === '' ? null : (nameAlone(rest, lang.stopwords) ?? bioSubject(rest, lang.stopwords));
    if (name !== null) return name;
  }
  return null;
}

/** `text` as a name of at most {@link MAX_NAME_WORDS} words and no function word, or null. */
function nameAlone(text: string, stopwords: ReadonlySet<string>): string | null {
  const name = asName(text);
  if (name === null) return null;
  const words = name.toLowerCase().split(' ');
  // Why: a button or a list's label in capitals reads as a name by its shape ("VIEW POSTS BY TAG", "Learn More"; WCXB
  // 2825, 4295 html-to-text); a name has no function word.
  return words.length <= MAX_NAME_WORDS && !hasFunctionWord(words, stopwords) ? name : null;
}

/** The author box's label that opens `text` ("About the Author", "Author"), as written, or null. */
function boxLabel(text: string, lang: CompiledPack): string | null {
  return openingPhrase(lang.match.authorBio, text) ?? openingPhrase(lang.match.bylinePrefixes, text) ?? null;
}
