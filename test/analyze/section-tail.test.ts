import { describe, expect, it } from 'vitest';
import { sectionTail } from '../../src/analyze/section-tail.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

// WCXB 0271: a round-up of camera types, each section closing with its fields.
const SECTION = [
  'Mirrorless cameras are light and quiet, and their electronic viewfinders show the picture as it will be taken.',
  'Pros: light-weight and compact, quieter, reliable video mode',
  'Cons: shorter battery life, fewer lenses',
  'Recommendations: Sony Alpha a7 IV',
];
const LAST = ['IN CONCLUSION', 'Traditional Film', 'Pros: vintage look, inexpensive lenses', 'Cons: developing costs'];

describe('sectionTail', () => {
  it("widens the body over a last section whose lines open with the body's own labels", () => {
    const lines = linesOf([...SECTION, ...LAST, 'Recommendations: Canon AE-1', 'Up Next'].join('\n'));
    const tail = sectionTail(lines, [], { start: 0, end: 3 });
    expect(tail?.extent).toEqual({ start: 0, end: 8 });
    expect([...(tail?.rescored.keys() ?? [])]).toEqual([4, 5, 6, 7, 8]);
  });
  it('leaves teasers that share one label among themselves, and stops at a verdict', () => {
    const teasers = ['By The Numbers: Richest Men', 'By The Numbers: Biggest Investments'];
    const body = [...SECTION.slice(0, 1), 'By The Numbers: The Billionaires', SECTION[0] as string];
    expect(sectionTail(linesOf([...body, ...teasers].join('\n')), [], { start: 0, end: 2 })).toBeNull();
    const verdicts: (Verdict | undefined)[] = [];
    verdicts[5] = { kind: 'related', reason: 'test' };
    expect(sectionTail(linesOf([...SECTION, ...LAST].join('\n')), verdicts, { start: 0, end: 3 })).toBeNull();
  });
  it('leaves a body that gives no field of its own', () => {
    const lines = linesOf([SECTION[0], SECTION[0], ...LAST].join('\n'));
    expect(sectionTail(lines, [], { start: 0, end: 1 })).toBeNull();
  });
  it("keeps the last section's fields in the cleaned text", () => {
    const text = [
      'Best Cameras for Every Photographer',
      '',
      'Choosing a camera is easier once you know what each type does well, and what it costs you to carry it around.',
      '',
      'Mirrorless',
      ...SECTION,
      '',
      'Film cameras are slow, and every picture costs money, but many photographers love the look of the prints.',
      ...LAST,
      'Recommendations: Canon AE-1 35mm Film Camera',
      '',
      'Up Next',
      'Best 4K Video Cameras',
    ];
    expect(clean(text.join('\n')).text).toContain('Recommendations: Canon AE-1 35mm Film Camera');
  });
});
