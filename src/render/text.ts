import type { Article } from '../types.js';

/**
 * Renders an article as plain text: headline, highlights, byline and date, the body, and end notes,
 * separated by blank lines. Figures are left out (see `toMarkdown`). Cleaning this text again keeps the body.
 * @example toText(clean(scraped)) // 'Headline\n\nFirst paragraph…'
 */
export function toText(article: Article): string {
  const parts: string[] = [];
  if (article.title) parts.push(article.title);
  parts.push(...article.highlights);
  const meta = [article.byline ? `By ${article.byline}` : null, article.published].filter((s) => s !== null);
  if (meta.length > 0) parts.push(meta.join('\n'));
  if (article.text) parts.push(article.text);
  parts.push(...article.attributions);
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
