import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/segment/segment.js';
import { isShouted } from '../../src/structure/shouted.js';
import { linesOf } from '../helpers.js';

const shouted = (text: string): boolean => isShouted(linesOf(text)[0] as Line);

describe('isShouted', () => {
  it('reads a line in capitals, a stray lower-case letter or two allowed', () => {
    expect(shouted('THE BEST HOME GYM SETUPS')).toBe(true);
    expect(shouted('SIMPLIFYING DECISIONS IN THE iPHONE ERA FOR BUYERS AND SELLERS')).toBe(true);
  });
  it('is false for a line in mixed case and for an acronym alone', () => {
    expect(shouted('The Best Home Gym Setups')).toBe(false);
    expect(shouted('AI')).toBe(false);
  });
});
