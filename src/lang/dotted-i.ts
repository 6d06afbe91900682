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

const CAPITAL_DOTTED_I = /İ/g;
const DOTLESS_I = /ı/g;

/**
 * `text` lowercased with "İ" written "i", as Turkish lowercases it, where `toLowerCase` writes "i̇" (an i and a
 * combining dot above, two code units), so the tokens of "İçin" and "İLE" missed the stopwords "için" and "ile". Every
 * other letter as `toLowerCase` gives it ("I" is "i", "ı" stays).
 * @example lowerCase('İÇİN') // 'için'
 */
export const lowerCase = (text: string): string => text.replace(CAPITAL_DOTTED_I, 'i').toLowerCase();

/**
 * `word` lowercased, with its i's of either dot written "i": {@link lowerCase} keeps "ı", so "ARALIK" missed the month
 * "aralık"; folded, both are "aralik" (and "NİSAN" is "nisan").
 * @example foldI('ARALIK') === foldI('Aralık') // true
 */
export const foldI = (word: string): string => lowerCase(word).replace(DOTLESS_I, 'i');
