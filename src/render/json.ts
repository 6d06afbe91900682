import type { Article } from '../types.js';
import { checkArticle } from './article-check.js';

/**
 * Renders an article as JSON; the same as `JSON.stringify(article, null, indent)`.
 * @throws {InvalidInputError} when `article` is not an article (no `highlights`, `blocks` or `attributions` list).
 * @example JSON.parse(toJson(article)).title === article.title // true
 */
export function toJson(article: Article, indent = 2): string {
  // Why: `toJson()` returned undefined, typed as a string, where toText and toMarkdown say what is wrong.
  checkArticle(article, 'toJson');
  return JSON.stringify(article, null, indent);
}
