import { lowerCase } from '../lang/dotted-i.js';
import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many lines at the body's end (and how many at its start) an author's bio may take. */
const BIO_LINES_AT_END = 2;
const BIO_LINES_AT_START = 1;
/** How far into a line the byline's name may stand for the line to open with it ("Dr. Shelby Loos is …"). */
const BIO_NAME_REACH = 12;
/** How many lines at the body's end a bio paragraph may open, with what follows it (tags, a promotion) after it. */
const BIO_PARAGRAPH_LINES_AT_END = 8;
/** Fewest words of such a bio paragraph: prose, not a name line or a byline. */
const BIO_PARAGRAPH_MIN_WORDS = 10;
/** The word right after a name. */
const NEXT_WORD = /^ (\p{L}+)/u;

/**
 * Lines at the edges of the body that open with the byline's first and last name: the author's bio.
 * At the end also a line that opens with the first name alone and a function word ("Irene is …"), or that is
 * the byline's name and nothing more; and, a few lines from the end, a paragraph whose subject is the byline's name,
 * with every line after it.
 */
export function bioAtEdges(kept: readonly Line[], byline: string | null, stopwords: ReadonlySet<string>): Line[] {
  const words = byline?.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const name = words.slice(0, 2).join(' ');
  const names = words.map(lowerCase);
  if (!name.includes(' ') || kept.length < MIN_BODY_LINES) return [];
  // Why not a question: an FAQ's last question names the company that signs the post ("Why choose Great Day
  // Improvements over other contractors?", WCXB 0236); a bio tells, it does not ask.
  const opensWithName = (line: Line): boolean => {
    const at = line.text.indexOf(name);
    return at >= 0 && at <= BIO_NAME_REACH && !line.text.endsWith('?');
  };
  // Why: a bio may give the first name alone ("Irene is an experienced writer …", WCXB 0500; "Summer is Yeti's
  // Marketing Manager", 0184), and the name may stand over it on a line of its own ("REBECCA NORRIS", 0050).
  const closesWithName = (line: Line): boolean =>
    opensWithName(line) ||
    (line.tokens[0] === names[0] && stopwords.has(line.tokens[1] ?? '')) ||
    line.tokens.join(' ') === names.join(' ');
  // Why: the bio paragraph closes the post, and what follows it is the page's (the post's tags and the site's
  // pitch under "Sara Coughlin is a writer and editor …", WCXB 0144; a link to the writer's other posts and a
  // sign-up box under "Lisa Jennings is a veteran restaurant industry reporter …", 0153; 2301, 0291).
  // The name is the paragraph's subject: a function word or a comma follows it ("Dr Marna van der Merwe, AIHR’s
  // Lead …", 0253), not more of a noun ("An Associated Press-GfK poll …" under an AP byline, held-out
  // multisite-dev foxnews 2013).
  const isSubject = (line: Line): boolean =>
    line.words >= BIO_PARAGRAPH_MIN_WORDS &&
    opensWithName(line) &&
    [byline as string, firstAuthor(byline as string), name].some((subject) => {
      const at = line.text.indexOf(subject);
      const rest = at < 0 ? '' : line.text.slice(at + subject.length);
      return rest.startsWith(',') || stopwords.has(rest.match(NEXT_WORD)?.[1]?.toLowerCase() ?? '');
    });
  const from = Math.max(BIO_LINES_AT_START, kept.length - BIO_LINES_AT_END);
  let bio = Math.max(MIN_BODY_LINES, kept.length - BIO_PARAGRAPH_LINES_AT_END);
  while (bio < from && !isSubject(kept[bio] as Line)) bio++;
  return [
    ...kept.slice(0, BIO_LINES_AT_START).filter(opensWithName),
    ...kept.slice(bio, from),
    ...kept.slice(from).filter((line) => bio < from || closesWithName(line)),
  ];
}

/** The first name of a byline that lists several ("Jane Roe, John Doe, Ann Poe" gives "Jane Roe"). */
const firstAuthor = (byline: string): string => byline.split(/,\s*|\s+(?:and|&)\s+/u)[0] as string;
