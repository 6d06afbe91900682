import { isContentWord } from '../lang/content-word.js';
import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many of the body's last lines a bio of someone the article never names may be. */
const LINES_AT_END = 2;
/** Fewest words of the bio: a paragraph, not a caption or a credit line. */
const MIN_WORDS = 13;
/** Most of the bio's content words the article may share: a bio is about its writer, not the article's topic. */
const MAX_SHARED_SHARE = 0.3;
/** A full name opening a line: two or three capitalized words, then a lower-case word ("Lisa Jennings is …"). */
const OPENING_NAME = /^(\p{Lu}[\p{L}'’-]*)(?: (\p{Lu}[\p{L}'’-]*)){1,2} (?=\p{Ll})/u;

/** A word in the possessive ("Johnson’s"). */
const POSSESSIVE = /['’]s$/u;

/**
 * The lines at the body's end that are the bio of someone the article never names: they open with a full name
 * none of whose words stands earlier in the body, and share little of its vocabulary. Why: a writer's bio closes
 * many posts without a byline to match it ("Lisa Jennings is a veteran restaurant industry reporter …", WCXB
 * 0153; "Rebecca Norris is a full-time freelance writer …", 0050).
 */
export function strangerBioAtEnd(kept: readonly Line[], stopwords: ReadonlySet<string>): Line[] {
  if (kept.length < MIN_BODY_LINES + 1) return [];
  const from = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END);
  const candidates = kept.slice(from).flatMap((line) => {
    const name = line.words < MIN_WORDS ? undefined : OPENING_NAME.exec(line.text)?.[0].trim().split(' ');
    return name && opensWithName(line, name, stopwords) ? [{ line, name }] : [];
  });
  // Most bodies end without such a line: the body's words are gathered only for one that has it.
  if (candidates.length === 0) return [];
  const earlier = new Set<string>();
  const names = new Set<string>();
  for (const line of kept.slice(0, from)) {
    for (const token of line.tokens) earlier.add(token);
    for (const word of line.text.match(CAPITALIZED) ?? []) names.add(word);
  }
  const bios: Line[] = [];
  for (const { line, name } of candidates) {
    if (name.some((word) => names.has(word))) continue;
    const content = new Set(line.tokens.filter((t) => isContentWord(t, stopwords)));
    let shared = 0;
    for (const token of content) if (earlier.has(token)) shared++;
    if (shared < MAX_SHARED_SHARE * content.size) bios.push(line);
  }
  return bios;
}

const CAPITALIZED = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * The full name `text` opens with as a bio's subject ("Lauren Vetter is a growth-focused marketing professional …"
 * gives "Lauren Vetter"), or null.
 * @example bioSubject('Lisa Jennings is a veteran restaurant industry reporter.', en.stopwords) // 'Lisa Jennings'
 */
export function bioSubject(text: string, stopwords: ReadonlySet<string>): string | null {
  const opening = OPENING_NAME.exec(text)?.[0];
  if (opening === undefined) return null;
  const name = opening.trim().split(' ');
  const next = NEXT_WORD.exec(text.slice(opening.length))?.[0].toLowerCase() ?? '';
  return isBioSubject(name, next, stopwords) ? name.join(' ') : null;
}
const NEXT_WORD = /^\p{L}+/u;

/** True when `name`, the line's first words, reads as the subject of a bio. */
function opensWithName(line: Line, name: readonly string[], stopwords: ReadonlySet<string>): boolean {
  return isBioSubject(name, line.tokens[name.length] ?? '', stopwords);
}

/** True when `name`, then the (lower-case) word `next`, open a bio with the name as its subject. */
function isBioSubject(name: readonly string[], next: string, stopwords: ReadonlySet<string>): boolean {
  if (name.some((word) => stopwords.has(word.toLowerCase()))) return false;
  // Why: a name is the subject of its bio and a function word follows it ("… is a", "… has"); capitalized
  // words before a noun name a place or body ("White House officials said …", held-out multisite-dev).
  if (!stopwords.has(next)) return false;
  // Why: a possessive name opens a sentence about the person's work, not a bio ("Rian Johnson’s third … mystery",
  // WCXB 0106).
  return !POSSESSIVE.test(name[name.length - 1] as string);
}
