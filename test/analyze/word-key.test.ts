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
  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 })], { numRuns: 300, seed: 7 })(
    'is the hash of wordKey whatever the text',
    (text) => {
      expect(wordHash(text)).toBe(wordHash(wordKey(text)));
    },
  );
});
