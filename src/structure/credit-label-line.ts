import { openingPhrase, type PhraseMatcher } from '../lang/matcher.js';

/**
 * True for a line that is a credit's label alone or before a colon ("Source", "Source: NAIC", "Images"), or a label
 * and its kind in small letters before a name ("Image copyright EPA", "Image caption Clouds over the bay"): it names
 * where a picture or a figure came from, or what it shows, not a section. Why: such a line under an image is short and
 * capitalized, so it read as a heading over the text below ("Source" under each tool's screenshot, WCXB 0315
 * innertext; "Source: Sociallyin", 1396; "Source: National Center for Education Statistics", 0267); on the dev pages
 * none of 49 such headings was `<h1>`–`<h6>`. Why the kind in small letters: a picture's credit and caption written as
 * labelled lines ("Image copyright AFP" over "Image caption Mr … is married to …", multisite dev, bbc 2017) were
 * headings 7 times and never `<h1>`–`<h6>`; a heading that opens with a label word goes on in headline case ("Video
 * Editing Basics") or with a function word ("Video and Audio Quality Benchmarks", WCXB 4667), so a word of
 * `stopwords` is no kind. The repair stage leaves a "Source" line in the text, as it may cite a table's source.
 * @example isCreditLabelLine('Source: NAIC', compilePack(en).match.creditLabels, new Set()) // true
 */
export function isCreditLabelLine(text: string, creditLabels: PhraseMatcher, stopwords: ReadonlySet<string>): boolean {
  const label = openingPhrase(creditLabels, text);
  if (label === undefined) return false;
  const rest = text.slice(label.length).trimStart();
  if (rest === '' || rest.startsWith(':')) return true;
  const kind = KIND_BEFORE_NAME.exec(rest)?.[1];
  return kind !== undefined && !stopwords.has(kind);
}
// A word in small letters, then a name's first character: a capital, a digit or a handle's '@'.
const KIND_BEFORE_NAME = /^(\p{Ll}+)\s+[\p{Lu}\p{N}@]/u;
