/**
 * A page title's suffix: the site's name or section that a headline line carries after a separator.
 */
import type { Line } from '../segment/segment.js';
import { wordCount } from '../segment/word-count.js';

/** Most words of what a page title adds after its headline ("| Opinion", "– Artlyst", "| Bridgestone Tires"). */
const MAX_SUFFIX_WORDS = 4;
/** Fewest words left to the headline when a suffix is cut. */
const MIN_HEADLINE_WORDS = 3;
// The last separator of a headline line, spaced on both sides: " | ", " – ", " — ", " - ", " :: ", " • ".
const LAST_SEPARATOR = /\s+(?:\||–|—|-|::|•|·)\s+(?!.*\s(?:\||–|—|-|::|•|·)\s)/u;

/**
 * The headline without the site's name or section that a page title adds after a separator
 * ("The Ultimate Car Maintenance Checklist | Bridgestone Tires", "Best UK Art Exhibitions 2025 – Artlyst"): a
 * short tail after a pipe, or one that the page also writes without the headline (a header, a footer, a section
 * label).
 * @example trimTitleSuffix('Best Exhibitions 2025 – Artlyst', 3, input) // 'Best Exhibitions 2025' when a line says "© Artlyst"
 */
export function trimTitleSuffix(title: string, titleIndex: number, lines: readonly Line[]): string {
  const m = LAST_SEPARATOR.exec(title);
  if (!m) return title;
  const head = title.slice(0, m.index);
  const tail = title.slice(m.index + m[0].length);
  if (wordCount(tail) > MAX_SUFFIX_WORDS || wordCount(head) < MIN_HEADLINE_WORDS) return title;
  // Why: a headline writes its own subtitle after a colon or a dash; a short tail after a pipe is what a page title
  // adds, a site's name or a tagline ("Best Residential Movers in NYC 2025 | Top 19 Companies", WCXB 0055, 0244).
  if (m[0].trim() === '|') return head;
  const lowerHead = head.toLowerCase();
  const lowerTail = tail.toLowerCase();
  // Why: a tail the body merely shares words with is a subtitle ("– From an ASE-Certified Mechanic", WCXB 4326);
  // one the page prints on its own is the site's ("Bridgestone Tires" in the footer, WCXB 4182).
  for (const line of lines) {
    if (line.index === titleIndex) continue;
    const text = line.text.toLowerCase();
    if (text.includes(lowerTail) && !text.includes(lowerHead)) return head;
  }
  return title;
}
