import { literalAlternation } from '../lang/escape-reg-exp.js';
import type { CompiledPack } from '../lang/matcher.js';
import { spaceCodes } from '../segment/char-tables.js';
import { letterDigitAfter } from '../segment/letter-digit.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { findDate, MAX_DATES_READ } from './date.js';
import { BULLETS, DASHES, NAME_STOPS } from './field-marks.js';
import { isShortLabel } from './menu-label.js';
import { nameBeforeRole } from './role-after-name.js';
import { isUnspacedName, nameLineWords, nameWords } from './unspaced-name.js';

/** Most words of an author's name, or of a few names joined by "and". */
const MAX_NAME_WORDS = 8;
/** Most words of a list of names that commas part ("Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen"). */
const MAX_LIST_WORDS = 16;
/** Most words of a byline line; beyond this it is a sentence that starts with "By". */
export const MAX_BYLINE_LINE_WORDS = 25;

// Where a name ends inside a byline: a separator, a date, a role ("By X • May 4, 2025 • 11 min read",
// "By: Jessica Elliott , Contributor", "By BBK Web on February 11, 2025"; WCXB innertext pages), or the section it
// was filed in ("Dec 26, 2025 • Mahua Das in Project Management", 4218; "May 18, 2023 By Sara Harberson In", 4617).
// A date label ends it too ("By Scott Levine – Updated Sep 9, 2025"): see cutAtDateLabel.
// A word in brackets between a name's words is one of them ("Paramita (Guha) Ghosh", WCXB 4295).
const NAME_END = new RegExp(
  String.raw`\s*(?:[${NAME_STOPS}]|\((?![\p{Lu}][\p{L}\p{M}'’.-]*\)\s+\p{Lu})|\s-\s|\d|\b(?:on|in)\b)`,
  'iu',
);
// A name: capitalized words with the usual particles, initials and hyphens.
const NAME =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|del|der|di|du|la|le|van|von|y|bin|al|and|&)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|\(\p{Lu}[\p{L}\p{M}'’.-]*\)(?=\s)|de|da|del|der|di|du|la|le|van|von|y|bin|al|and|&))*$/u;
/** A word of a name, as in {@link NAME} but not "and". */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|del|der|di|du|la|le|van|von|y|bin|al)`;
/** One person's name of two words or more; a lone capitalized word after a comma is as often a role ("COO"). */
const PERSON = String.raw`${NAME_WORD}(?:\s+${NAME_WORD})+`;
/** A credential: capitals, each with at most one small letter and a period ("MS", "Ph.D.", "CEPF®"). */
const CREDENTIAL = String.raw`(?:\p{Lu}\p{Ll}?\.?){2,}®?`;
/**
 * Where a name's field ends (see NAME_END), a space after a period ("Shelby Loos, DVM. Reviewed by …") or a comma
 * before a word in lower case, a role ("Vanessa Mendez, MD, gastroenterologist, Parkview Health.", WCXB 4574).
 */
const FIELD_END = String.raw`(?=\s*(?:$|[${BULLETS}${DASHES};(]|-\s|\d|on\b|,\s*\p{Ll})|(?<=\.)\s)`;
// Why: a comma goes on with the name when credentials follow ("Dylan Bailey, MS, RD, FAND", WCXB 0003; "Genevieve
// Carlton, Ph.D.", 0026; "Rebecca Lake, CEPF®", 0116) or a list of names that "and" closes ("Danielle DeSiato, Donna
// Enzmann, and Natalie Nguyen", 0010) or that runs to three names or more ("Naftali Tishby, Fernando C. Pereira, William
// Bialek", 0381; 0253); a role is no part of the name ("Jessica Elliott , Contributor", 0343; "Sean Peek, Senior
// Analyst", 0268), and names that spaced commas part are the page's fields, of which the first is the author's (4068).
const COMMA_NAME_SOURCE = String.raw`^(?:${PERSON}(?:\s*,\s*${CREDENTIAL})+|${PERSON}(?:\s*,\s*${PERSON})*\s*,?\s+(?:and|&)\s+${PERSON}|${PERSON}(?:,\s*${PERSON}){2,})${FIELD_END}`;
let commaName: RegExp | undefined;

/**
 * The expression of {@link COMMA_NAME_SOURCE}. Why made on first use: its dozen classes of letters took a twelfth of
 * the library's import to parse, and only a byline with a comma in its name asks it.
 */
function commaNameExpression(): RegExp {
  commaName ??= new RegExp(COMMA_NAME_SOURCE, 'u');
  return commaName;
}

/**
 * The author named by a byline line, or null: "By Jane Doe", "Written by: Jane Doe", "Author: Jane Doe",
 * "By Jane Doe • May 4, 2025 • 11 min read" all give "Jane Doe".
 * @example bylineName(line('By Jane Doe and John Roe'), compiledEn) // 'Jane Doe and John Roe'
 */
export function bylineName(line: Line, lang: CompiledPack): string | null {
  return line.words > MAX_BYLINE_LINE_WORDS ? null : nameInByline(line.text, lang);
}

/** Lines on either side of a byline line within which another naming someone else makes it a menu entry. */
const FACET_REACH = 8;

/**
 * The author the line `lines[i]` names as {@link bylineName} reads it, or null when the line is one of a menu's
 * facets: "By Industry", "By Role", "By Company Size" stacked a few lines apart name no one.
 * @example bylineNameAt([line('By Event Type'), line('Conferences'), line('By Industry')], 0, compiledEn) // null
 */
export function bylineNameAt(lines: readonly Line[], i: number, lang: CompiledPack): string | null {
  const line = lines[i] as Line;
  const name = bylineName(line, lang);
  if (name === null) return null;
  // Why: a solutions menu's "By Event Type" / "By Industry" (WCXB 0049), "By Company Size" / "By Role" (0293) and
  // "BY COMPANY TYPE" / "BY ROLE" (0100) read as bylines; an article's byline stands alone or repeats its own name
  // ("By Chris Radich," over "By Chris Radich", 0471), the name glued to more ("By MixmasterFred in Workshop" over
  // "By MixmasterFredebenisterie Frederic LauziereFollow", 0122).
  // Why: a one-word "name" after a prefix, between a menu's labels, is the menu's entry ("Author Website" among a
  // publisher's services, WCXB 0252; "Author Hub" over "Editor Hub", 2020; "By Modality" over its specialties, 0306).
  if (nameWords(name) < 2 && standsInMenu(lines, i)) return null;
  const opener = line.tokens[0];
  for (let j = Math.max(0, i - FACET_REACH); j <= Math.min(lines.length - 1, i + FACET_REACH); j++) {
    const other = lines[j] as Line;
    if (j === i || other.tokens[0] !== opener) continue;
    const otherName = bylineName(other, lang);
    if (otherName !== null && !otherName.startsWith(name) && !name.startsWith(otherName)) return null;
  }
  return name;
}

/**
 * True when the lines right above and below line `i` are both a menu's short labels; a rule of dashes is none
 * ("----" over "Posted By: Kiersten · In: Sides", WCXB 4164 html-to-text).
 */
function standsInMenu(lines: readonly Line[], i: number): boolean {
  const isLabel = (line: Line | undefined): boolean => line !== undefined && line.words > 0 && isShortLabel(line);
  return isLabel(lines[i - 1]) && isLabel(lines[i + 1]);
}

/**
 * The author named by a byline's text, as {@link bylineName} reads it, with no limit on the text's length.
 * @example nameInByline('by BBK Web on February 11, 2025', compiledEn) // 'BBK Web'
 */
export function nameInByline(text: string, lang: CompiledPack, dated = false): string | null {
  // Asked of every short line: most hold no prefix, and `test` answers that without building an array.
  const prefixes = lang.match.bylinePrefixes;
  const found = (prefixes.test(text) ? prefixes.find(text)[0] : undefined) ?? gluedPrefix(text, lang);
  if (!found || !text.toLowerCase().startsWith(found.toLowerCase())) return null;
  // Why: innerText glues a label to its value ("Written byby Rebecca MacFarlane").
  const after = text.slice(found.length).replace(BYLINE_PREFIX_END, '');
  // Why: a label may stand before the byline's own prefix ("Author Posted by Soliant on December 20, 2024", WCXB 0157).
  const inner = openingBylinePrefix(after, lang);
  const rest = inner === undefined ? after : after.slice(inner.length).replace(BYLINE_PREFIX_END, '');
  // Why: a byline whose name the page left empty runs into the date ("Written By Feb 11, 2019 · 3 min read", WCXB
  // 0104): a month is no name.
  const date = findDate(rest, lang);
  if (date !== null && rest.startsWith(date.text)) return null;
  const field = nameBeforeRole(cutAtDateLabel(cutAtGluedEnd(rest, lang), lang), lang, true);
  // Why: a blog's byline may give the writer's user name as written, in lower case ("by whova | Apr 21, 2025", WCXB
  // 0051; "Posted on July 1, 2024 by infuy", 0330); only a date on the line tells such a byline from a phrase ("by
  // email").
  return (
    leadingName(field) ??
    joinedNames(field, lang) ??
    articledName(field) ??
    // A space or a colon must part the prefix from such a name: "编辑推荐" (editor's picks) heads a list.
    (rest.length < text.length - found.length ? (unspacedName(field) ?? caselessName(field, lang)) : null) ??
    (date !== null || dated ? userName(field, lang) : null)
  );
}

/** What parts a byline's prefix from the name: a glued second "by", a colon, a bar or a dash, and spaces. */
const BYLINE_PREFIX_END = /^(?:by)?\s*[:：︱|\-–—]?\s*/i;

/** A word of a script without capitals that writes spaces between a name's words: Arabic, Hebrew, Thai, and the like. */
const CASELESS_WORD =
  /^(?:(?![\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])[\p{Lo}\p{M}])+$/u;
/** What ends a name in such a script: a mark a name stops at, the Arabic comma or semicolon, a bracket, a digit. */
const CASELESS_NAME_END = new RegExp(String.raw`\s*(?:[${NAME_STOPS}،؛(]|\s-\s|\d)`, 'u');
/** Fewest and most words of a name read without capitals: a given name and one to three family names. */
const MIN_CASELESS_NAME_WORDS = 2;
const MAX_CASELESS_NAME_WORDS = 4;
// Why: Arabic writes its article glued to a noun ("الذكاء"); a given name never opens with it, a phrase after "بواسطة"
// (by means of) does ("بواسطة الذكاء الاصطناعي").
const ARABIC_ARTICLE = /^[وف]?ال/u;

/**
 * The name in a script without capitals that opens a byline's field after its prefix, or null: two to four words of
 * such a script up to a separator, none of them a function word. Why: "بقلم أحمد محمد" under an Arabic headline and
 * "โดย สมชาย ใจดี" under a Thai one named no one, their names having no capitals to read them by.
 * @example caselessName('أحمد محمد', compiledAr) // 'أحمد محمد'
 */
function caselessName(field: string, lang: CompiledPack): string | null {
  const cut = CASELESS_NAME_END.exec(field);
  const words = (cut === null ? field : field.slice(0, cut.index)).trim().split(/\s+/u);
  if (words.length < MIN_CASELESS_NAME_WORDS || words.length > MAX_CASELESS_NAME_WORDS) return null;
  if (ARABIC_ARTICLE.test(words[0] as string)) return null;
  return words.every((word) => CASELESS_WORD.test(word) && !lang.stopwords.has(word)) ? words.join(' ') : null;
}

/**
 * Two names that the pack's word for "and" joins, up to where a name ends ({@link NAME_END}), or null: "Marie Dupont et
 * Jean Martin". Why: the name pattern reads English "and" only, so "Par Marie Dupont et Jean Martin" under a French
 * headline and "Von Anna Müller und Peter Schmidt" under a German one named no one.
 * @example joinedNames('Marie Dupont et Jean Martin', compiledFr) // 'Marie Dupont et Jean Martin'
 */
function joinedNames(field: string, lang: CompiledPack): string | null {
  const cut = NAME_END.exec(field);
  const head = (cut === null ? field : field.slice(0, cut.index)).trim();
  const words = head.split(/\s+/u);
  const at = words.findIndex((word, i) => i > 0 && lang.pack.nameJoiners.includes(word.toLowerCase()));
  if (at < 0) return null;
  // Each a first name and a surname at least: single capitalized words joined so are a heading's ("Par Monts et Vallées").
  const first = at >= 2 ? asName(words.slice(0, at).join(' ')) : null;
  const second = words.length - at - 1 >= 2 ? asName(words.slice(at + 1).join(' ')) : null;
  return first !== null && second !== null ? head : null;
}

/** A name in Chinese characters or Hangul: two to four of them, then the field's end, a space or a separator. */
const UNSPACED_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})(?=$|[\s|,，、；;（(])/u;

/**
 * The Chinese, Japanese or Korean name that opens a byline's field, or null: such a name has no capitals to read it by.
 * why: "作者：张伟" and "记者 张伟" under a Chinese headline (readability test page gmw: "作者︱春春") named no one.
 */
function unspacedName(field: string): string | null {
  return UNSPACED_NAME.exec(field)?.[0] ?? null;
}

/** Capitalized words with "the" among them, two capitalized words at least: a team's or a column's name. */
const ARTICLED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

/**
 * The team or column that a byline's field opens with, "the" written in lower case in it, up to where a name ends
 * ({@link NAME_END}), or null: "By the Lavazza Team 2–3 minutes" (WCXB 4041), "By Ask the Doctors" (4580). One
 * capitalized word after "the" is a heading's phrase ("By the Numbers").
 */
function articledName(field: string): string | null {
  const cut = NAME_END.exec(field);
  const head = (cut === null ? field : field.slice(0, cut.index)).trim();
  return /\bthe\b/u.test(head) && ARTICLED_NAME.test(head) ? head : null;
}

/** A user name: one word in lower case, of letters, digits, dots, dashes or underscores. */
const USER_NAME = /^[\p{Ll}\d][\p{Ll}\p{N}._-]{2,}$/u;

/** `text` when it is a user name ({@link USER_NAME}) and no function word of the page's language, else null. */
const asUserName = (text: string, lang: CompiledPack): string | null =>
  USER_NAME.test(text) && !lang.stopwords.has(text) ? text : null;

/** The user name that opens a byline's field, up to where a name ends ({@link NAME_END}), or null. */
function userName(field: string, lang: CompiledPack): string | null {
  const cut = NAME_END.exec(field);
  return asUserName((cut === null ? field : field.slice(0, cut.index)).trim(), lang);
}

/**
 * The name that opens `text`, up to a separator, a date or a role, with the credentials or further names a comma
 * adds; null when no name opens it.
 * @example leadingName('Tracy Parker, RD | 5 min read') // 'Tracy Parker, RD'
 */
function leadingName(text: string): string | null {
  const cut = NAME_END.exec(text);
  if (cut === null) return asName(text);
  // Asked only where a comma ends the name: most bylines have none.
  const comma = cut[0].endsWith(',') ? commaNameExpression().exec(text) : null;
  return asName(comma ? comma[0] : text.slice(0, cut.index));
}

// What parts the fields of a date line ("Dec 26, 2025 • Mahua Das", "109 Comments | Jill Winger | Last Updated: …").
const FIELD_SEPARATOR = new RegExp(String.raw`\s*[${BULLETS}${DASHES}]\s*|\s+-\s+`, 'u');
/** A date written with its month's name; a numeric one is as often an offer's or a notice's ("Effective 6/2/2025:"). */
const NAMES_MONTH = /\p{L}/u;

/**
 * The author's name in the field of a date line nearest the date, before it or, when nothing stands before it, after
 * it: "Camille Cunningham 25 March 2025 Google algorithm, SEO basics" gives "Camille Cunningham", where the whole
 * line left of the date is no name. Fields that only label the date ("Last Updated:", "Modified:") or hold numbers
 * ("59 Comments") are passed over; a lone word is a label or a weekday, not a name.
 * @example nameBesideDate('Dec 26, 2025 • Mahua Das', 'Dec 26, 2025', compiledEn) // 'Mahua Das'
 */
export function nameBesideDate(text: string, dateText: string, lang: CompiledPack): string | null {
  const at = text.indexOf(dateText);
  if (at < 0 || !NAMES_MONTH.test(dateText)) return null;
  // Why: a label glued to the name before a date ("Korin MillerPublished: Jan 29", WCXB 0004 html-to-text;
  // "JONATHAN JONESLAST UPDATED NOV 6, 2025", 0243).
  const before = cutAtGluedEnd(cutAtGluedLabel(text.slice(0, at), lang), lang)
    .split(FIELD_SEPARATOR)
    .reverse();
  const after = text.slice(afterDates(text, at + dateText.length, lang)).split(FIELD_SEPARATOR);
  for (const fields of [before, after]) {
    for (const field of fields) {
      const stripped = lang.match.dateLabels.strip(field);
      // Why: a label's colon stays behind the name it followed ("Paramita (Guha) Ghosh Published: January 3, 2024",
      // WCXB 4295).
      const rest = (stripped === field ? stripped : stripped.replace(/\s*:\s*$/u, '')).trim();
      // A label of the date ("Last Modified:") or a count ("109 Comments") says nothing of the author.
      if (/^:?$/u.test(rest) || /:$/u.test(rest) || /^\d/u.test(rest)) continue;
      // Why: a weekday belongs to the date, and a verb before it is no name ("Released Wednesday, March 2, 2022", WCXB
      // 4027).
      if (lang.match.weekdays.test(rest)) continue;
      // Why: a function word alone is the date's preposition ("On January 12, 2025 By Gabby Boucher", WCXB 0071
      // html-to-text), no field of its own.
      if (lang.stopwords.has(rest.toLowerCase())) continue;
      // A byline's prefix with no name after it names no one ("Written By Feb 11, 2019", WCXB 0104).
      if (isBareBylinePrefix(rest, lang)) return null;
      const name = nameInByline(rest, lang, true) ?? leadingName(rest);
      // A lone capitalized word is a label or a weekday; a user name after "by" is the writer's ("by infuy").
      if (name !== null && (name.includes(' ') || USER_NAME.test(name))) return name;
      // Something that is no name stands before the date: what follows it is a category or a tag, not a byline
      // ("On Behalf of … PLLC | Apr 21, 2017 | Products Liability").
      return null;
    }
  }
  return null;
}

/**
 * The name a byline field of a dateline gives, when the byline is not the line's first field ("Le Monde | 04.05.2015 à
 * 13h36 | Par Martin Untersinger"); null when no field opens with a byline prefix.
 * @example nameInBylineField('Le Monde | 04.05.2015 | Par Jean Dupont', compiledFr) // 'Jean Dupont'
 */
export function nameInBylineField(text: string, lang: CompiledPack): string | null {
  // why: readability test page lemonde-1 — the source, the dates and "Par <name> (avec …)" share one line under the
  // headline.
  for (const field of text.split(FIELD_SEPARATOR).slice(1)) {
    const name = nameInByline(field.trim(), lang);
    if (name !== null) return name;
  }
  return null;
}

/**
 * Where the run of dates that starts at `from` in `text` ends: a post's dateline may give the day it was updated
 * right after the day it was published, and innerText glues the name on ("September 1, 2016September 8, 2016Autumn
 * Adams", WCXB 0305).
 */
function afterDates(text: string, from: number, lang: CompiledPack): number {
  let end = from;
  for (let read = 1; read < MAX_DATES_READ; read++) {
    const rest = text.slice(end);
    const next = findDate(rest, lang);
    const at = next === null ? -1 : rest.indexOf(next.text);
    if (next === null || rest.slice(0, at).trim() !== '') return end;
    end += at + next.text.length;
  }
  return end;
}

/** `text` up to a date label glued to the word before it ("Korin MillerPublished:"), or `text` unchanged. */
function cutAtGluedLabel(text: string, lang: CompiledPack): string {
  // Why a window as long as the longest label: a copy of the whole rest at each glued capital made a line of them
  // quadratic ('Published' + 'Aa' x 100k took 43 s).
  let window = 0;
  for (const label of lang.pack.dateLabels) window = Math.max(window, label.length);
  for (const m of text.matchAll(GLUED_CAPITAL)) {
    const from = (m.index ?? 0) + 1;
    const tail = text.slice(from, from + window).toLowerCase();
    if (lang.pack.dateLabels.some((label) => tail.startsWith(label))) return text.slice(0, from);
  }
  return text;
}
const GLUED_CAPITAL = /\p{Ll}\p{Lu}/gu;

/**
 * `text` up to a date label that ends the name, and the period before it ("By Bhaval Patel Last Updated:
 * December 6, 2024", WCXB 0278; "By Jeff Cobb.  Last Updated on …", 2218).
 */
function cutAtDateLabel(text: string, lang: CompiledPack): string {
  const label = lang.match.dateLabels.find(text)[0];
  return label === undefined ? text : withoutEndingPeriods(text.slice(0, text.indexOf(label)));
}

/**
 * `text` without the periods and spaces that end it: `text.replace(/[.\s]+$/u, '')` in one pass back from the end.
 * Why not the expression: it tries every period of a run of them inside the text, each to the run's end (a name of
 * 100k periods took 7 s).
 */
function withoutEndingPeriods(text: string): string {
  const spaces = spaceCodes();
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === PERIOD || spaces[text.charCodeAt(end - 1)] === 1)) end--;
  return text.slice(0, end);
}
const PERIOD = 0x2e;

/**
 * `text` up to a date label glued to the name before it ("JONATHAN JONESLAST UPDATED NOV 6, 2025", WCXB 0243).
 */
export function cutAtGluedEnd(text: string, lang: CompiledPack): string {
  const glued = gluedEndFor(lang).exec(text);
  return cutAtGluedFunctionWord(glued ? text.slice(0, glued.index) : text, lang);
}

/**
 * A capitalized word of one or two letters glued to a small letter before it, a space and a capital after it
 * ("BoucherIn Budget"). Why so short: a longer one glues menu entries ("Wedding ChecklistsJust Engaged", WCXB 4589).
 */
const GLUED_SHORT_WORD = /(?<=\p{Ll})\p{Lu}\p{Ll}?(?=\s+\p{Lu})/gu;

/**
 * `text` up to a function word of the pack glued to the name's last word, a capitalized word after it: the section
 * the post was filed in ("By Gabby BoucherIn Budget Travel, Travel Tips", WCXB 0071 html-to-text), whose spaced "in"
 * NAME_END cuts at. A name's own inner capital starts no function word ("DeAnna Lee", "McKay Coppins").
 */
function cutAtGluedFunctionWord(text: string, lang: CompiledPack): string {
  for (const m of text.matchAll(GLUED_SHORT_WORD))
    if (lang.stopwords.has(m[0].toLowerCase())) return text.slice(0, m.index);
  return text;
}

/**
 * A byline prefix glued to the capitalized name after it ("ByNina Pineda", "ByShivya Nath 12th February 2025";
 * WCXB 0031, 4083 innertext), or a prefix of several words in capitals glued to a name in capitals ("WRITTEN
 * BYMADELINE PUCKETTE", 4685 html-to-text), or undefined. Not a prefix of one word in capitals: a name in capitals
 * may open with it ("BYRON DAVIS").
 */
function gluedPrefix(text: string, lang: CompiledPack): string | undefined {
  // Asked of every line a byline detector reads: only the prefixes the line's first letter may start are tried, the
  // capitalized name must start right where a prefix would end (an ASCII character there is read before a sticky
  // test that builds nothing); only then is the head lower-cased and compared.
  for (const prefix of prefixesStarting(text, lang)) {
    if (prefix.length >= text.length) continue;
    const start = text.charCodeAt(prefix.length);
    if (start < 128 && !(start >= 65 && start <= 90)) continue;
    const head = text.slice(0, prefix.length);
    GLUED_NAME_START.lastIndex = prefix.length;
    if (GLUED_NAME_START.test(text) && head.toLowerCase() === prefix) return prefix;
    GLUED_CAPITALS_START.lastIndex = prefix.length;
    if (
      prefix.includes(' ') &&
      GLUED_CAPITALS_START.test(text) &&
      head.toLowerCase() === prefix &&
      head === head.toUpperCase()
    )
      return prefix;
  }
  return undefined;
}
const GLUED_NAME_START = /\p{Lu}\p{Ll}/uy;
const GLUED_CAPITALS_START = /\p{Lu}{2}/uy;

/**
 * The pack's longest byline prefix that opens `text` as a whole word, lower-cased, or undefined: the prefixes are
 * looked up in the pack's list by the text's first character, not found by a phrase scan of the text. Why: asked of
 * every headline candidate that says "by" (kind-byline.ts), the scan cost 1% of a CPU profile.
 * @example openingBylinePrefix('Written by Jane Doe', compiledEn) // 'written by'
 */
export function openingBylinePrefix(text: string, lang: CompiledPack): string | undefined {
  const lower = text.toLowerCase();
  let found: string | undefined;
  for (const prefix of prefixesStarting(text, lang)) {
    if (prefix.length > (found?.length ?? 0) && lower.startsWith(prefix) && !letterDigitAfter(lower, prefix.length))
      found = prefix;
  }
  return found;
}

// Built once per pack: a memo of its byline prefixes grouped by first character, not state that changes a result.
const prefixesByFirstCache = new WeakMap<CompiledPack, readonly (readonly string[])[]>();

/**
 * The pack's byline prefixes that may open `text`, in the pack's order: when its first character is ASCII, those that
 * start with it lower-cased or with a character beyond ASCII; otherwise all of them.
 */
function prefixesStarting(text: string, lang: CompiledPack): readonly string[] {
  let byFirst = prefixesByFirstCache.get(lang);
  if (!byFirst) {
    const prefixes = lang.pack.bylinePrefixes;
    byFirst = Array.from({ length: 128 }, (_, code) => {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      return prefixes.filter((p) => p.charCodeAt(0) >= 128 || p.charCodeAt(0) === lower);
    });
    prefixesByFirstCache.set(lang, byFirst);
  }
  // Why the bounds: a read past the text's end (an empty text) or the table's (a first character beyond ASCII) threw
  // the compiled callers away (--trace-deopt).
  const first = text.length > 0 ? text.charCodeAt(0) : byFirst.length;
  return (first < byFirst.length ? byFirst[first] : undefined) ?? lang.pack.bylinePrefixes;
}

/** Characters of the pack's longest byline prefix. */
function longestPrefix(lang: CompiledPack): number {
  let longest = 0;
  for (const prefix of lang.pack.bylinePrefixes) longest = Math.max(longest, prefix.length);
  return longest;
}
/** What a bare prefix may have besides the prefix: a colon and the spaces around it. */
const BARE_PREFIX_SLACK = 4;

// Compiled once per pack: a memo of immutable regular expressions, not state that changes a result.
const gluedEndCache = new WeakMap<CompiledPack, RegExp>();

/**
 * Where a name ends at a date label glued to its last word ("BY KORIN MILLERPUBLISHED: JAN 29, 2025", WCXB 0004,
 * 0050) or at a month and day, glued or not ("ByKathryn GiuffridaMar 5, 2025", 0098; "BySarah July 30, 2019", 4452;
 * "by JILL BARSHAY August 25, 2025", 0174).
 */
function gluedEndFor(lang: CompiledPack): RegExp {
  let pattern = gluedEndCache.get(lang);
  if (!pattern) {
    const labels = literalAlternation(lang.pack.dateLabels.map((label) => label.toUpperCase()));
    const months = literalAlternation([...lang.months.keys()].map((m) => m.charAt(0).toUpperCase() + m.slice(1)));
    pattern = new RegExp(
      `(?<=\\p{Lu}{2})(?:${labels})(?=[:\\s]|$)|(?<=\\p{Ll}|\\p{Lu}{2})\\s*(?:${months})\\.?\\s+\\d`,
      'u',
    );
    gluedEndCache.set(lang, pattern);
  }
  return pattern;
}

/**
 * The text as an author's name when it is shaped like one (capitalized words, no digits), else null.
 * @example asName('Joanna Okedara') // 'Joanna Okedara'
 */
export function asName(text: string): string | null {
  const name = text.trim();
  if (name === '' || hasMoreWords(name, MAX_LIST_WORDS)) return null;
  if (!hasMoreWords(name, MAX_NAME_WORDS) && NAME.test(name)) return onceOf(name);
  const comma = name.includes(',') ? commaNameExpression().exec(name) : null;
  return comma?.[0].length === name.length ? withoutFinalPeriod(name) : null;
}

/**
 * `name` once where the page wrote it twice in a row: an avatar's text before the name ("Written by: Colin Gray Colin
 * Gray", WCXB 0359 html-to-text).
 */
function onceOf(name: string): string {
  // Why a shift, not a division: half a character's index (an even length) read as a fraction threw the compiled
  // callers away in turn (--trace-deopt); charAt and slice round it down alike.
  const half = (name.length - 1) >> 1;
  return name.charAt(half) === ' ' && name.slice(0, half) === name.slice(half + 1) ? name.slice(0, half) : name;
}

/** `name` without the period that ends its last credential ("Shelby Loos, DVM." gives "Shelby Loos, DVM"; "Ph.D." stays). */
function withoutFinalPeriod(name: string): string {
  const last = name.slice(name.lastIndexOf(',') + 1);
  return last.endsWith('.') && last.indexOf('.') === last.length - 1 ? name.slice(0, -1) : name;
}

/**
 * True when trimmed `text` has more than `most` words between runs of whitespace: `text.split(/\s+/).length > most`,
 * counted without building the array (asked of every short line near a headline or a byline).
 */
function hasMoreWords(text: string, most: number): boolean {
  const spaces = spaceCodes();
  let words = 1;
  for (let i = 1; i < text.length; i++) {
    if (spaces[text.charCodeAt(i)] === 1 && spaces[text.charCodeAt(i - 1)] !== 1 && ++words > most) return true;
  }
  return false;
}

/** Fewest words of an author's bare name on its own line; one capitalized word is as often a section label. */
const MIN_BARE_NAME_WORDS = 2;
/** Most words of an author's bare name; a longer run of capitalized words is a tag list (WCXB 4414). */
const MAX_BARE_NAME_WORDS = 4;

/**
 * The line as an author's name standing alone, without a "By" (a byline's name beside its date), else null.
 * A role after the name is no part of it ({@link nameBeforeRole}).
 * @example bareName(line('Kelia Losa Reinoso'), compiledEn) // 'Kelia Losa Reinoso'
 */
export function bareName(line: Line, lang: CompiledPack): string | null {
  // Why: a list of names that commas part runs past one name's words ("Rui Ma, Heba Ledwon, Manoel Cortes Mendez &
  // Suparn Patra" over the date, WCXB 0215); asName takes a line that long only as such a list.
  if (line.words < MIN_BARE_NAME_WORDS || line.words > MAX_LIST_WORDS) return null;
  const name = asName(nameBeforeRole(line.text, lang));
  // Why: credentials after the name are not its words ("Dylan Bailey, MS, RD, FAND" over the date, WCXB 0003).
  if (name === null) return null;
  const comma = name.indexOf(',');
  return nameWords(comma < 0 ? name : name.slice(0, comma)) <= MAX_BARE_NAME_WORDS ? name : null;
}

/**
 * The line as an author's one-word name ("Mazi", "Kev"), else null: asked only in the byline's slot under the
 * headline, where a single capitalized word in capitals is still a section label.
 * @example soleName(line('Mazi')) // 'Mazi'
 */
export function soleName(line: Line): string | null {
  if (line.words !== 1 || line.text === line.text.toUpperCase()) return null;
  return asName(line.text);
}

/**
 * The line as a writer's user name in lower case standing alone ("inikosoftseo"), else null: asked only in the byline's
 * slot under the headline, over the date, where a blog gives the account's name as written. Why: "inikosoftseo" between
 * the headline and "September 8, 2025" (WCXB 4070) and "3d23d65-ddc6-4ce5" over "Dec 16, 2025" (0486) named no one.
 * @example soleUserName(line('inikosoftseo'), compiledEn) // 'inikosoftseo'
 */
export function soleUserName(line: Line, lang: CompiledPack): string | null {
  return asUserName(line.text, lang);
}

/**
 * The line as a Chinese, Japanese or Korean author's name standing alone, else null: asked only in the byline's slot
 * under the headline, where a date under it vouches for the name that capitals vouch for in a cased script. Why: "田中太郎"
 * between a Japanese headline and its date named no one, where "Anna Miller" there is read ({@link soleName}).
 * @example unspacedSoleName(line('田中太郎')) // '田中太郎'
 */
export function unspacedSoleName(line: Line): string | null {
  return isUnspacedName(line.text) ? line.text : null;
}

// A Chinese or Korean name of two to four characters, then a space and what follows it.
const UNSPACED_NAME_THEN = /^(\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4}) (.+)$/u;

/**
 * The Chinese or Korean name of a line, or of a part of one, that gives only the name and the writer's title after it,
 * one of the pack's role words ("홍길동 기자", reporter Hong Gil-dong; "张伟 记者"), else null: the title vouches for the
 * name wherever the line stands. Why: Korean bylines write so, under the headline or under the dateline, and named no
 * one.
 * @example unspacedNameWithRole('홍길동 기자', compiledKo) // '홍길동'
 */
export function unspacedNameWithRole(text: string, lang: CompiledPack): string | null {
  const m = UNSPACED_NAME_THEN.exec(text);
  return m !== null && lang.pack.roleWords.includes(m[2] as string) ? (m[1] as string) : null;
}

/**
 * True for a byline's prefix standing alone, its name on the next line ("By", "Written by:").
 * @example isBareBylinePrefix('By:', compiledEn) // true
 */
export function isBareBylinePrefix(text: string, lang: CompiledPack): boolean {
  // Asked of every line beside a headline or a name: a line longer than a prefix and its colon is not scanned.
  if (text.length > longestPrefix(lang) + BARE_PREFIX_SLACK) return false;
  const found = lang.match.bylinePrefixes.find(text)[0];
  return found !== undefined && text.trim().replace(/\s*:$/u, '').toLowerCase() === found.toLowerCase();
}

/**
 * The name on the line under the page's first byline prefix that stands alone ("Written by", then "Nathan Myhrvold";
 * "Article by:", then "Cara Dumaplin"), anywhere on the page: an author box after the body, or a byline block far from
 * a missed headline. A lone word there is a label more often than a name.
 * @example nameUnderBarePrefix(linesOf('Text.\nWritten by\nJane Doe'), [], compiledEn) // 'Jane Doe'
 */
export function nameUnderBarePrefix(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  lang: CompiledPack,
): string | null {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const words = nameLineWords(line);
    if (words < 2 || words > MAX_NAME_WORDS || !isBareBylinePrefix((lines[i - 1] as Line).text, lang)) continue;
    // Why: a list's header under an author box's label is no name ("Author", then "Recent Posts"; WCXB 0305).
    const kind = verdicts[i]?.kind;
    if (kind !== undefined && kind !== 'nav' && kind !== 'byline-meta') continue;
    // Why: a Chinese, Japanese or Korean name stands under the label as "Nathan Myhrvold" does (WCXB 4043), with no
    // capitals for leadingName to read it by: the label vouches for it.
    const text = cutAtGluedEnd(line.text, lang);
    const name = unspacedSoleName(line) ?? leadingName(text);
    if (name === null) continue;
    // Why: a one-word name is the writer's when a dash parts it from the role after it ("Written by" over "Eliz -
    // Product marketer", WCXB 0113); alone it is as often a label.
    if (nameWords(name) >= 2 || ROLE_AFTER_DASH.test(text.slice(text.indexOf(name) + name.length))) return name;
  }
  return null;
}

/** A spaced dash and a word after a name: the role a byline gives after it. */
const ROLE_AFTER_DASH = /^\s+[-–—]\s+\p{L}/u;

/** True for a byline line. */
export function looksLikeByline(line: Line, lang: CompiledPack): boolean {
  return bylineName(line, lang) !== null;
}
