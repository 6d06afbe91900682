import type { Block } from '../types.js';

/** Most levels a heading has (Markdown's `######`). */
const MAX_LEVEL = 6;
// A heading's outline number of two parts or more ("2.1", "3.2.1."), then a space.
const SUB_NUMBER = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s/u;
// A heading's number of one part ("2."), then a space.
const TOP_NUMBER = /^(\d{1,3})\.\s/u;

/**
 * The blocks with a level on each plain heading numbered as a subsection of the page's outline: "2.1 …" is level 3
 * and "2.1.1 …" level 4, under the `##` of "2. …" (a heading with no level). Why: a guide numbers its sections so
 * ("2. When is the best time to go?" over "2.1 Cherry blossom time" and "2.2 Cheapest time to visit", WCXB 4083
 * innertext; "3. Key Features" over "3.1. Raw Request/Response Capture", 0443), and the number is the one mark of
 * its nesting a plain line keeps. Only where another heading is its parent or sibling ("2." or "2.2" beside "2.1"): a
 * lone "2.5 Million Reasons" is a figure, no outline. A heading that has a level (Markdown's) keeps it.
 * @example withOutlineLevels([{ type: 'heading', text: '2. Setup' }, { type: 'heading', text: '2.1 Install' }])
 * // [{ type: 'heading', text: '2. Setup' }, { type: 'heading', text: '2.1 Install', level: 3 }]
 */
export function withOutlineLevels(blocks: Block[]): Block[] {
  const headingNumbers = blocks.map(plainHeadingNumber);
  // How many headings carry each number, and how many stand under each parent number.
  const numbers = new Map<string, number>();
  const children = new Map<string, number>();
  let subsections = 0;
  for (const number of headingNumbers) {
    if (number === undefined) continue;
    numbers.set(number, (numbers.get(number) ?? 0) + 1);
    const parent = parentOf(number);
    if (parent === undefined) continue;
    children.set(parent, (children.get(parent) ?? 0) + 1);
    subsections++;
  }
  if (subsections === 0) return blocks;
  return blocks.map((block, i) => {
    const number = headingNumbers[i];
    const parent = number === undefined ? undefined : parentOf(number);
    if (block.type !== 'heading' || number === undefined || parent === undefined) return block;
    if (!numbers.has(parent) && (children.get(parent) ?? 0) < 2) return block;
    return { ...block, level: Math.min(MAX_LEVEL, number.split('.').length + 1) };
  });
}

/** The outline number of a heading with no level ("2.1", "2"), or undefined for any other block. */
function plainHeadingNumber(block: Block): string | undefined {
  if (block.type !== 'heading' || block.level !== undefined) return undefined;
  const code = block.text.charCodeAt(0);
  if (code < 0x30 || code > 0x39) return undefined;
  return (SUB_NUMBER.exec(block.text) ?? TOP_NUMBER.exec(block.text))?.[1];
}

/** "2.1" → "2", "2.1.3" → "2.1"; undefined for a number of one part. */
function parentOf(number: string): string | undefined {
  const dot = number.lastIndexOf('.');
  return dot < 0 ? undefined : number.slice(0, dot);
}
