import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/analyze/duplicates.js';
import { linesOf } from '../helpers.js';

const CAPTION = 'Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Rex Tillerson in Moscow.';

describe('findDuplicates', () => {
  it('flags an alt text just before the caption it repeats', () => {
    const lines = linesOf(`${CAPTION}\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    expect(findDuplicates(lines, 0.9).get(0)).toEqual({
      kind: 'duplicate-caption',
      reason: 'alt text of the caption 1 line(s) below (similarity=1.00)',
    });
    expect(findDuplicates(lines, 0.9).has(1)).toBe(false);
  });
  it('looks two lines ahead for the caption', () => {
    const lines = linesOf(`${CAPTION}\nAdvertisement\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    expect(findDuplicates(lines, 0.9).get(0)?.reason).toMatch(/^alt text of the caption 2 line\(s\) below/);
  });
  it('accepts a near-duplicate alt text above the threshold and reports the similarity', () => {
    const alt = CAPTION.replace('Moscow', 'Moskow');
    const lines = linesOf(`${alt}\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    const verdict = findDuplicates(lines, 0.9).get(0);
    expect(verdict?.kind).toBe('duplicate-caption');
    expect(verdict?.reason).toMatch(/similarity=0\.9\d\)$/);
  });
  it('keeps a different line before a caption', () => {
    const lines = linesOf(`The talks lasted for hours.\n${CAPTION}Credit: SERGEI KARPUKHIN/REUTERS`);
    expect(findDuplicates(lines, 0.9).size).toBe(0);
  });
  it('flags a line repeated right after itself, however short', () => {
    const lines = linesOf('Short one\nShort one');
    expect(findDuplicates(lines, 0.9).get(1)).toEqual({
      kind: 'duplicate',
      reason: 'repeats the line above (words=2)',
    });
  });
  it('flags a repeat right after itself ignoring case', () => {
    const lines = linesOf('A long line of six words here.\nA LONG LINE OF SIX WORDS HERE.');
    expect(findDuplicates(lines, 0.9).get(1)?.reason).toBe('repeats the line above (words=7)');
  });
  it('leaves farther repeats to structure, which settles them inside the body only (a TOC entry and its heading)', () => {
    const lines = linesOf('A long line of six words here.\nmiddle\nA long line of six words here.');
    expect(findDuplicates(lines, 0.9).size).toBe(0);
  });
  it('keeps a short line repeated far apart (headings and labels repeat legitimately)', () => {
    const lines = linesOf('Two words\nsomething else\nTwo words');
    expect(findDuplicates(lines, 0.9).size).toBe(0);
  });
  it('keeps the first copy', () => {
    const lines = linesOf('A long line of six words here.\nA long line of six words here.');
    expect([...findDuplicates(lines, 0.9).keys()]).toEqual([1]);
  });
});
