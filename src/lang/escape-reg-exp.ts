import { foldDottedI } from './dotted-i.js';

/**
 * `text` with every character that is special in a regular expression escaped, to match it literally.
 * @example new RegExp(escapeRegExp('U.S. (AP)')).test('U.S. (AP)') // true
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The phrases as one regular-expression alternation that matches each literally, longest first (so "posted on" is
 * tried before "posted"), an i of either dot matching both ({@link foldDottedI}).
 * @example literalAlternation(['a.m.', 'a']) // 'a\\.m\\.|a'
 */
export function literalAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => foldDottedI(escapeRegExp(phrase)))
    .join('|');
}
