import { numberedItem } from '../structure/ordinal.js';
import type { Article, Block } from '../types.js';
import { checkArticle } from './article-check.js';
import { checkBlocks } from './block-check.js';

/**
 * Characters that would start Markdown syntax at the beginning of a line of plain text. Why not a number of up to
 * three digits: the paragraph is a numbered line (segment reads one as an item's marker), which Markdown shows
 * numbered as the page did; escaped ("3\. Results"), it kept the backslash when clean() read the Markdown again.
 */
const LEADING_SYNTAX = /^(?:[#>*+-]|\d{4,}[.)])(?=\s)/;

// A backslash escapes only punctuation: "2017. x" becomes "2017\. x" ("\2017. x" would show the backslash).
const escapeLine = (text: string): string =>
  text.replace(LEADING_SYNTAX, (marker) =>
    /^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`,
  );

/** A fence longer than any run of backticks inside the listing, at least three long. */
function fenceFor(code: string): string {
  const longest = Math.max(2, ...Array.from(code.matchAll(/`+/g), (run) => run[0].length));
  return '`'.repeat(longest + 1);
}

// A bar inside a cell would end it.
const escapeCell = (cell: string): string => cell.replaceAll('|', '\\|');

/**
 * A table as GFM's pipe table. GFM has no table without a head row, so the first row is the head, as it is in most
 * tables pages write.
 */
function renderTable(rows: readonly (readonly string[])[]): string {
  const line = (row: readonly string[]): string => `| ${row.map(escapeCell).join(' | ')} |`;
  const rule = `| ${(rows[0] ?? []).map(() => '---').join(' | ')} |`;
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The two bullets of an unordered list in Markdown. */
type Bullet = '-' | '*';

/**
 * The bullet of a block that follows `previous`, whose bullet was `was` if it is a list: the other one right under an
 * unordered list, else `-`. Why: CommonMark reads two lists with the same bullet and only a blank line between them as
 * one, and so did clean() when the Markdown was cleaned again, where a bullet of another kind starts a new list (WCXB
 * 0038 innertext: a course box's list right under the article's "Key Insights" list came back as one list with it).
 */
const nextBullet = (previous: Block | undefined, was: Bullet): Bullet =>
  previous?.type === 'list' && !previous.ordered && was === '-' ? '*' : '-';

function renderBlock(block: Block, bullet: Bullet): string {
  switch (block.type) {
    case 'paragraph':
      return escapeLine(block.text);
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(2, block.level ?? 2)))} ${block.text}`;
    case 'list': {
      if (!block.ordered) return block.items.map((item) => `${bullet} ${item}`).join('\n');
      // CommonMark numbers in digits only: a lettered list's items are paragraphs that keep their letters ("b) …").
      const parted = block.style?.startsWith('a') ? '\n\n' : '\n';
      return block.items.map((_, k) => numberedItem(block, k)).join(parted);
    }
    case 'quote':
      return `> ${block.text}`;
    case 'code': {
      const fence = fenceFor(block.text);
      return `${fence}\n${block.text}\n${fence}`;
    }
    case 'figure':
      // Why the dash before a credit alone: it marks the line a credit, as it does after a caption; an emphasised
      // line alone was a paragraph when the Markdown was cleaned again (WCXB 0010 innertext: "*Hisense*").
      if (!block.caption) return `*— ${block.credit ?? ''}*`;
      return block.credit ? `*${block.caption}* — ${block.credit}` : `*${block.caption}*`;
    case 'table':
      return renderTable(block.rows);
  }
}

/**
 * Renders an article as Markdown: the headline as `#`, highlights as a list closed by a rule (`---`), byline and date
 * in italics, the body's blocks (headings as `##`, or deeper at their level, bulleted lists with `-`, or `*` right under
 * another, ordered lists numbered from their `start`, code as a fenced block, figures as `*caption* — credit` or a
 * credit alone as `*— credit*`, tables as GFM pipe tables headed by their first row), and end notes.
 * @throws {InvalidInputError} when `article` is not an article (no `highlights`, `blocks` or `attributions` list), or
 *   holds a block it cannot render: a type `clean()` never gives, or a field of the wrong shape.
 * @example toMarkdown(clean(scraped)) // '# Headline\n\n- First highlight\n…'
 */
export function toMarkdown(article: Article): string {
  checkArticle(article, 'toMarkdown');
  checkBlocks(article, 'toMarkdown');
  const parts: string[] = [];
  if (article.title) parts.push(`# ${article.title}`);
  // Why the rule: a list right under the headline may as well be the body's first; closed by a rule, it reads back as
  // the highlights with no byline or date under it (WCXB 0038 innertext, its dek; multisite cnn 2005).
  if (article.highlights.length > 0) parts.push(article.highlights.map((h) => `- ${h}`).join('\n'), '---');
  const meta = [article.byline ? `By ${article.byline}` : null, article.published].filter((s) => s !== null);
  if (meta.length > 0) parts.push(`*${meta.join(' · ')}*`);
  let bullet: Bullet = '-';
  for (let k = 0; k < article.blocks.length; k++) {
    const block = article.blocks[k] as Block;
    bullet = nextBullet(article.blocks[k - 1], bullet);
    parts.push(renderBlock(block, bullet));
  }
  if (article.attributions.length > 0) parts.push(article.attributions.map(escapeLine).join('\n'));
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
