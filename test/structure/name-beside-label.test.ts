import { describe, expect, it } from 'vitest';
import { nameBesideLabel } from '../../src/structure/name-beside-label.js';
import { EN, linesOf } from '../helpers.js';

describe('nameBesideLabel', () => {
  const lines = linesOf('Home\nThe council met on Tuesday and voted on the budget.');
  it('reads the name beside a short label in capitals or title case (WCXB 0106, 0120)', () => {
    expect(nameBesideLabel('JANE ROE | DAILY HERALD', lines, EN)).toBe('JANE ROE');
    expect(nameBesideLabel('Jane Roe and Ali Khan | Guest Columnists', lines, EN)).toBe('Jane Roe and Ali Khan');
  });
  it('takes no one-word name, no label in lower case or with a function word, and no line of three fields', () => {
    expect(nameBesideLabel('Jane | Staff Writer', lines, EN)).toBeNull();
    expect(nameBesideLabel('Jane Roe | staff writer', lines, EN)).toBeNull();
    expect(nameBesideLabel('Jane Roe | Writer Of The Year', lines, EN)).toBeNull();
    expect(nameBesideLabel('Jane Roe | Staff Writer | Politics', lines, EN)).toBeNull();
    expect(nameBesideLabel('Jane Roe', lines, EN)).toBeNull();
  });
  it('takes no label pair whose words the page writes in lower case', () => {
    const page = linesOf('Home\nThe council met on Tuesday to review the budget.');
    expect(nameBesideLabel('Council Review | News', page, EN)).toBeNull();
  });
});
