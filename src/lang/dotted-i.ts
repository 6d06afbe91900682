/**
 * The four letters Turkish writes its two i's with: "i"/"İ" (dotted) and "ı"/"I" (dotless). Case-insensitive
 * matching (`iu`) pairs "i" with "I" only, so a phrase written "ilgili haberler" missed the title case "İlgili
 * Haberler" and the capitals "İLGİLİ HABERLER" Turkish pages write, and "yazı" missed "YAZI". Phrases match any of
 * the four for any other: no other language writes "İ" or "ı", and folding the two i's together costs a phrase of
 * another language nothing.
 */
export const I_LETTERS = 'iIİı';

/** The character class that matches any of {@link I_LETTERS}, with or without the `i` flag. */
const I_CLASS = `[${I_LETTERS}]`;
const ANY_I = new RegExp(I_CLASS, 'g');

/**
 * An escaped literal pattern in which every i, of either case and dot, matches all four.
 * @example new RegExp(foldDottedI('ilgili'), 'iu').test('İLGİLİ') // true
 */
export const foldDottedI = (pattern: string): string => pattern.replace(ANY_I, I_CLASS);

const FOLDED_I = /i\u0307|ı/g;

/**
 * `word` lowercased, with its i's of either dot written "i": `toLowerCase` writes "İ" as "i̇" (two code units) and
 * keeps "ı", so "NİSAN" and "ARALIK" missed the months "nisan" and "aralık"; folded, all are "nisan" and "aralik".
 * @example foldI('ARALIK') === foldI('Aralık') // true
 */
export const foldI = (word: string): string => word.toLowerCase().replace(FOLDED_I, 'i');
