import { isContentWord } from '../lang/content-word.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { contentShare } from './content-share.js';
import { topicTokens } from './topic-tokens.js';

/** Paragraphs at the body's start that make its lede: the headline restates them, a related story's title does not. */
export const LEDE_LINES = 4;
/** Fewest words of a paragraph of the lede; a shorter line is a heading, a caption or a label. */
const MIN_PARAGRAPH_WORDS = 12;
/** Characters of a word's start that stand for it, so that "invest" in a headline meets "investing" in the lede. */
const KEY_CHARS = 5;
/** Content words a line needs before its share of lede words counts in full; "Get Started" shares one by chance. */
const FULL_LEDE_WORDS = 3;

/** What {@link ledeKeys} reads. */
export interface LedeInput {
  readonly lines: readonly Line[];
  readonly verdicts: readonly (Verdict | undefined)[];
  /** Index of the body's first prose line. */
  readonly firstProse: number;
  /** Index of the body's last line. */
  readonly bodyEnd: number;
}

/** A word's key: its first {@link KEY_CHARS} characters. */
const keyOf = (token: string): string => token.slice(0, KEY_CHARS);

/**
 * The keys of the content words of the body's first {@link LEDE_LINES} paragraphs that no detector removed.
 * @example ledeKeys({ lines, verdicts, firstProse: 4, bodyEnd: 40 }, en.stopwords) // Set { 'medit', 'anxie', … }
 */
export function ledeKeys(input: LedeInput, stopwords: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  let taken = 0;
  for (let i = input.firstProse; i <= input.bodyEnd && taken < LEDE_LINES; i++) {
    // Why length, not the prose score: a lede that reads as a teaser or a notice scores low yet is the article's
    // opening (measured on the WCXB dev pages: the prose score found fewer headlines).
    if ((input.lines[i] as Line).words < MIN_PARAGRAPH_WORDS || input.verdicts[i] !== undefined) continue;
    taken++;
    for (const token of topicTokens(input.lines[i] as Line))
      if (isContentWord(token, stopwords)) keys.add(keyOf(token));
  }
  return keys;
}

/**
 * Share of the content words of `tokens` whose key is one of the lede's, scaled down for lines of fewer than
 * {@link FULL_LEDE_WORDS} content words.
 * @example ledeShare(['daily', 'meditation', 'anxiety'], ledeKeys(input, en.stopwords), en.stopwords) // 1 when the lede names all three
 */
export function ledeShare(
  tokens: readonly string[],
  keys: ReadonlySet<string>,
  stopwords: ReadonlySet<string>,
): number {
  return contentShare(tokens, stopwords, (token) => (keys.has(keyOf(token)) ? 1 : 0), FULL_LEDE_WORDS);
}
