import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_CONTENT_CHARS } from '../../src/lang/content-word.js';
import { capitalShare, isHeadlineCase } from '../../src/structure/capital-share.js';
import { EN, lineOf } from '../helpers.js';

// The share as first written, a regular expression per word; capitalShare scans instead and must agree.
function referenceShare(text: string, stopwords: ReadonlySet<string>): number {
  let total = 0;
  let capital = 0;
  for (const word of text.split(/\s+/u)) {
    const letters = word.replace(/^[^\p{L}]+/u, '');
    if (letters.length < MIN_CONTENT_CHARS || stopwords.has(letters.toLowerCase())) continue;
    total++;
    if (/^\p{Lu}/u.test(letters)) capital++;
  }
  return total === 0 ? 0 : capital / total;
}

const PIECES = [
  'The',
  'the,',
  'About',
  'talks',
  'Talks',
  'ÉTÉ',
  'état',
  'İstanbul',
  '“Quoted',
  '(Paris)',
  '12th',
  '𝐀bc',
  '𝐚bc',
  '\uD835',
  '\uDC00',
  '\uD83D\uDE00',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\t',
  '-',
];

describe('capitalShare', () => {
  it('is the share of content words that start with a capital', () => {
    expect(capitalShare('Things to Know Before Travelling', EN.stopwords)).toBe(1);
    expect(capitalShare('Cats chase mice', EN.stopwords)).toBeCloseTo(1 / 3);
  });

  it('reads past the marks before a word but not stopwords or short words', () => {
    expect(capitalShare('“Quoted” (Paris) of an', EN.stopwords)).toBe(1);
    expect(capitalShare('the of an', EN.stopwords)).toBe(0);
  });

  it('agrees with the share as first written', () => {
    const text = fc
      .array(
        fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, fc.string({ unit: 'binary', maxLength: 2 })),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(capitalShare(t, EN.stopwords)).toBe(referenceShare(t, EN.stopwords));
      }),
      { numRuns: 3000, seed: 1 },
    );
  });
});

describe('isHeadlineCase', () => {
  const STOPWORDS = EN.stopwords;
  it.each(['What We Like', 'Kansas City Cybersecurity Conference'])(
    'takes %j, every content word capitalized',
    (text) => expect(isHeadlineCase(lineOf(text), STOPWORDS)).toBe(true),
  );
  it.each(['What we like', 'Overview', 'Smart features like facial recognition'])(
    'refuses %j: a lower-case content word, or one word alone',
    (text) => expect(isHeadlineCase(lineOf(text), STOPWORDS)).toBe(false),
  );
});
