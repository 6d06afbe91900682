import { wordCount } from '../segment/word-count.js';
/** A separator between crumbs, spaced on both sides ("Home » Podcast", "Car Reviews / Best EVs"). */
export const CRUMB_SEPARATOR = /\s[»›▸>/|]\s/gu;
/** Separators from which a line is a crumb trail (one " | " is a "Headline | Site" page title). */
export const MIN_CRUMB_SEPARATORS = 2;
/** Most words of a crumb: a section's name, a year, a month or a day. */
const MAX_CRUMB_WORDS = 3;

/**
 * True for a crumb trail made only of short crumbs ({@link MAX_CRUMB_WORDS} words at most, a date's parts among them),
 * {@link MIN_CRUMB_SEPARATORS} separators or more: it names where the page stands, and no crumb of it is a headline.
 * A trail that ends in the headline ("Home » Podcast » <headline>") has a long last crumb, and stays a candidate with
 * its crumbs marked. Why: with no other candidate near, "HOME / Home Renovations / Home Renovation Loan" was taken for
 * the headline (WCXB 0227 html-to-text).
 * @example isShortCrumbTrail('Hauptseite » 2012 » März » 14 » Notizen') // true
 */
export function isShortCrumbTrail(text: string): boolean {
  const crumbs = text.split(CRUMB_SEPARATOR);
  if (crumbs.length <= MIN_CRUMB_SEPARATORS) return false;
  for (const crumb of crumbs) {
    const words = wordCount(crumb);
    if (crumb.trim() === '' || words > MAX_CRUMB_WORDS) return false;
  }
  return true;
}
