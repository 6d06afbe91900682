import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { isFieldLine } from '../../src/structure/field-line.js';

const STOPWORDS = new Set(en.stopwords);

describe('isFieldLine', () => {
  // WCXB 0055, 4111, 0366 innertext.
  it('is true for a term, a colon and a value that holds a figure', () => {
    expect(isFieldLine('Average Rating: 4.45', STOPWORDS)).toBe(true);
    expect(isFieldLine('Price Range: $8-$55', STOPWORDS)).toBe(true);
    expect(isFieldLine('Timeline estimate: 1 week', STOPWORDS)).toBe(true);
  });
  // WCXB 4497 innertext: a title with a figure.
  it('is false when the value is in headline case', () => {
    expect(isFieldLine('Best Low-Cost EV: 2026 Nissan Leaf', STOPWORDS)).toBe(false);
  });
  it('is false without a figure in the value, or with one in the term', () => {
    expect(isFieldLine('Princeton Review: best for advanced exam prep', STOPWORDS)).toBe(false);
    expect(isFieldLine('Step 3: measure the room', STOPWORDS)).toBe(false);
    expect(isFieldLine('Average Rating 4.45', STOPWORDS)).toBe(false);
  });
});
