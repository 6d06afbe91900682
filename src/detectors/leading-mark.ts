/** Emoji, arrows and guillemets that point at a link before its label ("🔥 Recommended Posts", "» Related: …"). */
const LEADING_MARK = /^(?:\p{Extended_Pictographic}|\uFE0F|[»›→⇒►▸➜]|\s)+/u;
/**
 * Below this code unit only the ASCII and Latin-1 spaces can open a match: the first pictographs are © and ®
 * (U+00A9, U+00AE) and the first mark is » (U+00BB).
 */
const FIRST_MARK_CODE = 0xa0;

/**
 * `text` without the marks that point at a link before its first word.
 * @example withoutLeadingMark('» Related: How to rent a car') // 'Related: How to rent a car'
 */
export function withoutLeadingMark(text: string): string {
  // Why a look at the first code unit: most lines open with a letter, and the Unicode-aware replace was a share of
  // the related detector's time on every short line.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < FIRST_MARK_CODE) return text;
  return text.replace(LEADING_MARK, '');
}
