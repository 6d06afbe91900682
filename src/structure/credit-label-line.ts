import { openingPhrase, type PhraseMatcher } from '../lang/matcher.js';

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
