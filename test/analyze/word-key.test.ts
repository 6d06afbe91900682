import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordHash, wordKey } from '../../src/analyze/word-key.js';

describe('wordKey', () => {
  it('keeps the words, lower-cased, one space apart', () => {
    expect(wordKey('  Best for: **CRM** — the “top” pick… ')).toBe('best for crm the top pick');
    expect(wordKey('Größe: 10 Äpfel')).toBe('größe 10 äpfel');
  });
});

describe('wordHash', () => {
  it('gives texts with the same words the same hash, and others another', () => {
    expect(wordHash('The Talks — in “Geneva”.')).toBe(wordHash('the talks in geneva'));
    expect(wordHash('Größe: 10 Äpfel')).toBe(wordHash('größe 10 äpfel'));
    expect(wordHash('the talks in geneva')).not.toBe(wordHash('the talks in vienna'));
  });
  it('with a count of words, hashes only the first words of the key', () => {
    expect(wordHash('The Talks — in “Geneva”.', 2)).toBe(wordHash('the talks'));
    expect(wordHash('Größe: 10 Äpfel', 1)).toBe(wordHash('größe'));
    expect(wordHash('the talks in geneva', 3)).not.toBe(wordHash('the talks'));
  });
  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 })], { numRuns: 300, seed: 7 })(
    'is the hash of wordKey whatever the text',
    (text) => {
      expect(wordHash(text)).toBe(wordHash(wordKey(text)));
    },
  );
  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 4 })], {
    numRuns: 300,
    seed: 7,
  })("with a count of words, is the hash of wordKey's first words whatever the text", (text, words) => {
    const first = wordKey(text).split(' ').slice(0, words).join(' ');
    expect(wordHash(text, words)).toBe(wordHash(first));
  });
});
