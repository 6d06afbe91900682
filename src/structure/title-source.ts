import { wordCount } from '../segment/word-count.js';

/** Fewest words left to the headline when its source is cut off its end. */
const MIN_HEADLINE_WORDS = 3;
// A domain name in parentheses at the end, and maybe a count after it: "… Guarantee Jobs (latimes.com) 87".
const SOURCE_END = /\s+\((?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\)(?:\s+\d+)?$/u;

/**
 * The headline without the source a link aggregator writes after it: the linked site's domain in parentheses, and the
 * count of comments after that ("Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs
 * (latimes.com) 87", WCXB 0396). A headline rarely ends in a bare domain of its own.
 * @example trimTitleSource('Show HN: A Tiny Text Cleaner (github.com)') // 'Show HN: A Tiny Text Cleaner'
 */
export function trimTitleSource(title: string): string {
  const m = SOURCE_END.exec(title);
  if (!m) return title;
  const headline = title.slice(0, m.index);
  return wordCount(headline) < MIN_HEADLINE_WORDS ? title : headline;
}
