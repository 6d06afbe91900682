import { describe, expect, it } from 'vitest';
import { scoreLine } from '../../src/analyze/extent.js';
import { tabPositions } from '../../src/analyze/table-cells.js';
import { extendOverTables } from '../../src/analyze/table-extent.js';
import { clean } from '../../src/clean.js';
import { en } from '../../src/lang/en.js';
import { normalizeMapped } from '../../src/normalize/normalize.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { tabTables } from '../../src/structure/tab-tables.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const PROSE = [
  'Several medications can help with weight loss when paired with changes to what you eat and how you move.',
  'Your doctor can help you find the one that suits you best, and check how well it works for you over time.',
];
const DRUGS = [
  'Drug name\tBrand name(s)\tFrequency',
  'Semaglutide\tWegovy, Ozempic\tOnce weekly',
  'Orlistat\tAlli\t3x/day',
];
const NAV: Verdict = { kind: 'nav', reason: 'test' };
const STOPWORDS = new Set(en.stopwords);

/** The extent and freed rows `extendOverTables` gives for `input`, the body being its first `end + 1` lines. */
function extendOver(input: string, end: number, verdictAt: Record<number, Verdict> = {}) {
  const normalized = normalizeMapped(input);
  const lines = linesOf(normalized.text);
  const verdicts = lines.map((line) => verdictAt[line.index]);
  const scores = lines.map((line, i) => scoreLine(line, verdicts[i], STOPWORDS, MODE_SETTINGS.balanced, false));
  const tables = tabTables(input, normalized, lines, tabPositions(input));
  return extendOverTables(lines, verdicts, scores, { start: 0, end }, tables, STOPWORDS);
}

describe('extendOverTables', () => {
  it('carries the body over a table under its last paragraph and heading, rows with verdicts and all (WCXB 0065)', () => {
    const input = [...PROSE, 'Weight Loss Medications At a Glance', ...DRUGS, 'Subscribe'].join('\n');
    expect(extendOver(input, 1, { 4: NAV })).toEqual({ extent: { start: 0, end: 5 }, rows: [4] });
  });

  it('stops at a line with a verdict between the body and the table', () => {
    const input = [...PROSE, 'Related posts', ...DRUGS].join('\n');
    expect(extendOver(input, 1, { 2: NAV })).toEqual({ extent: { start: 0, end: 1 }, rows: [] });
  });

  it('leaves a table far under the body alone', () => {
    const input = [...PROSE, ...Array.from({ length: 7 }, (_, k) => `Note ${k}`), ...DRUGS].join('\n');
    expect(extendOver(input, 1).extent).toEqual({ start: 0, end: 1 });
  });

  it('leaves a record of labelled fields alone (WCXB 0380: "Subjects:\\tArtificial Intelligence")', () => {
    const input = [...PROSE, 'Subjects:\tArtificial Intelligence (cs.AI)', 'Cite as:\tarXiv:2512.16245'].join('\n');
    expect(extendOver(input, 1).extent).toEqual({ start: 0, end: 1 });
  });

  it('carries the body on over the paragraph under the table that keeps to its topic (WCXB 0443)', () => {
    const closing =
      'Each of these medications can help with weight loss, and your doctor can check how well it works for you.';
    const input = [...PROSE, ...DRUGS, closing, 'Share this article'].join('\n');
    expect(extendOver(input, 1).extent).toEqual({ start: 0, end: 5 });
  });

  it("stops under the table at a pitch that leaves the body's topic (WCXB 0065)", () => {
    const pitch = 'Get the latest news about our live educational events and online courses for members.';
    const input = [...PROSE, ...DRUGS, pitch].join('\n');
    expect(extendOver(input, 1).extent).toEqual({ start: 0, end: 4 });
  });

  it('leaves a table that starts inside the body to the body search', () => {
    const input = [PROSE[0], ...DRUGS, PROSE[1]].join('\n');
    expect(extendOver(input, 2, { 2: NAV })).toEqual({ extent: { start: 0, end: 2 }, rows: [] });
  });
});

describe('clean', () => {
  it('keeps a table that closes the article as a table block (WCXB 0065)', () => {
    const input = [
      'Menu',
      'Home',
      ...PROSE,
      'Most of them are taken once a week or once a day, and some are approved for children as well as for adults.',
      'Weight Loss Medications At a Glance',
      ...DRUGS,
      'Subscribe to our newsletter',
      '© 2025 Example. All rights reserved.',
    ].join('\n');
    expect(clean(input).blocks.at(-1)).toEqual({
      type: 'table',
      rows: [
        ['Drug name', 'Brand name(s)', 'Frequency'],
        ['Semaglutide', 'Wegovy, Ozempic', 'Once weekly'],
        ['Orlistat', 'Alli', '3x/day'],
      ],
    });
  });
});
