import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { boxName } from './first-name-bio.js';
import { bioSubject } from './stranger-bio.js';

/** Fewest words of the bio under the name line: prose, not a caption or a role. */
const MIN_BIO_WORDS = 10;

/** Where a bio's first sentence ends. */
const SENTENCE_END = /[.!?](?:\s|$)/u;

/**
 * The name on a line of its own over a bio that opens with the same full name as its subject and gives the person's
 * role in its first sentence ("Alban Brooke" over "Alban Brooke is the Head of Marketing at Buzzsprout …"), in `lines`
 * from `from` on, when the page has one such person and no other: a list of people writes each entry so. Null
 * otherwise.
 * @example nameOverFullNameBio(linesOf('Jane Doe\nJane Doe is the editor of …'), 0, compiledEn) // 'Jane Doe'
 */
export function nameOverFullNameBio(lines: readonly Line[], from: number, lang: CompiledPack): string | null {
  // Why: an author box inside the body's last part, the FAQ after it ("Alban Brooke" over "Alban Brooke is the Head of
  // Marketing …", WCXB 4665), where the checks at the body's end do not reach.
  let found: string | null = null;
  for (let i = Math.max(0, from); i < lines.length - 1; i++) {
    const line = lines[i] as Line;
    const under = lines[i + 1] as Line;
    // The cheap test first: most lines are not the opening of the line under them.
    if (line.words < 2 || under.words < MIN_BIO_WORDS) continue;
    const written = openingAsWritten(line.text, under.text);
    if (written === null || bioSubject(under.text, lang.stopwords) !== written) continue;
    // Why: a product or a style is described the same way, without a role ("Google Analytics" over "Google Analytics
    // is a powerful tool …", WCXB 4696; "Art Deco is a distinctive furniture style …", 0217).
    const firstSentence = under.text.slice(0, SENTENCE_END.exec(under.text)?.index ?? under.text.length);
    if (!lang.match.roleWords.test(firstSentence)) continue;
    // A numbered entry is the article's list, however its text reads ("15. ZRG Partners" over "ZRG Partners is a
    // … leader in executive search", WCXB 0229; "13. Jupyter Notebook" over "… Python's package manager", 0314).
    if (line.listMarker !== null) continue;
    const boxed = boxName(line, lang);
    if (boxed === null) continue;
    const name = boxed === line.text ? written : boxed;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

/**
 * `head` as `text` writes it at its start, followed by a space, or null when `text` does not open with it. Why: html-to-text
 * writes an author box's heading in capitals ("ALBAN BROOKE" over "Alban Brooke is the Head of Marketing …", WCXB 4665
 * html-to-text): then the bio gives the name's case.
 */
function openingAsWritten(head: string, text: string): string | null {
  if (text.length <= head.length || text.charAt(head.length) !== ' ') return null;
  const opening = text.slice(0, head.length);
  if (opening === head) return head;
  return head === head.toUpperCase() && opening.toUpperCase() === head ? opening : null;
}
