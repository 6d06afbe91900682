import type { Article } from '../types.js';

/**
 * Renders an article as JSON; the same as `JSON.stringify(article, null, indent)`.
 * @example JSON.parse(toJson(article)).title === article.title // true
 */
export function toJson(article: Article, indent = 2): string {
  return JSON.stringify(article, null, indent);
}
