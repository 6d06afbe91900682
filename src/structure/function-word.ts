/**
 * True when one of `words` (lower-cased tokens, as `Line.tokens`) is a function word of the page's language: a name,
 * a run of labels or a list of tags has none, a heading or a sentence does.
 * @example hasFunctionWord(['use', 'an', 'app'], en.stopwords) // true
 */
export function hasFunctionWord(words: readonly string[], stopwords: ReadonlySet<string>): boolean {
  for (const word of words) if (stopwords.has(word)) return true;
  return false;
}
