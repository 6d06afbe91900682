import type { Line } from '../segment/segment.js';
import { parseUrl } from './parse-url.js';

/** Longest label before the country code that is a registry's own ("co" in "bbc.co.uk", "com" in "abc.com.au"). */
const MAX_REGISTRY_LABEL = 3;
/** Share of a line's content words the host spells from which the line names the site. */
const SITE_SHARE = 0.5;
/** Fewest content words of a line that names the site, and fewest the host spells: one word is as often the topic ("Coffee" on a coffee site). */
const MIN_SITE_WORDS = 2;

/**
 * The site's name as its URL's host spells it: the host's labels run together, without "www", the top-level domain
 * and a registry's label before a country code; null when the string is no absolute URL.
 * @example siteHost('https://tax.thomsonreuters.com/blog/x/') // 'taxthomsonreuters'
 */
export function siteHost(url: string): string | null {
  const host = parseUrl(url)?.hostname.toLowerCase();
  if (host === undefined) return null;
  const labels = host.split('.').filter((label) => label !== 'www');
  labels.pop();
  const last = labels[labels.length - 1];
  if (labels.length >= 2 && last !== undefined && last.length <= MAX_REGISTRY_LABEL) labels.pop();
  const joined = labels.join('');
  return joined === '' ? null : joined;
}

/**
 * True when most of a line's content words (of its words folded, {@link foldedWords}) are spelled in the site's host
 * ({@link siteHost}): the site's name over the headline ("Here Comes the Guide" on herecomestheguide.com, "Thomson
 * Reuters Tax & Accounting" on tax.thomsonreuters.com), not a headline that names one word of it.
 * @example namesSite(foldedWords('Here Comes the Guide'), 'herecomestheguide', en.stopwords) // true
 */
export function namesSite(folded: readonly string[], host: string, stopwords: ReadonlySet<string>): boolean {
  const words = folded.filter((w) => !stopwords.has(w));
  if (words.length < MIN_SITE_WORDS) return false;
  let spelled = 0;
  for (const word of words) if (word.length >= 3 && host.includes(word)) spelled++;
  // why: wcxb 4039 — "History of coffee" on aboutcoffee.org spells one word of two: a topic the site is named for.
  return spelled >= MIN_SITE_WORDS && spelled >= SITE_SHARE * words.length;
}

/** Fewest characters of a name a copyright notice is asked about: a shorter text is in most notices by chance. */
const MIN_NOTICE_NAME_CHARS = 4;

/** The page's lines that hold a copyright sign, lower-cased: the site's notice ("© 2025 Here Comes the Guide"). */
export function copyrightNotices(lines: readonly Line[]): string[] {
  const notices: string[] = [];
  for (const line of lines) if (line.text.includes('©')) notices.push(line.text.toLowerCase());
  return notices;
}

/**
 * True when one of the copyright `notices` ({@link copyrightNotices}) holds the lower-cased `text` and says more: the
 * notice names the site, and the line is its name ("Here Comes the Guide" under "© 2025 Here Comes the Guide. All
 * rights reserved", WCXB 4588), whether or not the URL is known.
 * @example copyrightNames(['© 2025 here comes the guide'], 'here comes the guide') // true
 */
function copyrightNames(notices: readonly string[], text: string): boolean {
  if (text.length < MIN_NOTICE_NAME_CHARS) return false;
  for (const notice of notices) if (notice !== text && notice.includes(text)) return true;
  return false;
}

/**
 * True when a copyright notice of `notices` names the lower-cased `text` of a line whole ({@link copyrightNames}) or
 * its head ({@link copyrightNamesHead}): the line is the site's name, or the site's name and its tagline.
 * @example copyrightNamesLine(['© 2025 dan davies · privacy'], 'dan davies') // true
 */
export function copyrightNamesLine(notices: readonly string[], text: string): boolean {
  return notices.length > 0 && (copyrightNames(notices, text) || copyrightNamesHead(notices, text));
}

const LETTER = /\p{L}/u;
// The first separator spaced on both sides: a page's name line parts the site's name from its tagline with one.
const SPACED_SEPARATOR = /\s(?:\||–|—|-|::|•|·)\s/u;

/**
 * True when the lower-cased `text` opens, before its first spaced separator, with a name a copyright notice gives
 * ({@link copyrightNames}): the site's name and its tagline, not the headline.
 * why: wcxb 0420 innertext — 'Dan Davies - "Back of Mind"' at the page's top, "© 2025 Dan Davies · Privacy" at its foot.
 * @example copyrightNamesHead(['© 2025 dan davies · privacy'], 'dan davies - "back of mind"') // true
 */
function copyrightNamesHead(notices: readonly string[], text: string): boolean {
  const separator = SPACED_SEPARATOR.exec(text);
  if (separator === null) return false;
  const head = text.slice(0, separator.index).trim();
  // Why a letter: every notice gives its year, and a headline may open with one ("2025 – Finding the Turbo Button",
  // WCXB 0440).
  return LETTER.test(head) && copyrightNames(notices, head);
}
