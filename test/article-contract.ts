/**
 * The article's contract with its input, checked on generated pages (test/properties.test.ts) and on the golden
 * fixtures of real pages (test/golden.test.ts): it shows only text the input holds, and every character of the input
 * is shown by the article or inside a removed span.
 */
import { expect } from 'vitest';
import { normalize } from '../src/index.js';
import type { Article } from '../src/types.js';
import { articleStrings, codeLines, wordsOf } from './helpers.js';
import { unaccountedCharacters } from './unaccounted.js';

/**
 * The paragraphs of an article's text, a listing's lines one by one (a paragraph holds no line end), a table's cells
 * one by one (a paragraph holds no tab).
 */
const textLines = (text: string): string[] => text.split(/[\n\t]+/).flatMap(codeLines);

/** Asserts that every string the article shows, and every paragraph of its text, is written in the input. */
export function expectNothingInvented(source: string, article: Article): void {
  const normalized = normalize(source).text;
  // Segmenting joins a hard-wrapped paragraph's lines, each single line end read as a space.
  const folded = normalized.replace(/ *\n(?! *\n) */g, ' ').replace(/ {2,}/g, ' ');
  // A listing's lines are parted by one line end in the text; they may stand apart in the input.
  const shown = [...articleStrings(article), ...textLines(article.text).filter((p) => p !== '')];
  for (const s of shown) {
    expect(folded).toContain(s);
    for (const word of wordsOf(s)) expect(normalized).toContain(word);
  }
}

/**
 * Asserts that every non-space character of the normalized input is shown by the article or inside a removed span
 * ({@link unaccountedCharacters}): a line shown in part has the rest removed, but for the markup the article's
 * structure stands for (a list item's bullet or number, a quote's or heading's mark, the bars between fields, a
 * byline's "By", a photo credit's "Credit:").
 */
export function expectEveryCharacterAccountedFor(source: string, article: Article): void {
  expect(unaccountedCharacters(source, article)).toEqual([]);
}
