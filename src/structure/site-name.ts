import { parseUrl } from './parse-url.js';
import { foldedWords } from './url-slug.js';

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
 * True when most of a line's content words are spelled in the site's host ({@link siteHost}): the site's name over
 * the headline ("Here Comes the Guide" on herecomestheguide.com, "Thomson Reuters Tax & Accounting" on
 * tax.thomsonreuters.com), not a headline that names one word of it.
 * @example namesSite('Here Comes the Guide', 'herecomestheguide', en.stopwords) // true
 */
export function namesSite(text: string, host: string, stopwords: ReadonlySet<string>): boolean {
  const words = foldedWords(text).filter((w) => !stopwords.has(w));
  if (words.length < MIN_SITE_WORDS) return false;
  let spelled = 0;
  for (const word of words) if (word.length >= 3 && host.includes(word)) spelled++;
  // why: wcxb 4039 — "History of coffee" on aboutcoffee.org spells one word of two: a topic the site is named for.
  return spelled >= MIN_SITE_WORDS && spelled >= SITE_SHARE * words.length;
}
