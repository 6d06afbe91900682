import { MIN_CONTENT_CHARS } from '../lang/content-word.js';
import { hasUnspacedCode, type Script, UNSPACED_SCRIPTS } from '../segment/script.js';
import type { Line } from '../segment/segment.js';

/**
 * The tokens a line's topic is compared by: its word tokens, or, in a script written without spaces, the runs of
 * {@link MIN_CONTENT_CHARS} characters its tokens are made of. Why: a Chinese or Japanese line's tokens run from one
 * punctuation mark to the next ("国家统计局", "11月居民消费价格同比上涨0"), so a headline and the body that tells
 * its story share no whole token; they share their character runs ("消费价", "费价格").
 * @example topicTokens(line('居民消费价格上涨')) // ['居民消', '民消费', '消费价', '费价格', '价格上', '格上涨']
 */
export function topicTokens(line: Line): readonly string[] {
  return topicTokensOf(line.tokens, line.script);
}

/**
 * {@link topicTokens} of word tokens read from a line in `script`: a part of the line (a headline without the byline
 * glued to it) has the line's script.
 */
export function topicTokensOf(tokens: readonly string[], script: Script): readonly string[] {
  return UNSPACED_SCRIPTS.has(script) ? unspacedGrams(tokens) : tokens;
}

/**
 * `tokens` with each token longer than {@link MIN_CONTENT_CHARS} that holds a letter of an unspaced script cut into
 * its overlapping runs of that many characters; other tokens as they are.
 */
export function unspacedGrams(tokens: readonly string[]): string[] {
  const grams: string[] = [];
  for (const token of tokens) {
    if (token.length <= MIN_CONTENT_CHARS || !hasUnspacedCode(token)) {
      grams.push(token);
      continue;
    }
    for (let i = 0; i + MIN_CONTENT_CHARS <= token.length; i++) grams.push(token.slice(i, i + MIN_CONTENT_CHARS));
  }
  return grams;
}
