import { lowerCase } from '../lang/dotted-i.js';
import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { asName, bareName, isBareBylinePrefix, unspacedSoleName } from './byline.js';
import { hasFunctionWord } from './function-word.js';
import { holdsWord } from './holds-word.js';
import { nameBeforeRole } from './role-after-name.js';
import { nameLineWords, nameWords } from './unspaced-name.js';

/** Fewest and most words of a bare author name under the headline. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
/** Fewest words of the headline over a name that the page writes only once. */
const MIN_WORDS_OVER_UNVOUCHED_NAME = 4;

/**
 * True when a capitalized line that stands alone reads as a person's name, not a section label of the same shape
 * ("Case Studies", "Get Started", "HR Strategy"): none of its capitalized words is written in lower case anywhere on
 * the page (labels are made of common words). With `loosely`, one word the page never writes in lower case will do
 * ("Everfit Team", "West Bell Dental Care"): asked only where a byline stands.
 * @example readsAsName('Case Studies', linesOf('Case Studies\nTwo case studies.')) // false
 */
export function readsAsName(name: string, lines: readonly Line[], loosely = false): boolean {
  const lowered = name
    .split(' ')
    .filter((word) => word !== word.toLowerCase())
    .map((word) => word.toLowerCase());
  if (lowered.length === 0) return false;
  return loosely ? !lowered.every((word) => writesInLowerCase([word], lines)) : !writesInLowerCase(lowered, lines);
}

/**
 * True when some line writes one of `words` (given in lower case) as a word of its own, case-sensitively: "case" in
 * "a case study", not "Case".
 */
function writesInLowerCase(words: readonly string[], lines: readonly Line[]): boolean {
  // Why loops, not `some`: most calls find no such line, and the scan of every line was the cost.
  // Why outside addresses: "Illinois Admissions" over the date under the headline, the page's e-mail
  // "admissions@illinois.edu" at its foot (WCXB 4622; "info@supermove.com", 0055): an address writes every name so.
  for (const line of lines) for (const word of words) if (holdsWord(line.text, word, true)) return true;
  return false;
}

/** An author's bare name and the line that gives it. */
export interface BareName {
  readonly name: string;
  readonly index: number;
}

/**
 * An author's bare name on the line right under the headline, or under the dek there, when nothing else on the page
 * gives the byline ("Andrei Zakhareuski" under the headline, WCXB 0018; "Lisa Pham", 0127; "Rebecca MacFarlane" over
 * "Written byby Rebecca MacFarlane", 0099), or null. It must {@link readsAsName}, and the page must vouch for it:
 * by writing it again (an author box, a "more by" link), or by using its last word nowhere but in the name (a
 * label's words recur in the menus). Measured on the dev set, the second way adds 17 names on innertext and 16 on
 * html-to-text at 4 wrong ones, menu labels under a headline that was itself missed ("Learn More").
 * A name under the dek has no function word of the page's language; a role written after the name is no part of it.
 * @example nameUnderHeadline(linesOf('Headline\nJane Roe\nText.\nAbout Jane Roe'), 0, compiledEn) // { name: 'Jane Roe', index: 1 }
 */
export function nameUnderHeadline(
  lines: readonly Line[],
  titleIndex: number,
  lang: CompiledPack,
  isDateLine: (line: Line) => boolean = () => false,
): BareName | null {
  const headline = lines[titleIndex];
  if (headline === undefined) return null;
  // Why: a short line taken for the headline is as often a menu entry, and the line under it another one ("Open
  // Equipment" over "Case Studies", WCXB 0013; "Kentucky Par Bourbon" over "Disability Supports", 4245).
  const unvouched = headline.words >= MIN_WORDS_OVER_UNVOUCHED_NAME;
  // Why: html-to-text writes an avatar's image as a list item without words (" * " over "Kalyn Keen" under the
  // headline, WCXB 1651 html-to-text): such an item is no dek.
  const below = lines[titleIndex + 1]?.words === 0 ? titleIndex + 2 : titleIndex + 1;
  const first = lines[below];
  if (first === undefined) return null;
  const under = nameLineAt(lines, first, unvouched, isDateLine, lang);
  if (under !== null) return { name: under, index: first.index };
  // Why: a dek or a label may stand between the headline and the name ("Using database systems to speed up …",
  // then "Christian Winter"; WCXB 0422, 0240, 4232); a line of a name's shape there is no dek.
  const second = lines[below + 1];
  if (second === undefined || asName(first.text) !== null) return null;
  // Why: a subheading under the lede has a name's shape too and opens with a function word ("What Comes Next",
  // test/properties.test.ts: a photo between lede and subheading hid it, and cleaning the text again took it).
  if (hasFunctionWord(second.tokens, lang.stopwords)) return null;
  const name = nameLineAt(lines, second, unvouched, isDateLine, lang);
  return name !== null && unvouched && standsOnlyAsName(name, second, lines) ? { name, index: second.index } : null;
}

/**
 * The line as an author's bare name when it reads as one and the page vouches for it, else null.
 * @param unvouched A name the page writes once may do when its surname stands nowhere else.
 */
function nameLineAt(
  lines: readonly Line[],
  line: Line,
  unvouched: boolean,
  isDateLine: (line: Line) => boolean,
  lang: CompiledPack,
): string | null {
  if (line.listMarker !== null && !opensDatedList(lines, line, isDateLine)) return null;
  // Why: the writer's role may follow the name, glued on ("Mateusz HabernyFounder at Oakywood" under the headline,
  // WCXB 4524).
  const name = asName(nameBeforeRole(line.text, lang));
  if (name === null) return null;
  const words = nameWords(name);
  if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS || !readsAsName(name, lines)) return null;
  // Why: under the headline a line in capitals is a section label far more often than a name (measured).
  if (name.split(' ').some((word) => word.length > 1 && word === word.toUpperCase())) return null;
  if (lines.some((other) => other.index !== line.index && other.text.includes(name))) return name;
  return unvouched && standsOnlyAsName(name, line, lines) && !name.includes('&') ? name : null;
}

/**
 * True when a line other than the `i`th holds `name` alone: the page vouches for a name that it writes again on a
 * line of its own (an author box, a card of the writer's other posts).
 * @example writesAgain('Jane Roe', 1, linesOf('Headline\nJane Roe\nText.\nJane Roe')) // true
 */
export function writesAgain(name: string, i: number, lines: readonly Line[]): boolean {
  for (const line of lines) if (line.index !== i && line.text === name) return true;
  return false;
}

/** How many items after a list's first a date may stand for the list to be a byline block. */
const DATED_LIST_REACH = 2;

/**
 * True when `line` is an item of a list whose next item or the one after is a date: a byline block written as a
 * list ("* Ridvika Arora", "* Marketing", "* August 26, 2025" under the headline; WCXB 0336 html-to-text), not a
 * menu.
 */
function opensDatedList(lines: readonly Line[], line: Line, isDateLine: (line: Line) => boolean): boolean {
  for (let k = line.index + 1; k <= line.index + DATED_LIST_REACH && k < lines.length; k++) {
    const item = lines[k] as Line;
    if (item.listMarker === null) return false;
    if (isDateLine(item)) return true;
  }
  return false;
}

/**
 * True when the name's last word stands on no other line but inside the whole name: a surname the article does not
 * use, where a label's words recur in menus and teasers ("Start Free Trial" beside "Start Trial", WCXB 0127).
 */
function standsOnlyAsName(name: string, line: Line, lines: readonly Line[]): boolean {
  const last = lowerCase(name.split(' ').pop() as string);
  const whole = name.toLowerCase();
  return !lines.some(
    (other) => other.index !== line.index && other.tokens.includes(last) && !other.text.toLowerCase().includes(whole),
  );
}

/** A role's first letter after a name; in a byline not written in capitals, a capital and a small letter. */
const ROLE_START = /^\p{Lu}/u;
const MIXED_CASE_ROLE_START = /^\p{Lu}\p{Ll}/u;

/** Fewest words of a byline's name that the page writes alone before it is cut there. */
const MIN_ALONE_WORDS = 2;

/**
 * The byline's name cut where the page writes its first words alone on a line, when a role runs on after them with no
 * separator ("Written By: Catherine Boeckmann Executive Digital Editor and Master Gardener", and "Catherine Boeckmann"
 * in the author box; WCXB 0214, 4661, 0277); the name unchanged otherwise. A list of names goes on with "and" or a
 * comma and is not cut.
 * @example nameAsWrittenAlone('Jane Roe Staff Writer', linesOf('Jane Roe\nJane writes.')) // 'Jane Roe'
 */
export function nameAsWrittenAlone(name: string, lines: readonly Line[]): string {
  const words = nameWords(name);
  if (words <= MIN_ALONE_WORDS) return name;
  let best = name;
  for (const line of lines) {
    const { text } = line;
    if (line.words < MIN_ALONE_WORDS || line.words >= words || text.length >= best.length) continue;
    // The role starts with a capital right after the name: "and", "&" or a comma would go on with a list. The box
    // may write the name in capitals ("CATHERINE BOECKMANN", html-to-text's heading; WCXB 0214, 4661, 4511): the
    // byline keeps its own case. Matched across case only, the role must open with a capital and a small letter: a
    // byline in capitals gives no sign where its name ends ("BY THE CURRENCY EDITORS" and a menu's "The Currency", 0146).
    // Why the space first: a page of many short lines (WCXB 0215 innertext, 1,651 lines) cut and lower-cased a head
    // of the name for each, a twentieth of what its clean allocated; a head that ends inside a word is no name.
    if (name.charAt(text.length) !== ' ') continue;
    const head = name.slice(0, text.length);
    const role = head === text ? ROLE_START : MIXED_CASE_ROLE_START;
    if (head.toLowerCase() === text.toLowerCase() && role.test(name.slice(text.length + 1))) best = head;
  }
  return best;
}

/** Most words of a name over a byline label; a longer line is a headline or a sentence. */
const MAX_NAME_WORDS_ALONE = 4;

/**
 * The name on the line over the page's first byline label that stands alone and heads no name ("Nawaz Dhandala" over
 * "Author" in the author box after the body, WCXB 4414), or null: the box gives the name first, its label under it.
 * Asked only when no name stands under such a label ({@link nameUnderBarePrefix}). A share button's label has a
 * name's shape too ("Copy Link" over "Author"); its words are written in lower case elsewhere on the page.
 * @example nameOverBarePrefix(linesOf('Text.\nJane Doe\nAuthor'), [], compiledEn) // 'Jane Doe'
 */
export function nameOverBarePrefix(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  lang: CompiledPack,
): string | null {
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] as Line;
    const words = nameLineWords(line);
    if (words < 2 || words > MAX_NAME_WORDS_ALONE || !isBareBylinePrefix((lines[i + 1] as Line).text, lang)) continue;
    const kind = verdicts[i]?.kind;
    if (kind !== undefined && kind !== 'nav' && kind !== 'byline-meta' && kind !== 'author-bio') continue;
    // Why: a Chinese, Japanese or Korean name stands over the label as "Nawaz Dhandala" does (WCXB 4414), with no
    // capitals to read it by nor a case to tell it from a label's words: the label under it vouches for it.
    const unspaced = unspacedSoleName(line);
    if (unspaced !== null) return unspaced;
    const name = bareName(line, lang);
    if (name !== null && readsAsName(name, lines)) return name;
  }
  return null;
}
