import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditPatternsFor, splitCaptionCredit } from '../../src/repair/caption-credit.js';
import { gluedRepeat, repairGluedLabels } from '../../src/repair/glued-repeat.js';
import { segment } from '../../src/segment/segment.js';
import { EN } from '../helpers.js';

// The repairs as first written: the period from `${text}${text}`.indexOf(text, 1), the word split always
// tried, the camel-case expression always run, every credit pattern tried. The current ones skip work that
// cannot change the result and must agree.
function referenceRepeat(text: string): { unit: string; times: number } | null {
  if (text.length < 4 || text.length > 200) return null;
  const period = `${text}${text}`.indexOf(text, 1);
  if (period > 0 && period < text.length && text.length % period === 0) {
    return { unit: text.slice(0, period).trim(), times: text.length / period };
  }
  const words = text.split(' ');
  for (let size = 1; size <= words.length / 2; size++) {
    if (words.length % size !== 0) continue;
    let same = true;
    for (let i = size; i < words.length && same; i++) same = words[i] === words[i % size];
    if (same) return { unit: words.slice(0, size).join(' '), times: words.length / size };
  }
  return null;
}

const CAMEL_JOIN = /(\p{Ll})(\p{Lu})/gu;
const NAMES_WITH_STOP = /^[\p{Lu}\p{N}][^\s.]*(?:\s[\p{Lu}\p{N}][^\s.]*)*\.$/u;

describe('repairs agree with the repairs as first written', () => {
  const unit = fc
    .array(fc.constantFrom('a', 'b', ' ', 'Share', 'e-mail', 'X', 'é', 'É', '𝐀', '𝐚', '\uD83D', ' a'), {
      minLength: 1,
      maxLength: 4,
    })
    .map((parts) => parts.join(''));
  const label = fc.tuple(unit, fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.constantFrom('', 'a', ' ', 'x y')).map(
    ([u, times, spaced, tail]) =>
      Array(times)
        .fill(u)
        .join(spaced ? ' ' : '') + tail,
  );

  it('gluedRepeat', () => {
    fc.assert(
      fc.property(label, (text) => {
        expect(gluedRepeat(text)).toEqual(referenceRepeat(text));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('repairGluedLabels splits camel case as the expression does', () => {
    fc.assert(
      fc.property(label, (text) => {
        for (const line of segment(text)) {
          if (line.text.length > 200) continue;
          const repeat = referenceRepeat(line.text);
          const split = (repeat ? repeat.unit : line.text).replace(CAMEL_JOIN, '$1 $2');
          expect(repairGluedLabels(line).labelText ?? line.text).toBe(split);
        }
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it('splitCaptionCredit finds the credits every pattern finds', () => {
    const patterns = creditPatternsFor(EN);
    const caption = fc
      .array(
        fc.constantFrom(
          'A meeting',
          ' on April 12, 2017',
          '.',
          ':',
          '/',
          '(',
          ')',
          'Credit',
          'AP Photo',
          'REUTERS',
          ' ',
          'x',
          '|',
          'Getty Images',
          ' via ',
          'Photo',
          'Jane Doe',
          'PHOTO',
          'Ünsplash',
          // A paragraph's length, so that a slash or a bar can stand before a credit's reach from the end.
          'x'.repeat(100),
        ),
        { minLength: 3, maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(caption, (text) => {
        for (const line of segment(text)) {
          let expected = line;
          if (line.words >= 2 && line.listMarker === null && line.text.length <= 600) {
            for (const { pattern, alone, accepts } of patterns) {
              if (!alone && line.words < 3) continue;
              const m = pattern.exec(line.text);
              const cap = m?.[1]?.trim();
              const credit = m?.[2]?.trim();
              if (cap === undefined || (!cap && !alone) || !credit) continue;
              // A credit in parentheses must read as one, added since.
              if (accepts?.(credit) === false) continue;
              // A few capitalized names may end in a full stop ("Getty Images."), added since.
              const names = credit.split(' ').length <= 4 && NAMES_WITH_STOP.test(credit);
              if (credit.split(' ').length > 12 || (/[.!?]$/.test(credit) && !/[/)]/.test(credit) && !names)) continue;
              if (alone && /^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?\S*$/u.test(credit)) continue;
              expected = { ...line, text: cap, credit };
              break;
            }
          }
          expect(splitCaptionCredit(line, patterns)).toEqual(expected);
        }
      }),
      { numRuns: 1500, seed: 8 },
    );
  });
});
