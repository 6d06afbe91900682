import { describe, expect, it } from 'vitest';
import { hasWords, scoreBody } from '../../bench/lib/metrics.js';

describe('hasWords', () => {
  it('finds a word in a gold body', () => expect(hasWords('Der Stadtrat spielt völlig verrückt!')).toBe(true));

  it('finds a word written in another script', () => expect(hasWords('就放心去吧')).toBe(true));

  it('finds none in the empty body of a snippets-only page', () => {
    expect(hasWords('')).toBe(false);
    expect(hasWords(' \n— …\n')).toBe(false);
  });

  it('is why such a page is left out of body F1: against an empty gold every kept text scores 0', () => {
    expect(scoreBody('Folge 37 ist jetzt auch verfügbar.', '').f1).toBe(0);
  });
});
