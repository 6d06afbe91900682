import { InvalidInputError, typeName } from '../errors.js';
import type { Article } from '../types.js';

/**
 * Throws unless `value` has the lists a renderer walks (`highlights`, `blocks`, `attributions`), so that `toText(x)`
 * or `toMarkdown(x)` given something other than `clean()`'s result says so instead of failing on a missing field.
 * @throws {InvalidInputError} naming the renderer (`renderer`) and what it was given.
 */
export function checkArticle(value: unknown, renderer: string): asserts value is Article {
  const article = value as Partial<Article> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(article?.highlights) ||
    !Array.isArray(article?.blocks) ||
    !Array.isArray(article?.attributions)
  ) {
    const received = typeof value === 'object' && value !== null ? 'an object without them' : typeName(value);
    throw new InvalidInputError(
      received,
      `${renderer}() expects an article from clean(), with highlights, blocks and attributions`,
    );
  }
}
