import { describe, expect, it } from 'vitest';
import { hasFunctionWord } from '../../src/structure/function-word.js';
import { EN } from '../helpers.js';

const stopwords = EN.stopwords;

describe('hasFunctionWord', () => {
  it("finds a function word among a heading's tokens", () => {
    expect(hasFunctionWord(['use', 'an', 'authenticator', 'app'], stopwords)).toBe(true);
  });
  it('finds none in a name or a run of labels', () => {
    expect(hasFunctionWord(['kelia', 'losa', 'reinoso'], stopwords)).toBe(false);
    expect(hasFunctionWord(['privacy', 'accessibility', 'html'], stopwords)).toBe(false);
  });
  it('finds none without stopwords or words', () => {
    expect(hasFunctionWord(['use', 'an', 'app'], new Set())).toBe(false);
    expect(hasFunctionWord([], stopwords)).toBe(false);
  });
});
