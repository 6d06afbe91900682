import { describe, expect, it } from 'vitest';
import { withoutLeadingMark } from '../../src/detectors/leading-mark.js';

describe('withoutLeadingMark', () => {
  it.each([
    ['» Related: How to rent a car', 'Related: How to rent a car'],
    ['🔥 Recommended Posts', 'Recommended Posts'],
    ['➡️ Read more about APIs', 'Read more about APIs'],
    ['\u00a0» More from us', 'More from us'],
    ['© 2024 Example Media', '2024 Example Media'],
  ])('drops the marks before %j', (text, expected) => expect(withoutLeadingMark(text)).toBe(expected));
  it.each(['Related: How to rent a car', '(c) 2024', '"Quoted" headline', ''])('keeps %j as it is', (text) =>
    expect(withoutLeadingMark(text)).toBe(text),
  );
});
