/** Fewest characters of a content word: shorter tokens are numbers, initials and particles ("a", "of"). */
export const MIN_CONTENT_CHARS = 3;

/**
 * True for a (lower-case) token that carries a topic: {@link MIN_CONTENT_CHARS} characters or more, and not one of
 * the pack's stopwords.
 * @example isContentWord('talks', en.stopwords) // true; isContentWord('the', en.stopwords) // false
 */
export const isContentWord = (token: string, stopwords: ReadonlySet<string>): boolean =>
  token.length >= MIN_CONTENT_CHARS && !stopwords.has(token);
