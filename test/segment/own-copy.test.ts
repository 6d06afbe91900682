import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../src/segment/own-copy.js';

describe('ownCopy', () => {
  const page = 'Share this article\nThe council voted on Tuesday to close the “old” bridge.\n';

  it('gives the same characters for a long cut of a page', () => {
    const line = page.slice(19, 74);
    expect(ownCopy(line)).toBe('The council voted on Tuesday to close the “old” bridge.');
  });

  it('returns a cut shorter than a view as it is', () => {
    const label = page.slice(0, 5);
    expect(ownCopy(label)).toBe('Share');
  });

  it('keeps an empty text and one character', () => {
    expect(ownCopy('')).toBe('');
    expect(ownCopy('•')).toBe('•');
  });
});
