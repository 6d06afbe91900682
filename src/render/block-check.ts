import { InvalidInputError } from '../errors.js';
import { isRecord } from '../is-record.js';
import { quoteValue } from '../quote-value.js';
import type { Article, Block, ListBlock } from '../types.js';

type Fields = Record<string, unknown>;

/** What is wrong with the fields a renderer reads of each block type, or undefined (the type keeps it in step). */
const FIELD_PROBLEMS: { readonly [T in Block['type']]: (block: Fields) => string | undefined } = {
  paragraph: (b) => textProblem(b, 'paragraph'),
  heading: (b) =>
    textProblem(b, 'heading') ??
    (b.level === undefined || Number.isInteger(b.level)
      ? undefined
      : `a heading's level is no whole number but ${quoteValue(b.level)}`),
  list: listProblem,
  quote: (b) => textProblem(b, 'quote'),
  figure: (b) =>
    typeof b.caption !== 'string'
      ? `a figure's caption is no string but ${quoteValue(b.caption)}`
      : b.credit === undefined || b.credit === null || typeof b.credit === 'string'
        ? undefined
        : `a figure's credit is no string nor null but ${quoteValue(b.credit)}`,
  code: (b) => textProblem(b, 'code'),
  table: (b) =>
    Array.isArray(b.rows) && b.rows.every(isTextList) ? undefined : "a table's rows are no list of lists of strings",
};

const BLOCK_TYPES = Object.keys(FIELD_PROBLEMS).join(', ');
/** The styles a list block may name, keyed by its type as {@link FIELD_PROBLEMS} is, so that the type keeps them in step. */
const LIST_STYLE_KEYS: { readonly [S in NonNullable<ListBlock['style']>]: true } = {
  '1)': true,
  'a.': true,
  'a)': true,
};
const LIST_STYLES = Object.keys(LIST_STYLE_KEYS).join(', ');

/**
 * What is wrong with a block for `toText` and `toMarkdown`, or undefined when it is one of the types `clean()` gives
 * with the fields a renderer reads, each of its shape (optional ones may be left out).
 * @example blockProblem({ type: 'video' }) // "its type 'video' is none of paragraph, heading, list, …"
 */
export function blockProblem(block: unknown): string | undefined {
  if (!isRecord(block)) return `is no block but ${quoteValue(block)}`;
  const { type } = block;
  if (typeof type !== 'string' || !Object.hasOwn(FIELD_PROBLEMS, type)) {
    return `its type ${quoteValue(type)} is none of ${BLOCK_TYPES}`;
  }
  return FIELD_PROBLEMS[type as Block['type']](block);
}

/**
 * Throws unless every block of `article` can be rendered ({@link blockProblem}). Why: a block of a type of the caller's
 * own (`{ type: 'video' }`, an article built or edited by hand) was left out of the text unsaid, and one with a field
 * of the wrong shape printed `undefined` or threw a TypeError.
 * @throws {InvalidInputError} naming the renderer, the block's index and what is wrong.
 */
export function checkBlocks(article: Article, renderer: string): void {
  article.blocks.forEach((block: unknown, i) => {
    const problem = blockProblem(block);
    if (problem === undefined) return;
    const at = problem.startsWith('is ') ? `blocks[${i}] ${problem}` : `blocks[${i}]: ${problem}`;
    throw new InvalidInputError(at, `${renderer}() expects an article's blocks as clean() gives them`);
  });
}

function textProblem(block: Fields, type: string): string | undefined {
  return typeof block.text === 'string' ? undefined : `a ${type}'s text is no string but ${quoteValue(block.text)}`;
}

function listProblem(block: Fields): string | undefined {
  const { ordered, start, style, items } = block;
  if (typeof ordered !== 'boolean') return `a list's ordered is no boolean but ${quoteValue(ordered)}`;
  if (start !== undefined && !Number.isInteger(start))
    return `a list's start is no whole number but ${quoteValue(start)}`;
  if (style !== undefined && (typeof style !== 'string' || !Object.hasOwn(LIST_STYLE_KEYS, style))) {
    return `a list's style is none of ${LIST_STYLES} but ${quoteValue(style)}`;
  }
  return isTextList(items) ? undefined : "a list's items are no list of strings";
}

const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string');
