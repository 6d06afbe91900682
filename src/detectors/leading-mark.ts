/** Emoji, arrows and guillemets that point at a link before its label ("🔥 Recommended Posts", "» Related: …"). */
const LEADING_MARK = /^(?:\p{Extended_Pictographic}|\uFE0F|[»›→⇒►▸➜]|\s)+/u;

/**
 * `text` without the marks that point at a link before its first word.
 * @example withoutLeadingMark('» Related: How to rent a car') // 'Related: How to rent a car'
 */
export const withoutLeadingMark = (text: string): string => text.replace(LEADING_MARK, '');
