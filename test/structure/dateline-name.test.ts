import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/segment/segment.js';
import { soleNameOpeningDateline } from '../../src/structure/dateline-name.js';
import { EN, linesOf } from '../helpers.js';

const nameIn = (text: string, date: string): string | null => {
  const lines = linesOf(text);
  return soleNameOpeningDateline(lines[1] as Line, date, lines, EN);
};

describe('soleNameOpeningDateline', () => {
  it("reads a first name before the date under the headline as the writer's", () => {
    expect(nameIn('Caterer Comparison Sheet\nSusan May 4, 2025 0 Comments\nPlan the food first.', 'May 4, 2025')).toBe(
      'Susan',
    );
  });

  it('reads the name before a dash that parts it from the date', () => {
    expect(nameIn('How Many Watts Does a Laptop Use?\nEcoFlow- 2025/4/29\nLaptops use less.', '2025/4/29')).toBe(
      'EcoFlow',
    );
  });

  it('reads no name in a date label, a weekday or a byline prefix', () => {
    expect(nameIn('Caterer Comparison Sheet\nUpdated May 4, 2025\nPlan the food first.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nSunday May 4, 2025\nPlan the food first.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nBy May 4, 2025\nPlan the food first.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nSun, 4th May 2025\nPlan the food first.', '4th May 2025')).toBeNull();
  });

  it('takes a capitalized word the page writes no other way, and none it also writes in lower case', () => {
    const text = 'Caterer Comparison Sheet\nPlanning May 4, 2025\nPlanning the food comes first.';
    expect(nameIn(text, 'May 4, 2025')).toBe('Planning');
    expect(nameIn(`${text}\nGood planning saves money.`, 'May 4, 2025')).toBeNull();
  });

  it('reads no name in a word the page also writes with a plural s', () => {
    const text = 'Ten Easy Projects\nVideo - May 4, 2025\nBuild a stool first.\nVideos';
    expect(nameIn(text, 'May 4, 2025')).toBeNull();
  });

  it('reads no name when two words or none stand before the date', () => {
    expect(nameIn('Caterer Comparison Sheet\nSusan Lee May 4, 2025\nPlan the food.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nMay 4, 2025 Susan\nPlan the food.', 'May 4, 2025')).toBeNull();
  });
});
