import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MappedTextBuilder } from '../../src/normalize/mapped-text.js';

describe('MappedTextBuilder', () => {
  it('copies what lies between replacements and maps a replacement to the start of its span', () => {
    // 'a&amp;b\r\nc' with the entity decoded and the CRLF made one '\n'.
    const built = new MappedTextBuilder('a&amp;b\r\nc');
    built.replace(1, 6, '&');
    built.replace(7, 9, '\n');
    const { text, offsets } = built.finish();
    expect(text).toBe('a&b\nc');
    expect(Array.from(offsets.toArray())).toEqual([0, 1, 6, 7, 9, 10]);
  });
  it('maps every character of a longer replacement, and of an empty one none', () => {
    const built = new MappedTextBuilder('x&hellip;y\u200Bz');
    built.replace(1, 9, '...');
    built.replace(10, 11, '');
    const { text, offsets } = built.finish();
    expect(text).toBe('x...yz');
    expect(Array.from(offsets.toArray())).toEqual([0, 1, 1, 1, 9, 11, 12]);
  });
  it('gives the source itself, mapped one for one, with no replacement', () => {
    const { text, offsets } = new MappedTextBuilder('plain').finish();
    expect(text).toBe('plain');
    expect(Array.from(offsets.toArray())).toEqual([0, 1, 2, 3, 4, 5]);
  });

  // Spans as cut points: each pair of sorted cuts is a span, replaced by the text drawn for it.
  const splices = fc
    .tuple(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4 }))))
    .map(([source, drawn]) => {
      const spans = drawn
        .map(([a, b, replacement]) => {
          const [start, end] = [a % (source.length + 1), b % (source.length + 1)].sort((x, y) => x - y);
          return { start: start as number, end: end as number, replacement };
        })
        .sort((x, y) => x.start - y.start);
      // Keeps the spans apart: each starts where the one kept before it ended, or after.
      const disjoint: typeof spans = [];
      let end = 0;
      for (const span of spans) {
        if (span.start < end) continue;
        disjoint.push(span);
        end = span.end;
      }
      return { source, spans: disjoint };
    });

  test.prop([splices])(
    'spells the source with its spans replaced, each character mapped to its origin',
    ({ source, spans }) => {
      const built = new MappedTextBuilder(source);
      let expected = '';
      const origin: number[] = [];
      let copied = 0;
      for (const { start, end, replacement } of spans) {
        for (let i = copied; i < start; i++) origin.push(i);
        for (let i = 0; i < replacement.length; i++) origin.push(start);
        expected += source.slice(copied, start) + replacement;
        copied = end;
        built.replace(start, end, replacement);
      }
      for (let i = copied; i < source.length; i++) origin.push(i);
      expected += source.slice(copied);
      const { text, offsets } = built.finish();
      expect(text).toBe(expected);
      expect(Array.from(offsets.toArray())).toEqual([...origin, source.length]);
    },
  );
});
