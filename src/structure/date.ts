import { foldI } from '../lang/dotted-i.js';
import { literalAlternation } from '../lang/escape-reg-exp.js';
import { type CompiledPack, openingPhrase } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { BULLETS } from './field-marks.js';

/** A date found in a line: the text as written and, when unambiguous, its ISO form. */
export interface FoundDate {
  readonly text: string;
  readonly iso: string | null;
}

/** Most words a date line has (label, weekday, date, time, zone). */
const MAX_DATE_LINE_WORDS = 12;
/**
 * Most dates read off one line, each sought in the rest of the line after the one before: a dateline gives two or
 * three (published, updated). Why a bound: a line of dates glued on and on was quadratic ('By Jane' + 'May 21, 2025 '
 * x 10k before a name, with a URL, took 3.3 s).
 */
export const MAX_DATES_READ = 4;

interface DatePatterns {
  readonly dayMonthYear: RegExp;
  readonly monthDayYear: RegExp;
  /** A month and day glued to the word before them, case-sensitive: the month starts with a capital. */
  readonly gluedMonthDayYear: RegExp;
  /** A numeric date with a space after its periods, day first ({@link SPACED_NUMERIC_DATE}); null where not written. */
  readonly spacedNumeric: RegExp | null;
}

/**
 * What the month-first forms ({@link DatePatterns.monthDayYear}, {@link DatePatterns.gluedMonthDayYear}) hold after
 * the month's last character, in any case and with a year of any era: a line without it has no such date.
 */
const DAY_BEFORE_YEAR = /\S\.?\s+\d{1,2}(?:st|nd|rd|th)?[,.]?\s+(?:19|20|25)\d\d/iu;
/** A year of the forms below; every date they read has one. */
const YEAR = /(?:19|20)\d\d/;
/** A year of an era that runs ahead of the Common Era by a pack's `eraOffset` (the Buddhist era's 2560 is 2017). */
const ERA_YEAR = /25\d\d/;
/** Lowest year read as one of such an era. */
const MIN_ERA_YEAR = 2400;
const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b/;
// Why the hyphen, both times: Dutch pages write a numeric date with hyphens, day first ("Gepubliceerd op 12-04-2017").
const NUMERIC_DATE = /\b(\d{1,2})([./-])(\d{1,2})(?:[./]|(?<=-\d{1,2})-)((?:19|20)\d\d)\b/;
/**
 * The separator a pack's `dayFirstSeparators` lists when the language writes a space after each period of a numeric
 * date, day first: Czech and Slovak "12. 4. 2017" (and "12.4. 2017"). Each space is optional and one character, so
 * the expression never backtracks more than a step.
 */
const SPACED_PERIOD = '. ';
const SPACED_NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)/;
// Why: Chinese, Japanese and Korean pages write the year first, in words ("2025年12月5日 10時30分", "2025년 12월 5일")
// or in numbers parted by slashes or periods ("2025/12/05 10:30", "2025.12.05"), an order no other form has; a
// designer's page parts them by bullets ("2025•01•08" under the headline, WCXB 0323). Why a space after each period:
// Korean writes its numeric dates so, a period after the day too ("2023. 2. 5. 11:40" under a held-out ko blog
// post's headline), as Hungarian does ("2023. 02. 05."); each space is one character, so no backtracking.
const YEAR_FIRST_DATE =
  /(?<!\d)((?:19|20)\d\d)(?:\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]|([./•])(\d{1,2})\4(\d{1,2})(?![\d./•])|\. (\d{1,2})\. (\d{1,2})\.(?!\d))/u;
/** A numeric date with a year of two digits that is all of a line ({@link shortYearDate}). */
const SHORT_YEAR_DATE = /^\s*(\d\d)([./])(\d\d)\2(\d\d)\s*$/;
const TIME = /\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?/gi;

// After the year: no more digits, unless a time is glued on ("October 17, 20236:01 PM ET", WCXB 0161) or a reading
// time ("Mar 27, 20255 mins", WCXB 4377; "May 2nd 202511 mins", 4511).
const YEAR_END = '(?:(?!\\d)|(?=\\d{1,2}[:.]\\d\\d)|(?=\\d{1,3}\\s?(?:[Mm]in|MIN|мин)))';

// Compiled once per pack: a memo of immutable regular expressions, not state that changes a result.
const patternCache = new WeakMap<CompiledPack, DatePatterns>();

/**
 * The pack's month names as one alternation for an expression ({@link literalAlternation}): each matched literally (the
 * dots of Thai abbreviations, "ม.ค.", only as dots), longest first ("sept" before "sep"), an i of either dot matching
 * both.
 */
export const monthAlternation = (lang: CompiledPack): string => literalAlternation([...lang.months.keys()]);

function patternsFor(lang: CompiledPack): DatePatterns {
  let patterns = patternCache.get(lang);
  if (!patterns) {
    const months = monthAlternation(lang);
    const capitalized = literalAlternation(
      [...lang.months.keys()].flatMap((m) => [m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()]),
    );
    // Why the day may end with a period: "December 19. 2025", "Jul. 11. 2025" (WCXB 0448, 4801).
    // Why 25xx: Thai pages date by the Buddhist era ("12 เมษายน 2560"), which the pack's `eraOffset` names.
    const year = lang.pack.eraOffset === undefined ? '(?:19|20)\\d\\d' : '(?:19|20|25)\\d\\d';
    const dayYear = `\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(${year})${YEAR_END}`;
    // Why: a page's hidden "updated" date, written out by a renderer that ignores CSS, is glued to the published one
    // ("20 janvier 202020 janvier 2020", research set soundofscience (fr), html-to-text): the next day may follow.
    const dayFirstYearEnd = `(?:${YEAR_END}|(?=\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${months})(?!\\p{L})))`;
    patterns = {
      // Why "-" between the parts: "19-Dec-2025" (WCXB 0385); "." alone: "Published on 25.Jun.2019" (2020). Why a
      // second month after a slash: Arabic pages name a month twice, its Levantine name and its Egyptian one
      // ("28 آب/اغسطس 2013", research set cnn-arabic (ar)).
      dayMonthYear: new RegExp(
        `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s+|-|\\.)(?:de\\s+)?(${months})(?:\\s?/\\s?(?:${months}))?\\.?,?(?:\\s+|-|(?<=\\.))(?:de\\s+)?(${year})${dayFirstYearEnd}`,
        'iu',
      ),
      monthDayYear: new RegExp(`(?<![\\p{L}])(${months})${dayYear}`, 'iu'),
      // Why: innerText glues a date to the name or section before it ("by Jeffrey ZeldmanNovember 20, 2007",
      // "Mental HealthDECEMBER 22, 2022Updated: …"; WCXB 0363, 4558).
      gluedMonthDayYear: new RegExp(`(?<=\\p{Ll})(${capitalized})${dayYear}`, 'u'),
      spacedNumeric: lang.pack.dayFirstSeparators?.includes(SPACED_PERIOD) ? SPACED_NUMERIC_DATE : null,
    };
    patternCache.set(lang, patterns);
  }
  return patterns;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `year` in the Common Era: less `era` (a pack's `eraOffset`) when it is one of that era's years. */
const commonEra = (year: number, era: number | undefined): number =>
  era !== undefined && year >= MIN_ERA_YEAR ? year - era : year;

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of `month` (1–12) of `year` in the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * The ISO form of a day, or null when there is no such day.
 * @example isoOf(2017, 2, 29) // null
 */
export function isoOf(year: number, month: number, day: number): string | null {
  // A day past the month's end ("31.02.2017") is no date.
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// A year in Arabic-Indic or Persian digits, and every such digit.
const EASTERN_YEAR = /[\u0661\u0662\u06f1\u06f2][\u0660-\u0669\u06f0-\u06f9]{3}/u;
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/gu;
const westernDigit = (digit: string): string => {
  const code = digit.charCodeAt(0);
  return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
};

/**
 * Finds the first date written in a line, in the usual long and numeric forms, in Western or Arabic-Indic digits.
 * @example findDate('Updated: April 12, 2017 5:50 am', compiledEn) // { text: 'April 12, 2017', iso: '2017-04-12' }
 */
export function findDate(text: string, lang: CompiledPack): FoundDate | null {
  const found = findWesternDate(text, lang);
  if (found !== null || !EASTERN_YEAR.test(text)) return found;
  // Why: Arabic pages often write their digits in the Arabic-Indic forms ("١٢ أبريل ٢٠١٧"); read in Western ones, each
  // one character as before, the date keeps its place and is given as the page wrote it.
  const western = text.replace(EASTERN_DIGIT, westernDigit);
  const date = findWesternDate(western, lang);
  if (date === null) return null;
  const at = western.indexOf(date.text);
  return { text: text.slice(at, at + date.text.length), iso: date.iso };
}

/** {@link findDate} for a line written in Western digits. */
function findWesternDate(text: string, lang: CompiledPack): FoundDate | null {
  // Every form has a year of four digits; most lines have none, and the month-name patterns are the costly ones.
  const era = lang.pack.eraOffset;
  if (!YEAR.test(text) && (era === undefined || !ERA_YEAR.test(text))) return shortYearDate(text, lang);
  const { dayMonthYear, monthDayYear, gluedMonthDayYear, spacedNumeric } = patternsFor(lang);
  // The month-first forms only where a day stands between a word and a year: most lines with a year have none, and
  // the month names' expressions cost more than this one (WCXB 4690 innertext: 450 lines "… - 5 September 2024").
  const dayBeforeYear = DAY_BEFORE_YEAR.test(text);
  let m = dayBeforeYear ? monthDayYear.exec(text) : null;
  // A glued date before the first free one is the line's first date.
  const glued = dayBeforeYear ? gluedMonthDayYear.exec(text) : null;
  if (glued !== null && (m === null || glued.index < m.index)) m = glued;
  if (m?.[1] && m[2] && m[3]) {
    const month = lang.months.get(foldI(m[1])) ?? 0;
    return { text: m[0], iso: isoOf(commonEra(Number(m[3]), era), month, Number(m[2])) };
  }
  m = dayMonthYear.exec(text);
  if (m?.[1] && m[2] && m[3]) {
    const month = lang.months.get(foldI(m[2])) ?? 0;
    return { text: m[0], iso: isoOf(commonEra(Number(m[3]), era), month, Number(m[1])) };
  }
  m = ISO_DATE.exec(text);
  if (m?.[1] && m[2] && m[3]) return { text: m[0], iso: isoOf(Number(m[1]), Number(m[2]), Number(m[3])) };
  m = YEAR_FIRST_DATE.exec(text);
  if (m?.[1]) {
    const [month, day] = m[2] ? [m[2], m[3]] : m[5] ? [m[5], m[6]] : [m[7], m[8]];
    return { text: m[0], iso: isoOf(Number(m[1]), Number(month), Number(day)) };
  }
  m = NUMERIC_DATE.exec(text);
  // A spaced date before the first unspaced one is the line's first date; it is day first, as its pack says.
  const spaced = spacedNumeric?.exec(text) ?? null;
  if (spaced?.[1] && spaced[2] && spaced[3] && (m === null || spaced.index < m.index)) {
    return { text: spaced[0], iso: isoOf(Number(spaced[3]), Number(spaced[2]), Number(spaced[1])) };
  }
  if (m?.[1] && m[2] && m[3] && m[4]) return numericDate(m[0], Number(m[1]), m[2], Number(m[3]), Number(m[4]), lang);
  return null;
}

/**
 * The date of a numeric date written `a`, `separator`, `b`, `year`, its ISO form null when the order of day and month
 * is unsure: 04/05/2017 could be April or May, and only a day above 12, or the same number twice, makes the order
 * certain — or a language that writes the day first with that separator.
 */
function numericDate(
  text: string,
  a: number,
  separator: string,
  b: number,
  year: number,
  lang: CompiledPack,
): FoundDate {
  // why: readability test page lemonde-1 — "04.05.2015 à 13h36" under a French headline is 4 May.
  const dayFirst = a > 12 || a === b || (b <= 12 && lang.pack.dayFirstSeparators?.includes(separator) === true);
  const iso = dayFirst ? isoOf(year, b, a) : b > 12 ? isoOf(year, a, b) : null;
  return { text, iso };
}

/**
 * A numeric date with a year of two digits, each part of two, that is all of the text ("14.11.24"), else null: the
 * year is of this century. Why all of it: in a line with other words such a form is as often a version or a time.
 */
function shortYearDate(text: string, lang: CompiledPack): FoundDate | null {
  // Why: WCXB 0257 dates its post only by "14.11.24" on a line of its own over the headline.
  const m = SHORT_YEAR_DATE.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  return numericDate(m[0].trim(), Number(m[1]), m[2], Number(m[3]), 2000 + Number(m[4]), lang);
}

/**
 * The earliest of the dates written in a line ({@link findDate} read on after each), or the first when they cannot
 * be ordered: a post's dateline that gives the day it was updated beside the day it was published puts either first.
 * @example earliestDate('May 21, 2025April 24, 2025 by Jane Doe', compiledEn) // { text: 'April 24, 2025', iso: '2025-04-24' }
 */
export function earliestDate(text: string, lang: CompiledPack): FoundDate | null {
  let best = findDate(text, lang);
  let at = best === null ? -1 : text.indexOf(best.text) + best.text.length;
  for (let read = 1; at >= 0 && read < MAX_DATES_READ; read++) {
    const rest = text.slice(at);
    const next = findDate(rest, lang);
    if (next === null) break;
    if (best !== null && best.iso !== null && next.iso !== null && next.iso < best.iso) best = next;
    at += rest.indexOf(next.text) + next.text.length;
  }
  return best;
}

/**
 * True for a line that holds a date and little else: labels ("Published"), weekday, time, separators.
 * @example looksLikeDateLine(line('Published: 12 April 2017, 10:04'), compiledEn) // true
 */
export function looksLikeDateLine(line: Line, lang: CompiledPack): boolean {
  if (line.words > MAX_DATE_LINE_WORDS) return false;
  const date = findDate(line.text, lang);
  // Without a date the line must hold a date label; asked first because it is the cheaper question.
  if (!date && !lang.match.dateLabels.test(line.text)) return false;
  const rest = (date ? line.text.replace(date.text, ' ') : line.text).replace(TIME, ' ');
  const leftover = lang.match.dateLabels.strip(rest).match(/\p{L}{2,}/gu) ?? [];
  if (!date) return leftover.length === 0 && lang.match.dateLabels.test(line.text);
  // Weekday names and connecting words may remain ("Wednesday", "at", "on").
  return leftover.length <= 3;
}

/**
 * True for a line that opens with a date, after a date label or none, whatever follows it ("Posted on December 20,
 * 2025 by … - 5 Comments on …"): a post's dateline that runs on past what {@link looksLikeDateLine} allows.
 * @example opensWithDate('Posted on December 20, 2025 by Jean-Luc', compiledEn) // true
 */
export function opensWithDate(text: string, lang: CompiledPack): boolean {
  return openingDate(text, lang) !== null;
}

/** The date `text` opens with, after nothing but a date label ({@link opensWithDate}), or null. */
function openingDate(text: string, lang: CompiledPack): FoundDate | null {
  const date = findDate(text, lang);
  if (date === null) return null;
  const before = text.slice(0, text.indexOf(date.text));
  // Only a label and spaces before it: a news ticker's "[ November 28, 2025 ] Travel news: …" over the headline
  // (WCXB 0189) dates another story.
  return /^[\s:]*$/u.test(lang.match.dateLabels.strip(before)) ? date : null;
}

/** What parts the fields of a dateline: bars and bullets, not the dashes that also join a date's parts. */
const DATE_FIELD_SEPARATOR = new RegExp(String.raw`\s*[${BULLETS}]\s*`, 'u');
/** A bar or a bullet right after a date: the end of a dateline's first field. */
const DATE_FIELD_END = new RegExp(String.raw`^\s*[${BULLETS}]`, 'u');

/**
 * True for a line that opens with a date ({@link opensWithDate}), a bar or a bullet right after it: a dateline's first
 * field, where a changelog's entry goes on after its date ("2022-04-12 Link to Choosing Software · Gwern.net" in WCXB
 * 0482's body).
 * @example opensDateFields('12/19/2025 • Friday Philosophy • David Gordon', compiledEn) // true
 */
export function opensDateFields(text: string, lang: CompiledPack): boolean {
  const date = openingDate(text, lang);
  return date !== null && DATE_FIELD_END.test(text.slice(text.indexOf(date.text) + date.text.length));
}

/**
 * True for a line of fields parted by bars or bullets, one of which opens with a date: a dateline that names its
 * source, its dates and its authors, however many words that takes.
 * @example holdsDateField('Le Monde | 04.05.2015 à 13h36 | Par Jean Dupont (avec Marie Durand)', compiledFr) // true
 */
export function holdsDateField(text: string, lang: CompiledPack): boolean {
  if (!DATE_FIELD_SEPARATOR.test(text)) return false;
  return text.split(DATE_FIELD_SEPARATOR).some((field) => opensWithDate(field.trim(), lang));
}

/**
 * True for a line that a date label opens, the date right after it, however long the line runs on ("Posted on November
 * 25, 2024December 3, 2024 in College of Health Sciences, General, …", WCXB 4124): a dateline with a category list,
 * where a body's sentence that opens with a date has no label before it.
 * @example opensWithLabelledDate('Posted on June 4, 2024 in Gardening, Soil, Compost', compiledEn) // true
 */
export function opensWithLabelledDate(text: string, lang: CompiledPack): boolean {
  return openingPhrase(lang.match.dateLabels, text) !== undefined && opensWithDate(text, lang);
}

/**
 * True for a line that holds a date right after a date label, wherever in the line ("Essay - Published: 2025.12.17 |
 * programming |"): a post's dateline among its tags, where a menu's entries never label a date.
 * @example holdsLabelledDate('Essay - Published: 2025.12.17 | create', compiledEn) // true
 */
export function holdsLabelledDate(text: string, lang: CompiledPack): boolean {
  const date = findDate(text, lang);
  if (date === null) return false;
  const before = text.slice(0, text.indexOf(date.text)).replace(/[\s:]+$/u, '');
  return lang.match.dateLabels.find(before).some((label) => before.toLowerCase().endsWith(label.toLowerCase()));
}
