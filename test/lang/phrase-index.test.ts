import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/lang/ar.js';
import { cs } from '../../src/lang/cs.js';
import { de } from '../../src/lang/de.js';
import { en } from '../../src/lang/en.js';
import { es } from '../../src/lang/es.js';
import { fr } from '../../src/lang/fr.js';
import { it as italian } from '../../src/lang/it.js';
import { ko } from '../../src/lang/ko.js';
import {
  compilePack,
  compilePhraseExpression,
  compilePhrases,
  mergePacks,
  type PhraseCategory,
  type PhraseMatcher,
} from '../../src/lang/matcher.js';
import { nl } from '../../src/lang/nl.js';
import { buildScanners, forgetScans } from '../../src/lang/phrase-index.js';
import { pl } from '../../src/lang/pl.js';
import { pt } from '../../src/lang/pt.js';
import { ru } from '../../src/lang/ru.js';
import { sk } from '../../src/lang/sk.js';
import { tr } from '../../src/lang/tr.js';
import type { PhrasePack } from '../../src/lang/types.js';
import { uk } from '../../src/lang/uk.js';

// The index must find exactly what the phrase expression finds: same count, same strip, same matches.
const answers = (m: PhraseMatcher, text: string) => [m.test(text), m.count(text), m.strip(text), m.find(text)];

// Not ja or zh: their phrases are matched by an expression of their own, without the word index (matcher.ts).
const PACKS: readonly PhrasePack[] = [en, de, es, fr, italian, nl, pt, ru, ar, ko, pl, tr, uk, cs, sk];
const CATEGORIES = Object.keys(compilePack(en).match) as PhraseCategory[];

// Characters where case-insensitive Unicode matching, word boundaries or code points are subtle.
const TRICKY = [
  'ſ', // folds to s under `iu`
  'K', // Kelvin sign, folds to k
  'İ',
  'ı',
  'ß',
  'ẞ',
  'ᲀ', // old Cyrillic в
  'ͅ', // folds to ι, so a word character under `iu`
  'Å',
  '𝐀', // astral letter
  '\uD835', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uD83D\uDE00',
  'e\u0301',
  '-',
  '‐',
  '--',
  '\t',
  '\n',
  '\u00A0',
  '\u2028',
  ' ',
  '  ',
  "'",
  '’',
  '&',
  '.',
  '١',
  '²',
  'Ⅻ',
];

/** Text made of a list's phrases, mangled (case, spacing, hyphens, cut short), and tricky characters. */
function textOf(phrases: readonly string[]): fc.Arbitrary<string> {
  const phrase = fc
    .tuple(fc.constantFrom(...phrases), fc.array(fc.nat(99), { minLength: 8, maxLength: 8 }))
    .map(([p, dice]) => {
      let out = '';
      [...p].forEach((ch, i) => {
        const d = dice[i % dice.length] ?? 0;
        if (d < 15) out += ch.toUpperCase();
        else if (ch === ' ' && d < 30) out += ['\t', '  ', '\u00A0', '\n', ''][d % 5];
        else if (ch === '-' && d < 40) out += ['', '‐', '--'][d % 3];
        else if (ch === 's' && d < 45) out += 'ſ';
        else out += ch;
      });
      return (dice[7] ?? 0) < 10 ? out.slice(0, out.length - 1) : out;
    });
  const piece = fc.oneof(
    { weight: 5, arbitrary: phrase },
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  );
  return fc
    .array(fc.tuple(piece, fc.constantFrom('', ' ', '')), { maxLength: 8 })
    .map((parts) => parts.flat().join(''));
}

/** Calls `check` with the index and the reference expression of every non-empty category of `pack` merged with English. */
function eachCategory(
  pack: PhrasePack,
  check: (index: PhraseMatcher, reference: PhraseMatcher, phrases: readonly string[]) => void,
): void {
  const merged: PhrasePack = pack === en ? en : mergePacks(pack.code, [pack, en]);
  // Without the phrases that may follow a digit, which the reference expression cannot (matcher.test.ts): the index
  // then serves them as any other phrase.
  const compiled = compilePack({ ...merged, gluedToNumber: [] });
  for (const category of CATEGORIES) {
    const phrases = merged[category] ?? [];
    if (phrases.length > 0) check(compiled.match[category], compilePhraseExpression(phrases), phrases);
  }
}

describe('phrase index finds what the phrase expression finds', () => {
  for (const pack of PACKS) {
    it(`every category of ${pack.code}, merged with English`, () => {
      eachCategory(pack, (index, reference, phrases) => {
        fc.assert(
          fc.property(textOf(phrases), (text) => {
            expect(answers(index, text)).toEqual(answers(reference, text));
          }),
          { numRuns: 40, seed: 42 },
        );
      });
    });
  }

  it('long texts, looked at with the literal precheck first, for every category of each pack', () => {
    // Past 240 characters a text that is not scanned yet meets the list's literal precheck before the scan.
    const filler =
      'The minister said on Tuesday that the talks, which began in March, would go on next week in Geneva, and ' +
      'officials from both sides declined to comment on the draft. Die Gespräche gehen weiter; les négociations ' +
      'continuent à Genève, las conversaciones también. ';
    for (const pack of PACKS) {
      eachCategory(pack, (index, reference, phrases) => {
        fc.assert(
          fc.property(textOf(phrases), fc.boolean(), (text, before) => {
            const long = before ? filler + text : text + filler;
            expect(answers(index, long)).toEqual(answers(reference, long));
          }),
          { numRuns: 20, seed: 11 },
        );
      });
    }
    // Every category of 18 packs: seconds on a quiet machine, longer than the default timeout on a loaded one.
  }, 120_000);

  it('texts asked about again, in another order, get the same answers', () => {
    eachCategory(en, (index, reference, phrases) => {
      fc.assert(
        fc.property(fc.array(textOf(phrases), { minLength: 3, maxLength: 6 }), (texts) => {
          const first = texts.map((text) => answers(index, text));
          const again = [...texts].reverse().map((text) => answers(index, text));
          expect(again.reverse()).toEqual(first);
          expect(first).toEqual(texts.map((text) => answers(reference, text)));
        }),
        { numRuns: 10, seed: 5 },
      );
    });
  });

  it('texts that share a scan slot, asked about across forgotten documents, get the same answers', () => {
    // The same length and the same first, middle and last characters: one slot, so each evicts the other.
    const texts = ['Share this', 'Shave this', 'Share xhis', '', 'Sign in to', 'Read more', 'Share this'];
    const index = compilePhrases(['share', 'sign in', 'read more']);
    const reference = compilePhraseExpression(['share', 'sign in', 'read more']);
    const expected = texts.map((text) => answers(reference, text));
    for (let round = 0; round < 3; round++) {
      expect(texts.map((text) => answers(index, text))).toEqual(expected);
      forgetScans();
      expect(answers(index, '')).toEqual(answers(reference, ''));
    }
  });

  it('phrase lists the index cannot follow keep the expression, with the same results', () => {
    const odd = [
      ['(c) 2024', 'copyright'], // starts with a non-letter
      ['𝐀bc', 'abc'], // astral character
      ['a  b', 'a - b', 'x-', '-y'], // doubled spaces, a lone hyphen, hyphens at the ends
      ['caf\u00E9', 'cafe\u0301', 'nbsp\u00A0here'],
    ];
    for (const phrases of odd) {
      const fast = compilePhrases(phrases);
      const reference = compilePhraseExpression(phrases);
      fc.assert(
        fc.property(textOf(phrases), (text) => {
          expect(answers(fast, text)).toEqual(answers(reference, text));
        }),
        { numRuns: 200, seed: 7 },
      );
    }
  });

  it('serves lists past the 32nd, each its own, though lists 32 apart share a bit of the pre-filter mask', () => {
    const lists = Array.from({ length: 70 }, (_, l) => [`word${l}`, `twin ${l % 32}`]);
    const scanners = buildScanners(lists);
    for (let l = 0; l < 70; l++) {
      const scanner = scanners[l];
      // Lists l and l + 32 share a bit of the mask: each finds its own phrase and not the other's.
      expect([scanner?.first(`see word${l}`), scanner?.end]).toEqual([4, 8 + String(l).length]);
      expect(scanner?.first(`see word${(l + 32) % 70}`)).toBe(-1);
      expect(scanner?.first(`a twin ${l % 32}`)).toBe(2);
    }
  });

  it('an empty list matches nothing', () => {
    expect(answers(compilePhrases([]), 'share')).toEqual([false, 0, 'share', []]);
  });

  it('matches as the examples say', () => {
    const share = compilePhrases(['share', 'send in e-mail', 'e-mail']);
    expect(share.find('SHARE | Send in  email | e‐mail | shared')).toEqual(['SHARE', 'Send in  email', 'e‐mail']);
    expect(share.strip('Share|E-mail')).toBe(' | ');
    expect(share.count('sharer')).toBe(0);
  });
});
