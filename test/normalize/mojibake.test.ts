import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CONTINUATION_CLASS, CP1252_80_TO_9F, continuationByte } from '../../src/normalize/cp1252.js';
import { repairMojibake } from '../../src/normalize/mojibake.js';
import { normalize } from '../../src/normalize/normalize.js';

/** `text` encoded as UTF-8 and read back as windows-1252, as a page served without its charset is. */
const asCp1252 = (text: string): string =>
  [...new TextEncoder().encode(text)]
    .map((byte) =>
      byte >= 0x80 && byte <= 0x9f ? (CP1252_80_TO_9F[byte - 0x80] as string) : String.fromCharCode(byte),
    )
    .join('');
/** `text` encoded as UTF-8 and read back as Latin-1. */
const asLatin1 = (text: string): string => String.fromCharCode(...new TextEncoder().encode(text));

describe('continuationByte', () => {
  it.each([
    [0x80, 0x80],
    [0xbf, 0xbf],
    [0x20ac, 0x80], // €
    [0x2122, 0x99], // ™
    [0x0178, 0x9f], // Ÿ
    [0xc0, -1],
    [0x41, -1],
    [0x2015, -1],
  ])('%i → %i', (code, byte) => expect(continuationByte(code)).toBe(byte));
  it('reads every windows-1252 character of 0x80–0x9F back as its byte', () => {
    for (const [i, ch] of [...CP1252_80_TO_9F].entries()) expect(continuationByte(ch.charCodeAt(0))).toBe(0x80 + i);
  });
  it('has a class that matches exactly the continuation characters', () => {
    const matches = new RegExp(`^[${CONTINUATION_CLASS}]$`);
    for (let code = 0; code <= 0x2200; code++) {
      expect(matches.test(String.fromCharCode(code)), code.toString(16)).toBe(continuationByte(code) >= 0);
    }
  });
});

describe('normalize: UTF-8 read as Latin-1 or windows-1252', () => {
  it('repairs a quote read as Latin-1, with its two C1 controls (WCXB 4656)', () => {
    const input = 'A DIY Investor\u00E2\u0080\u0099s Guide';
    const { text, origin } = normalize(input);
    expect(text).toBe('A DIY Investor’s Guide');
    const quote = text.indexOf('’');
    // The repaired character maps to the start of its run, and the run is all the input between it and the next.
    expect(input.slice(origin[quote], origin[quote + 1])).toBe('\u00E2\u0080\u0099');
    expect(input[origin[quote + 1] ?? -1]).toBe('s');
  });
  it('repairs the run in a heading written in capitals, where â became Â (WCXB 4656 html-to-text)', () => {
    expect(normalize('A DIY INVESTOR\u00C2\u0080\u0099S GUIDE').text).toBe('A DIY INVESTOR’S GUIDE');
  });
  it('repairs quotes and dashes read as windows-1252 (WCXB 2362)', () => {
    const original = 'It’s “done” — and that’s all…';
    expect(asCp1252(original)).toBe(
      'It\u00E2\u20AC\u2122s \u00E2\u20AC\u0153done\u00E2\u20AC\u009D \u00E2\u20AC\u201D and that\u00E2\u20AC\u2122s all\u00E2\u20AC\u00A6',
    );
    expect(normalize(asCp1252(original)).text).toBe(original);
  });
  it.each([
    ['French', 'Un café à Zürich, déjà résumé.'],
    ['Spanish', 'El niño pidió una canción.'],
    ['Chinese', '中文 (繁體)'],
    ['Russian', 'Русский язык'],
    ['emoji', 'Stars ⭐⭐ and a grin 😀'],
  ])('repairs %s text read as Latin-1 or windows-1252', (_name, original) => {
    expect(normalize(asLatin1(original)).text).toBe(original.replace(/\u00A0/g, ' '));
    expect(normalize(asCp1252(original)).text).toBe(original.replace(/\u00A0/g, ' '));
  });
  it('repairs text read wrongly twice', () => {
    const original = 'That’s “it” — twice';
    expect(normalize(asCp1252(asCp1252(original))).text).toBe(original);
  });
  it('maps both halves of a repaired astral character to its run', () => {
    const input = `a${asCp1252('😀')} b${asCp1252('😀')}`;
    const { text, origin } = normalize(input);
    expect(text).toBe('a😀 b😀');
    expect(Array.from(origin)).toEqual([0, 1, 1, 5, 6, 7, 7, 11]);
  });
  it('looks for mojibake inside a tag it drops, as the page repaired is read again after normalizing', () => {
    // The only sure run is in the image's alternative text; dropping the inline tags then joins two telling runs.
    const input = '<p>Caf\u00C3<b></b>\u00A9 and cr\u00C3<i></i>\u00A8me <img alt="it\u00E2\u0080\u0099s"></p>';
    expect(normalize(input).text).toBe('\nCafé and crème \n');
    expect(normalize(input.replace('\u00E2\u0080\u0099', "'")).text).toBe('\nCaf\u00C3\u00A9 and cr\u00C3\u00A8me \n');
  });
  it('turns a repaired no-break space into a plain space, as it does one written so', () => {
    expect(normalize('Investor\u00E2\u0080\u0099s\u00C2\u00A0guide').text).toBe('Investor’s guide');
  });
});

describe('normalize: text that only looks like mojibake', () => {
  it.each([
    [
      'a multiplication sign before a no-break space (WCXB 0400)',
      'Rosa ×\u00A0medioccidentis',
      'Rosa × medioccidentis',
    ],
    ['sharp s in quotes (WCXB 0415)', 'the ‘ß’ mask', 'the ‘ß’ mask'],
    ['a capital É before ® (WCXB 4040)', 'NESCAFÉ® Gold', 'NESCAFÉ® Gold'],
    [
      'one sample of mojibake quoted by an article (WCXB 2498)',
      'I saw "Ã¤" instead of "ä"',
      'I saw "Ã¤" instead of "ä"',
    ],
    ['Portuguese capitals', 'SÃO PAULO: NÃO, IRMÃ', 'SÃO PAULO: NÃO, IRMÃ'],
    ['Romanian capitals', 'ÎNCÂNTAT, ROMÂNIA', 'ÎNCÂNTAT, ROMÂNIA'],
    ['German capitals', 'ÄÖÜ «Ö» GRÜẞE', 'ÄÖÜ «Ö» GRÜẞE'],
    ['French with a no-break space before a guillemet', '« Il est allé\u00A0» à la pâte', '« Il est allé » à la pâte'],
    ['Vietnamese', 'Tôi là người Việt, bây giờ', 'Tôi là người Việt, bây giờ'],
  ])('keeps %s', (_name, input, text) => expect(normalize(input).text).toBe(text));
  it('repairs a run that alone would be text on a page that shows mojibake elsewhere', () => {
    expect(normalize('Investor\u00E2\u0080\u0099s pick: Caf\u00C3\u00A9 \u00C3\u00A0 la carte').text).toBe(
      'Investor’s pick: Café à la carte',
    );
  });
  it('needs two telling runs where none holds a C1 control', () => {
    expect(normalize('It\u00E2\u20AC\u2122s').text).toBe('It\u00E2\u20AC\u2122s');
    expect(normalize('It\u00E2\u20AC\u2122s theirs\u00E2\u20AC\u2122').text).toBe('It’s theirs’');
  });
});

// Every character a byte 0x80–0xFF read as Latin-1 or windows-1252 can be.
const HIGH_BYTE_CHARACTER = new RegExp(`[\\u0080-\\u00FF${CONTINUATION_CLASS}]`);
const PLAIN_UNIT = fc
  .oneof(
    fc.constantFrom('a', ' ', '\n', 'ą', 'Ж', '中', '😀', '&amp;', '\u2019', '\u2014'),
    fc.string({ unit: 'binary', maxLength: 2 }),
  )
  .filter((unit) => !HIGH_BYTE_CHARACTER.test(unit));
const MOJIBAKE_UNIT = fc.oneof(
  fc.constantFrom('a', ' ', '\n', '\u00C2', '\u00E2', '\u00C3', '\u00A0', '\u0099', '\u2122', '\u20AC', '&amp;'),
  fc.string({ unit: 'binary', maxLength: 2 }),
  fc.string({ unit: 'binary', maxLength: 2 }).map(asLatin1),
  fc.string({ unit: 'binary', maxLength: 2 }).map(asCp1252),
);

describe('repairMojibake() on generated text', () => {
  test.prop([fc.string({ unit: PLAIN_UNIT, maxLength: 40 })], { numRuns: 1000, seed: 12 })(
    'leaves text without a character of a byte 0x80–0xFF untouched',
    (input) => {
      expect(repairMojibake(input)).toBeUndefined();
    },
  );
  test.prop([fc.string({ unit: MOJIBAKE_UNIT, maxLength: 40 })], { numRuns: 2000, seed: 12 })(
    'maps every character back into the input, in order: a copied one to itself, a repaired one to its run',
    (input) => {
      const repaired = repairMojibake(input);
      if (repaired === undefined) return;
      const { text, offsets } = repaired;
      expect(offsets.at(text.length)).toBe(input.length);
      for (let i = 0; i < text.length; i++) {
        const from = offsets.at(i);
        const span = offsets.at(i + 1) - from;
        expect(from).toBeLessThan(input.length);
        expect(span).toBeGreaterThanOrEqual(0);
        if (span === 1) expect(text[i]).toBe(input[from]);
        // The first half of a repaired astral character shares its run with the second.
        else if (span === 0) expect(text.codePointAt(i)).toBeGreaterThan(0xffff);
        else expect(input.slice(from, from + span)).toMatch(/^[\u00C2-\u00F4]/);
      }
    },
  );
  test.prop([fc.string({ unit: MOJIBAKE_UNIT, maxLength: 40 })], { numRuns: 2000, seed: 12 })(
    'normalizes idempotently once the markup is decoded',
    (input) => {
      const once = normalize(input).text;
      fc.pre(!once.includes('&'));
      expect(normalize(once).text).toBe(once);
    },
  );
});
