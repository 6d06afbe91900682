import { expect } from 'vitest';
import { type Article, REMOVAL_KINDS } from '../src/index.js';

const KINDS: ReadonlySet<string> = new Set(REMOVAL_KINDS);
const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'list', 'quote', 'figure', 'code', 'table']);

/** What is wrong with `article` as the result of cleaning `input`, or undefined. Plain checks: articles can be big. */
function problemOf(input: string, article: Article): string | undefined {
  let previous = 0;
  for (const [i, r] of article.removed.entries()) {
    const where = `removed[${i}] (${r.start}–${r.end})`;
    if (!(r.start >= previous && r.start <= r.end && r.end <= input.length)) return `${where}: offsets out of order`;
    if (input.slice(r.start, r.end) !== r.text) return `${where}: text is not input.slice(start, end)`;
    if (!KINDS.has(r.kind)) return `${where}: unknown kind ${r.kind}`;
    if (r.reason === '') return `${where}: no reason`;
    previous = r.start;
  }
  for (const [i, block] of article.blocks.entries()) if (!BLOCK_TYPES.has(block.type)) return `blocks[${i}]: type`;
  if (typeof article.text !== 'string') return 'text is not a string';
  const json = JSON.stringify(article);
  if (JSON.stringify(JSON.parse(json)) !== json) return 'does not survive JSON';
  return undefined;
}

/**
 * Asserts that `article` is a well-formed result of cleaning `input`: every removal slices back to its text,
 * in input order, with a known kind and a reason; blocks are typed; the whole survives JSON.
 */
export function expectValidArticle(input: string, article: Article): void {
  expect(problemOf(input, article)).toBeUndefined();
}
