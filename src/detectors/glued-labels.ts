import { LOWER_CASE, letterCaseCodes, letterCodes, UPPER_CASE } from '../segment/char-tables.js';

/** Longest line read as labels glued without spaces: a share bar, not a paragraph. */
const MAX_GLUED_CHARS = 160;
/** Fewest case changes inside the line ("FacebookXReddit…") for it to be read at all. */
const MIN_CASE_CHANGES = 2;

/**
 * How many of `labels` the line is made of when they are glued without a space between them
 * ("Share:FacebookXRedditPinterestEmailLinkedInWhatsApp" is 8 share labels), or 0 when anything else is left or
 * the line is no such run. Each label is taken longest first where the last one ended; what stands between two
 * labels may hold no letter.
 * @example gluedLabels('Share:FacebookXReddit', ['share', 'facebook', 'x', 'reddit']) // 4
 */
export function gluedLabels(text: string, labels: readonly string[]): number {
  if (!mayBeGluedLabels(text)) return 0;
  const lower = text.toLowerCase();
  // Read only after the shape matched: a line of glued labels is rare, and the list is short.
  const words = labels.filter((label) => !label.includes(' ')).sort((a, b) => b.length - a.length);
  const letters = letterCodes();
  let hits = 0;
  let at = 0;
  while (at < lower.length) {
    if (letters[lower.charCodeAt(at)] !== 1) {
      at++;
      continue;
    }
    const label = words.find((word) => lower.startsWith(word, at));
    if (label === undefined) return 0;
    hits++;
    at += label.length;
  }
  return hits;
}

/**
 * The cheap look before the reading: no space, and a lower-case letter right before an upper-case one at least
 * {@link MIN_CASE_CHANGES} times. Most lines fail at the first space.
 */
function mayBeGluedLabels(text: string): boolean {
  if (text.length > MAX_GLUED_CHARS || text.includes(' ') || text.includes('\t')) return false;
  const cases = letterCaseCodes();
  let changes = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = cases[text.charCodeAt(i)] as number;
    if (kind === UPPER_CASE && previous === LOWER_CASE) changes++;
    previous = kind;
  }
  return changes >= MIN_CASE_CHANGES;
}
