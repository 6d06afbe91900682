import { describe, expect, it } from 'vitest';
import { slotBylineName } from '../../src/structure/slot-byline.js';
import { EN, linesOf } from '../helpers.js';

describe('slotBylineName', () => {
  it('reads a brand or a team without a name’s shape (WCXB 4810, 0146)', () => {
    expect(slotBylineName(linesOf('Feb 6, 2025\nBy 3i Global'), 1, EN)).toBe('3i Global');
    expect(slotBylineName(linesOf('By The Currency editors\n12.12.2025'), 0, EN)).toBe('The Currency editors');
    expect(slotBylineName(linesOf('By: 3i Global | 5 min read'), 0, EN)).toBe('3i Global');
  });
  it('counts a phrase written without spaces by its letters: no name of four words', () => {
    expect(slotBylineName(linesOf('By 3i 全球资本管理公司投资研究部门\n2025年2月6日'), 0, EN)).toBeNull();
  });
  it('leaves a phrase, a sentence, a role and a line without a prefix', () => {
    expect(slotBylineName(linesOf('By clicking'), 0, EN)).toBeNull();
    expect(slotBylineName(linesOf('By the end of the year'), 0, EN)).toBeNull();
    expect(slotBylineName(linesOf('By Helen Marsh Science reporter'), 0, EN)).toBeNull();
    expect(slotBylineName(linesOf('3i Global'), 0, EN)).toBeNull();
    expect(slotBylineName(linesOf('By Feb 6, 2025'), 0, EN)).toBeNull();
  });
});
