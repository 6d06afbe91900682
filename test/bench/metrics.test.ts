import { describe, expect, it } from 'vitest';
import { hasWords, scoreBody } from '../../bench/lib/metrics.js';

describe('hasWords', () => {
  it('finds a word in a gold body', () => expect(hasWords('Die GEMA dreht völlig am Zeiger!')).toBe(true));

  it('finds a word written in another script', () => expect(hasWords('就放心去吧')).toBe(true));

  it('finds none in the empty body of a snippets-only page', () => {
    expect(hasWords('')).toBe(false);
    expect(hasWords(' \n— …\n')).toBe(false);
  });

  it('is why such a page is left out of body F1: against an empty gold every kept text scores 0', () => {
    expect(scoreBody('Kapitel 121 ist nun auch online.', '').f1).toBe(0);
  });
});
