import { describe, expect, it } from 'vitest';
import { foldDottedI, foldI, lowerCase } from '../../src/lang/dotted-i.js';
import { compilePhraseExpression, compilePhrases } from '../../src/lang/matcher.js';

describe('foldDottedI', () => {
  it('lets an i of either case and dot match all four', () => {
    const pattern = new RegExp(`^${foldDottedI('ilgili')}$`, 'iu');
    for (const written of ['ilgili', 'İlgili', 'İLGİLİ', 'ILGILI', 'ılgılı']) expect(pattern.test(written)).toBe(true);
    expect(pattern.test('ilgil')).toBe(false);
  });
  it('matches so without the i flag too', () => expect(new RegExp(foldDottedI('NISAN'), 'u').test('NİSAN')).toBe(true));
});

describe('lowerCase', () => {
  it('writes "İ" as "i", not as an i and a combining dot', () => {
    expect(lowerCase('İçin')).toBe('için');
    expect(lowerCase('İÇİN BİR')).toBe('için bir');
    expect('İçin'.toLowerCase()).not.toBe('için');
  });
  it('lowercases every other letter as toLowerCase does', () => {
    // Near miss: the dotless "ı" stays, and "I" is "i", as toLowerCase gives them; an "i̇" written so stays.
    for (const text of ['Yazı', 'ARALIK', 'Straße ΟΔΟΣ', 'i\u0307']) expect(lowerCase(text)).toBe(text.toLowerCase());
  });
});

describe('foldI', () => {
  it('writes every i as "i" after lowercasing', () => {
    expect(foldI('NİSAN')).toBe('nisan');
    expect(foldI('ARALIK')).toBe(foldI('aralık'));
    expect(foldI('April')).toBe('april');
  });
});

describe('Turkish phrases in the matcher', () => {
  const phrases = ['ilgili haberler', 'yazı'];
  it.each([compilePhrases(phrases), compilePhraseExpression(phrases)])(
    'match in lower case, title case and capitals (%#: index, expression)',
    (matcher) => {
      for (const written of ['ilgili haberler', 'İlgili Haberler', 'İLGİLİ HABERLER', 'YAZI', 'Yazı'])
        expect(matcher.find(`— ${written} —`)).toEqual([written]);
      // Near miss: a longer word is none.
      expect(matcher.test('İLGİLİ HABERLERDE')).toBe(false);
    },
  );
});
