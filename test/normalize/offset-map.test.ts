import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeMapped } from '../../src/normalize/normalize.js';
import { OffsetMap } from '../../src/normalize/offset-map.js';

describe('OffsetMap', () => {
  it('maps copied characters in order and a replacement’s to its start', () => {
    // 'ab&amp;c' normalized to 'ab&c'; then '\r\n' as one '\n'; then an entity decoded to two characters.
    const map = new OffsetMap();
    map.copy(0, 2);
    map.repeat(2, 1);
    map.copy(7, 1);
    map.repeat(8, 1);
    map.repeat(10, 2);
    map.finish(19);
    expect(Array.from(map.toArray())).toEqual([0, 1, 2, 7, 8, 10, 10, 19]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => map.at(i))).toEqual([0, 1, 2, 7, 8, 10, 10, 19]);
  });
  it('keeps a text copied whole, or with one-for-one replacements, as one run', () => {
    const map = new OffsetMap();
    map.copy(0, 3);
    map.repeat(3, 1);
    map.copy(4, 5);
    map.finish(9);
    expect(map.toArray()).toEqual(Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect((map as unknown as { starts: number[] }).starts).toEqual([0]);
  });
  it('maps a part of another map through it', () => {
    const first = new OffsetMap();
    first.copy(0, 2);
    first.repeat(5, 3);
    first.copy(9, 2);
    first.finish(11);
    const second = new OffsetMap();
    second.copyThrough(first, 1, 6);
    second.finish(11);
    expect(Array.from(second.toArray())).toEqual([1, 5, 5, 5, 9, 11]);
  });
  it('chains two maps into one', () => {
    // 'xÃ©y' repaired to 'xéy' (the first map), whose 'é' a second step turns into two characters.
    const first = new OffsetMap();
    first.copy(0, 1);
    first.repeat(1, 1);
    first.copy(3, 1);
    first.finish(4);
    const second = new OffsetMap();
    second.copy(0, 1);
    second.repeat(1, 2);
    second.copy(2, 1);
    second.finish(3);
    expect(Array.from(second.through(first).toArray())).toEqual([0, 1, 1, 3, 4]);
  });
});

describe('normalizeMapped()', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 40 })], { numRuns: 1000 })(
    'reads each offset as the expanded map holds it',
    (input) => {
      const { text, offsets } = normalizeMapped(input);
      const { origin } = normalize(input);
      expect(text).toBe(normalize(input).text);
      expect([...Array(text.length + 1).keys()].map((i) => offsets.at(i))).toEqual(Array.from(origin));
    },
  );
});
