/**
 * The article's contract with its input, checked on generated pages (test/properties.test.ts) and on the golden
 * fixtures of real pages (test/golden.test.ts): it shows only text the input holds, and every line of the input is
 * in the article or inside a removed span.
 */
import { expect } from 'vitest';
import { normalize, segment } from '../src/index.js';
import type { Article } from '../src/types.js';
import { articleStrings, codeLines, wordsOf } from './helpers.js';

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
 * Asserts that every non-blank line of the normalized input is in the article or inside a removed span. A line is in
 * the article when a block, list item, title or end note is that line, or when it holds a highlight, the byline, the
 * date, a caption or a table cell; letter case aside (a shouted heading is shown in sentence case), and line by line
 * for a line the segmenter joined (a listing's lines, shown one by one).
 */
export function expectEveryLineAccountedFor(source: string, article: Article): void {
  const { text, origin } = normalize(source);
  const fold = (s: string): string => s.toLowerCase();
  const whole = new Set<string>(article.attributions.map(fold));
  if (article.title !== null) whole.add(fold(article.title));
  const parts: string[] = article.highlights.map(fold);
  for (const s of [article.byline, article.published]) if (s !== null) parts.push(fold(s));
  for (const block of article.blocks) {
    if (block.type === 'list') for (const item of block.items) whole.add(fold(item));
    else if (block.type === 'figure') parts.push(fold(block.caption));
    else if (block.type === 'code') for (const line of codeLines(block.text)) whole.add(fold(line));
    else if (block.type === 'table')
      parts.push(
        ...block.rows
          .flat()
          .filter((cell) => cell !== '')
          .map(fold),
      );
    else whole.add(fold(block.text));
  }
  const shown = (s: string): boolean => whole.has(fold(s)) || parts.some((p) => fold(s).includes(p));
  for (const line of segment(text)) {
    const start = origin[line.start] ?? -1;
    const end = origin[line.end] ?? -1;
    const removed = article.removed.some((r) => r.start <= start && end <= r.end);
    const inArticle =
      shown(line.text) ||
      shown(line.rawText) ||
      codeLines(text.slice(line.start, line.end)).every((part) => part === '' || whole.has(fold(part)));
    expect(removed || inArticle, `line ${line.index + 1} ${JSON.stringify(line.rawText)}`).toBe(true);
  }
}
