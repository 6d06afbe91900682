import { lowerCase } from '../lang/dotted-i.js';
import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { bareName } from './byline.js';
import { hasFunctionWord } from './function-word.js';
import { holdsWord } from './holds-word.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many lines at the body's end a bio that gives its writer's first name alone may start in. */
const LINES_AT_END = 4;
/** Fewest words of the bio: prose, not a caption. */
const MIN_WORDS = 13;
/** Most words of the name line over the bio ("Rasmus Barslund Founder & Lead Reviewer"). */
const MAX_NAME_LINE_WORDS = 6;
// A name's first word: letters, with apostrophes and hyphens inside ("Jean-Luc").
const FIRST_WORD = /\p{L}[\p{L}'’-]*/u;
// A first name as a bio writes it: a capitalized word, perhaps two joined by a hyphen. Why: "Jean-Luc started CNX
// Software in 2010 …" under "Jean-Luc Aufranc (CNXSoft)" (WCXB 0421).
const FIRST_NAME = /\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?/u.source;
// A capitalized word opening the line, then a space: the bio's subject as written ("Rasmus is …").
const OPENING_WORD = new RegExp(`^${FIRST_NAME} `, 'u');
// An author box's bio: the first name and a word in lower case, perhaps after the writer's role in brackets and a dash
// ("(Editor / Journalist) – Albert comes from an automotive background …", WCXB 0393).
const BOX_BIO_OPENING = new RegExp(`^(?:\\([^()]{1,60}\\)\\s*[–—-]\\s*)?(${FIRST_NAME}) (\\p{Ll}+)`, 'u');

/**
 * Index in `kept` where a closing bio that calls its writer by the first name alone starts ("Sam is the
 * revenue-focused VP of Marketing …"), or -1. The first name is the byline's, or that of a short name line right
 * over the bio; the bio and what follows it close the post.
 */
export function firstNameBioAtEnd(
  kept: readonly Line[],
  byline: string | null,
  stopwords: ReadonlySet<string>,
): number {
  const from = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END);
  const first = byline === null ? undefined : firstNameOf(byline);
  // Why: in a list of places or people each item is a name over a paragraph about it ("Paris" over "Paris is
  // …"); a bio is the only such pair, so the body's first pair must stand at its end.
  for (let j = 1; j < kept.length; j++) {
    const over = kept[j - 1] as Line;
    const name = opensWithFirstName(kept[j] as Line, stopwords);
    if (name === undefined) {
      // Why: at the body's end a writer's name line vouches for a bio that opens otherwise ("Albert Swann" over
      // "(Editor / Journalist) – Albert comes from …", WCXB 0393); inside the body such pairs are entries.
      if (
        j >= from &&
        isPersonLine(over, stopwords) &&
        opensBoxBio(kept[j] as Line, over, stopwords) === over.tokens[0]
      )
        return j - 1;
      continue;
    }
    // A numbered item is an entry of the article's list ("25. Matillion" over "Matillion is a leading …", WCXB 0300).
    const underNameLine =
      over.words <= MAX_NAME_LINE_WORDS && !over.endsSentence && over.listMarker === null && over.tokens[0] === name;
    // Why: "Storytelling" over "Storytelling is arguably …" is a section's heading over
    // its first paragraph, a word the body writes in lower case too ("… storytelling around heritage"); a name is
    // capitalized wherever it stands (multisite-dev forbes/2017-brand-1 cleaned again, where the body's end was near).
    // As the body's first pair, it makes the later pairs sections too.
    // Why the heading mark: a Markdown heading over a paragraph that opens with its word heads a section ("## Grind"
    // over "Grind the beans …", a clean input; "## Digital Tools" over "Digital health tools …", WCXB 0192 as
    // toMarkdown writes it).
    if (underNameLine && (over.headingLevel > 0 || (over.words === 1 && writtenInLowerCase(kept, name)))) return -1;
    if (underNameLine) return j >= from ? j - 1 : -1;
    // Why: "Sam is the revenue-focused VP of Marketing at Dealfront …" after the byline "Sam O'Brien", with a
    // promotion of the writer's company under it (WCXB 0171).
    if (name === first && j >= from) return j;
  }
  return -1;
}

/** True when a line of `kept` writes the lower-case `word` as a word of its own, in lower case. */
function writtenInLowerCase(kept: readonly Line[], word: string): boolean {
  return kept.some((line) => line.tokens.includes(word) && holdsWord(line.text, word));
}

/** The first word of a name, lower-cased as a line's tokens are ("Sam O'Brien" → "sam"). */
function firstNameOf(name: string): string | undefined {
  const first = name.match(FIRST_WORD)?.[0];
  return first === undefined ? undefined : lowerCase(first);
}

/** The bio's subject when `line` is a bio that opens with one capitalized word and a function word ("Sam is …"). */
function opensWithFirstName(line: Line, stopwords: ReadonlySet<string>): string | undefined {
  return line.words >= MIN_WORDS && OPENING_WORD.test(line.text) && stopwords.has(line.tokens[1] ?? '')
    ? line.tokens[0]
    : undefined;
}

/**
 * The bio's subject, lower-cased, when `line` is a bio that the name line `over` vouches for: as
 * {@link opensWithFirstName}, or after the writer's role, or with any word in lower case ("Tim explores …"). A word of
 * the name line after the first makes it a heading over its paragraph ("Energy Markets" over "Energy markets …").
 */
function opensBoxBio(line: Line, over: Line, stopwords: ReadonlySet<string>): string | undefined {
  if (line.words < MIN_WORDS) return undefined;
  const opening = BOX_BIO_OPENING.exec(line.text);
  const first = opening?.[1] === undefined ? undefined : lowerCase(opening[1]);
  const verb = opening?.[2] ?? '';
  if (first === undefined || stopwords.has(first) || over.tokens.includes(verb)) return undefined;
  return first;
}

/**
 * True for a line that may give a person's name over a bio: two words or more, no function word of the page's language
 * (a heading has one: "Allow Time to Adjust" over "Allow yourself the space …", WCXB 4576), and no list's item
 * ("Round" over "Round wines tend to …", WCXB 4685; "* TURKEY ARRESTS …" over "Turkey detains …",
 * multisite bbc html-to-text).
 */
function isPersonLine(line: Line, stopwords: ReadonlySet<string>): boolean {
  return (
    line.words >= 2 &&
    line.words <= MAX_NAME_LINE_WORDS &&
    !line.endsSentence &&
    line.listMarker === null &&
    !hasFunctionWord(line.tokens, stopwords)
  );
}

/** Most lines between an author box's name line and its bio: a role ("Owner, Founder, & Retreat Leader at …"). */
const MAX_ROLE_LINES = 1;

/**
 * The name on a line of its own over a bio that calls that person by the first name alone, in `lines` from `from`
 * on: an author box after the body, on a page that gives no byline. Null when there is none.
 * @example nameOverFirstNameBio(linesOf('Maria Mathioudaki\nMaria is a growth analyst …'), 0, compiledEn) // 'Maria Mathioudaki'
 */
export function nameOverFirstNameBio(lines: readonly Line[], from: number, lang: CompiledPack): string | null {
  // Why: "Maria Mathioudaki" over "Maria is a growth analyst specializing in SEM …" (WCXB 0166), "Joaquin Fernandez"
  // over "Joaquin is a market analyst …" (0347), after the body: a writer's bio calls the writer by the first name,
  // where an article calls its people by the last.
  for (let i = Math.max(0, from); i < lines.length - 1; i++) {
    const over = lines[i] as Line;
    if (!isPersonLine(over, lang.stopwords)) continue;
    // Read only under a bio: most lines after the body have none under them, and a name costs more to read.
    let name: string | null | undefined;
    for (let j = i + 1; j <= Math.min(lines.length - 1, i + 1 + MAX_ROLE_LINES); j++) {
      const under = lines[j] as Line;
      const first = opensBoxBio(under, over, lang.stopwords);
      if (first !== undefined) {
        name ??= boxName(over, lang);
        if (name !== null && firstNameOf(name) === first) return name;
      }
      if (under.words > MAX_NAME_LINE_WORDS || under.endsSentence) break;
    }
  }
  return null;
}

/** The line as the name of an author box, else null: a bare name with no function word of the page's language. */
export function boxName(line: Line, lang: CompiledPack): string | null {
  // A heading has function words a name lacks ("USE AN AUTHENTICATOR APP" over "Use an app …", WCXB 0250).
  return hasFunctionWord(line.tokens, lang.stopwords) ? null : bareName(line, lang);
}
