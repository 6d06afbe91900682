import { scanLine } from './line-scan.js';
import { hasUnspacedCode, type Script, UNSPACED_SCRIPTS } from './script.js';

/** Letters of a word written in Han or kana: Chinese and Japanese words run 1.5–1.9 letters (Intl.Segmenter). */
const CJK_LETTERS_PER_WORD = 2;
/**
 * Letters of a Thai word, its vowel and tone marks counted. Why four: Thai words run 3.6 such letters on the research
 * set's prachatai story (th, measured with Intl.Segmenter); counted at two, a menu entry ("สิทธิมนุษยชน", "human
 * rights") made six words, past a menu entry's three, and the category menu under the story was kept.
 */
const THAI_LETTERS_PER_WORD = 4;

const lettersPerWord = (script: Script): number => (script === 'thai' ? THAI_LETTERS_PER_WORD : CJK_LETTERS_PER_WORD);

/**
 * The words of a text scanned into `tokens` word tokens, `unspacedLetters` of them letters of a script written
 * without spaces, and mostly in `script`: its tokens, or in Chinese, Japanese and Thai its letters over a word's usual
 * length, when that is more (a sentence there is one token from one punctuation mark to the next).
 * @example wordsOfScan(1, 'kana', 12) // 6
 */
export function wordsOfScan(tokens: number, script: Script, unspacedLetters: number): number {
  return UNSPACED_SCRIPTS.has(script) ? Math.max(tokens, Math.ceil(unspacedLetters / lettersPerWord(script))) : tokens;
}

/**
 * How many words `text` has, as segment counts a line's ({@link wordsOfScan}), in every script: a rule of "at least n
 * words" then holds for a line in Japanese as for one in English, where splitting on spaces reads a whole Japanese
 * sentence as one word. The other counts of words: {@link wordsBetweenSpaces} parts words only at a space ("Jane
 * Smith/Getty Images" is 3 there, 4 here); `nameWords` and `nameLineWords` (structure/unspaced-name.ts) count a
 * Chinese, Japanese or Korean name as two words ("张伟" is 1 here); `countAlphanumericRuns`
 * (analyze/alphanumeric-runs.ts) parts runs at any character that is no letter or digit, where a word here holds its
 * apostrophes, hyphens and combining marks ("don't" is one).
 * @example wordCount('Talks end in Geneva') // 4; wordCount('政府は新しい法案を閣議決定した') // 8
 */
export function wordCount(text: string): number {
  const scan = scanLine(text, 0, text.length);
  return wordsOfScan(scan.tokens.length, scan.script, scan.unspacedLetters);
}

/**
 * How many words `text` has between single spaces, where a piece in a script written without spaces counts as many as
 * {@link wordCount} reads in it: `text.split(' ').length` for a text in a spaced script, word for word. Why: a rule of
 * "at most n words" over a credit or a name read a whole Japanese sentence as one word. Unlike {@link wordCount}, a
 * slash or a colon parts no words, and two spaces in a row count an empty word; `nameWords`
 * (structure/unspaced-name.ts) is this count but for a Chinese, Japanese or Korean name, two words.
 * @example wordsBetweenSpaces('Jane Smith/Getty Images') // 3; wordsBetweenSpaces('首相官邸前で記者団の質問に答える首相') // 9
 */
export function wordsBetweenSpaces(text: string): number {
  if (!hasUnspacedCode(text)) return text.split(' ').length;
  let words = 0;
  for (const piece of text.split(' ')) words += hasUnspacedCode(piece) ? Math.max(1, wordCount(piece)) : 1;
  return words;
}
