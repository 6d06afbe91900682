import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordHash, wordKey } from '../../src/analyze/word-key.js';
import { HASH_SEED, hashStep } from '../../src/segment/token-pool.js';

/** The hash of the first `words` words of `wordKey(text)`, unit by unit: what wordHash must give. */
function keyHash(text: string, words = Number.POSITIVE_INFINITY): number {
  let hash = HASH_SEED;
  for (const unit of wordKey(text).split(' ').slice(0, words).join(' ')) {
    for (let i = 0; i < unit.length; i++) hash = hashStep(hash, unit.charCodeAt(i));
  }
  return hash;
}

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
  it('hashes a text outside ASCII as its key, unit by unit, for every character of the first 65,536', () => {
    const differ: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `Ab${String.fromCharCode(c)}c d`;
      if (wordHash(text) !== keyHash(text) || wordHash(text, 1) !== keyHash(text, 1)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
  it('reads a surrogate pair as one character and a lone surrogate as none', () => {
    for (const text of ['x𝐀y z', 'x😀y z', 'İ𐐀Ab', 'a\ud835b c', 'a\udc00 b', 'end\ud835']) {
      expect(wordHash(text)).toBe(keyHash(text));
      expect(wordHash(text, 1)).toBe(keyHash(text, 1));
    }
  });
  test.prop(
    [
      fc
        .array(
          fc.constantFrom(
            'Σ',
            'ς',
            'İ',
            'ß',
            '×',
            '\u00a0',
            ' ',
            "'",
            'a',
            'B',
            'é',
            '1',
            '-',
            '😀',
            '𝐀',
            '𐐀',
            '\ud835',
          ),
          {
            maxLength: 120,
          },
        )
        .map((parts) => parts.join('')),
      fc.integer({ min: 1, max: 4 }),
    ],
    { numRuns: 500, seed: 11 },
  )('outside ASCII, is the hash of the key unit by unit', (text, words) => {
    expect(wordHash(text)).toBe(keyHash(text));
    expect(wordHash(text, words)).toBe(keyHash(text, words));
  });
});
