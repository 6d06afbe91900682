import type { Script } from '../segment/script.js';
import type { Line } from '../segment/segment.js';
import { wordsBetweenSpaces } from '../segment/word-count.js';

// A Chinese, Japanese or Korean name: two to four characters, or a family and a given name that a space parts ("田中
// 太郎").
const UNSPACED_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4}|\p{Script=Han}{1,3} \p{Script=Han}{1,3})$/u;

/**
 * True when `text` is a Chinese, Japanese or Korean person's name: two to four characters of Chinese script or
 * Hangul, a family name and a given name that no space parts ("张伟", "田中太郎", "홍길동"), or that one space parts.
 * Such a name's length is read in characters: split on spaces it is one word.
 * @example isUnspacedName('홍길동') // true; isUnspacedName('首相官邸前') // false
 */
export const isUnspacedName = (text: string): boolean => UNSPACED_NAME.test(text);
/** The scripts a line of such a name is mostly in. */
const NAME_SCRIPTS: ReadonlySet<Script> = new Set(['han', 'hangul']);

/**
 * How many words a name has, as the rules of a name's length count them ("a name is two to four words"): its words
 * between spaces ({@link wordsBetweenSpaces}), and two for a Chinese, Japanese or Korean name, a family and a given name
 * written without a space ({@link isUnspacedName}), where {@link wordsBetweenSpaces} and `wordCount` count one. For a
 * segmented line, {@link nameLineWords}.
 * @example nameWords('Jane Roe') // 2; nameWords('张伟') // 2
 */
export function nameWords(name: string): number {
  return isUnspacedName(name) ? 2 : wordsBetweenSpaces(name);
}

/**
 * How many words a line has as a name's line: two for a Chinese, Japanese or Korean name ({@link nameWords}), which a
 * line's count reads as one word ("张伟", "홍길동") or by its characters, else the line's own count (`line.words`,
 * `wordCount`'s: "Jane Smith/Getty Images" is 4 here, 3 by {@link nameWords}).
 * @example nameLineWords(line('홍길동')) // 2
 */
export function nameLineWords(line: Line): number {
  // Such a name is one or two of a line's words, in Chinese script or Hangul: no other line is looked at.
  return line.words <= 2 && NAME_SCRIPTS.has(line.script) && isUnspacedName(line.text) ? 2 : line.words;
}
