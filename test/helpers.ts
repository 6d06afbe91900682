import { expect } from 'vitest';
import { en } from '../src/lang/en.js';
import { compiledPackFor } from '../src/lang/index.js';
import type { CompiledPack } from '../src/lang/matcher.js';
import { creditPatternsFor } from '../src/repair/caption-credit.js';
import { repair } from '../src/repair/repair.js';
import { type Line, segment } from '../src/segment/segment.js';
import { MODE_SETTINGS } from '../src/settings.js';
import { type Article, type DetectContext, type Detector, REMOVAL_KINDS, type Verdict } from '../src/types.js';

/** Five lines of a plain news story, each a paragraph: a body for the cuts at its end to be tried on. */
export const BRIDGE_STORY: readonly string[] = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work on the bridge will start in the spring and close one lane at a time for about a year.',
  'Shops near the bridge asked the council for help with parking during the work.',
  'The council will meet again next month to settle the budget for the bridge.',
];

/** The English pack, compiled. */
export const EN: CompiledPack = compiledPackFor(en);

/** Segments and repairs text the way `clean()` does, with the English pack. */
export function linesOf(text: string, lang: CompiledPack = EN): Line[] {
  return repair(segment(text), creditPatternsFor(lang));
}

/** The single line `text` makes. */
export function lineOf(text: string, lang: CompiledPack = EN): Line {
  const [line] = linesOf(text, lang);
  if (!line) throw new Error(`no line in ${JSON.stringify(text)}`);
  return line;
}

/** A detector context over `lines` in balanced mode. */
export function contextOf(lines: readonly Line[], lang: CompiledPack = EN): DetectContext {
  return { lines, lang, settings: MODE_SETTINGS.balanced };
}

/** A document of `text`: its lines, its first line, and a detector context over it. */
export function docOf(text: string, lang: CompiledPack = EN): { lines: Line[]; line: Line; ctx: DetectContext } {
  const lines = linesOf(text, lang);
  const [line] = lines;
  if (!line) throw new Error(`no line in ${JSON.stringify(text)}`);
  return { lines, line, ctx: contextOf(lines, lang) };
}

/** What `detector` says about the first line of `text`, in a document made of `text` alone. */
export function verdictOf(detector: Detector, text: string, lang: CompiledPack = EN): Verdict | undefined {
  const { line, ctx } = docOf(text, lang);
  return detector.detect(line, ctx);
}

/** Word tokens the way `segment` finds them (letters and digits, inner apostrophes and hyphens), case kept. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu) ?? [];
}

/** The lines of a code block the way segment writes a line: trimmed, runs of spaces folded to one. */
export function codeLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim().replace(/ {2,}/g, ' '));
}

/** Every string the article shows a reader: title, highlights, byline, date, blocks (a listing by lines), end notes. */
export function articleStrings(article: Article): string[] {
  const out: string[] = [...article.highlights, ...article.attributions];
  for (const s of [article.title, article.byline, article.published]) if (s !== null) out.push(s);
  for (const block of article.blocks) {
    if (block.type === 'list') out.push(...block.items);
    else if (block.type === 'figure') {
      out.push(block.caption);
      if (block.credit !== null) out.push(block.credit);
    } else if (block.type === 'code') out.push(...codeLines(block.text));
    else if (block.type === 'table') out.push(...block.rows.flat().filter((cell) => cell !== ''));
    else out.push(block.text);
  }
  return out;
}

/**
 * Asserts the removal contract: each span slices back to its text out of `input`, has a known kind and a
 * non-empty reason, and the spans come in input order without overlapping.
 */
export function expectWellFormedRemovals(input: string, article: Article): void {
  let previousEnd = 0;
  for (const r of article.removed) {
    expect(REMOVAL_KINDS).toContain(r.kind);
    expect(r.reason.trim()).not.toBe('');
    expect(r.start).toBeGreaterThanOrEqual(previousEnd);
    expect(r.end).toBeGreaterThanOrEqual(r.start);
    expect(r.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(r.start, r.end)).toBe(r.text);
    previousEnd = r.end;
  }
}

/** What `run` throws, for a look at the error's fields; fails the test when it throws nothing. */
export function thrownBy<E = Error>(run: () => unknown): E {
  try {
    run();
  } catch (error) {
    return error as E;
  }
  throw new Error('expected a throw');
}

/** Asserts that the reason names each `key=value` measurement given, e.g. `{ hits: 2, words: 4 }`. */
export function expectReasonMeasures(reason: string | undefined, measures: Record<string, number | string>): void {
  for (const [key, value] of Object.entries(measures)) expect(reason).toContain(`${key}=${value}`);
}

/** Five lines of plain news prose, for tests of what closes an article's body. */
export const COUNCIL_ARTICLE: readonly string[] = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work on the bridge will start in the spring and close one lane at a time for about a year.',
  'Shops near the bridge asked the council for help with parking during the work.',
  'The council meets again next month to choose the builder.',
];
