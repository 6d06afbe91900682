import { tableText } from '../structure/body-text.js';
import { numberedItem } from '../structure/ordinal.js';
import type { Article, Block } from '../types.js';
import { checkArticle } from './article-check.js';
import { checkBlocks } from './block-check.js';

function renderBlock(block: Block): string | null {
  switch (block.type) {
    case 'list':
      return block.items.map((item, k) => (block.ordered ? numberedItem(block, k) : `• ${item}`)).join('\n');
    case 'quote':
      return `> ${block.text}`;
    case 'figure':
      return null;
    case 'table':
      return tableText(block);
    default:
      return block.text;
  }
}

/**
 * The headline over a line of as many `=` as it has characters, as plain text and Markdown underline a title. Why:
 * cleaned again, a plain headline over the first paragraph could not be told from the first heading of a body that
 * opens with one, as `article.text` has no headline (WCXB 0110: "What Is Video Production?"); underlined, it is read
 * as the headline, and a plain line over the first paragraph of a clean text as the body's.
 */
const underlined = (headline: string): string => `${headline}\n${'='.repeat([...headline].length)}`;

/**
 * Renders an article as plain text: headline, highlights, byline and date, the body, and end notes,
 * separated by blank lines; list items keep a bullet or the number the input gave them (`1.`, `b)`), quotes a `>`
 * and a table's cells the tabs between them, so cleaning this text again keeps the body. Figures are left out (see
 * `toMarkdown`); `article.text` is the body alone, without bullets and quote marks.
 * @throws {InvalidInputError} when `article` is not an article (no `highlights`, `blocks` or `attributions` list), or
 *   holds a block it cannot render: a type `clean()` never gives, or a field of the wrong shape.
 * @example toText(clean(scraped)) // 'Headline\n========\n\nFirst paragraph…'
 */
export function toText(article: Article): string {
  checkArticle(article, 'toText');
  checkBlocks(article, 'toText');
  const parts: string[] = [];
  if (article.title) parts.push(underlined(article.title));
  // One line, as pages write them (the seed's dek): cleaning the text again finds them as highlights.
  if (article.highlights.length > 0) parts.push(article.highlights.join(' ■ '));
  const meta = [article.byline ? `By ${article.byline}` : null, article.published].filter((s) => s !== null);
  if (meta.length > 0) parts.push(meta.join('\n'));
  for (const block of article.blocks) {
    const text = renderBlock(block);
    if (text !== null) parts.push(text);
  }
  parts.push(...article.attributions);
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
