import { describe, expect, it } from 'vitest';
import { BULLETS, DASHES, NAME_STOPS } from '../../src/structure/field-marks.js';

describe('field marks', () => {
  it('are character class bodies: no mark twice, none that changes what a class means', () => {
    for (const marks of [BULLETS, DASHES, NAME_STOPS]) {
      expect(new Set(marks).size).toBe([...marks].length);
      expect(marks).not.toMatch(/[\]\\^-]/u);
    }
  });

  it('keep bullets and dashes apart, a name stopping at both', () => {
    expect([...DASHES].some((mark) => BULLETS.includes(mark))).toBe(false);
    expect(NAME_STOPS.startsWith(`${BULLETS}${DASHES}`)).toBe(true);
    expect(new RegExp(`[${BULLETS}]`, 'u').test('Dec 26, 2025 • Mahua Das')).toBe(true);
    expect(new RegExp(`[${BULLETS}]`, 'u').test('May 9–10, 2025')).toBe(false);
  });
});
