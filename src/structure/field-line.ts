import { openingPhrase, type PhraseMatcher } from '../lang/matcher.js';
import { capitalShare } from './capital-share.js';

/** A term without figures, a colon, then a value that holds a figure; the value is the first group. */
const FIELD = /^[^:\p{N}]{1,40}:\s+(.*\p{N}.*)$/u;

/**
 * True for a line that gives a field and its value, not a title: a term, a colon, and a value that holds a figure and
 * is not in headline case ({@link capitalShare} below 1). Why: such lines are short and capitalized, so they read as
 * headings over the text below ("Average Rating: 4.45", "Price Range: $8-$55", "Timeline estimate: 1 week", WCXB
 * 0055, 4111, 0366 innertext); on the dev pages a heading of that shape was `<h1>`–`<h6>` 7 times in 107, while one
 * whose value is in headline case is a title with a figure ("Best Low-Cost EV: 2026 Nissan Leaf", 4497).
 * @example isFieldLine('Price: $299', en.stopwords) // true
 */
export function isFieldLine(text: string, stopwords: ReadonlySet<string>): boolean {
  const value = FIELD.exec(text)?.[1];
  return value !== undefined && capitalShare(value, stopwords) < 1;
}

/**
 * True for a line that is a credit's label alone or before a colon ("Source", "Source: NAIC", "Images"): it names where
 * a picture or a figure came from, not a section. Why: such a line under an image is short and capitalized, so it read
 * as a heading over the text below ("Source" under each tool's screenshot, WCXB 0315 innertext; "Source: Sociallyin",
 * 1396; "Source: National Center for Education Statistics", 0267); on the dev pages none of 49 such headings was
 * `<h1>`–`<h6>`. The repair stage leaves a "Source" line in the text, as it may cite a table's source.
 * @example isCreditLabelLine('Source: NAIC', compilePack(en).match.creditLabels) // true
 */
export function isCreditLabelLine(text: string, creditLabels: PhraseMatcher): boolean {
  const label = openingPhrase(creditLabels, text);
  if (label === undefined) return false;
  const rest = text.slice(label.length).trimStart();
  return rest === '' || rest.startsWith(':');
}
