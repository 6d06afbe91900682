import { describe, expect, it } from 'vitest';
import { isDek, splitHighlights } from '../../src/structure/highlights.js';
import { lineOf } from '../helpers.js';

describe('splitHighlights', () => {
  it('splits the seed’s ■-separated dek into its items', () => {
    const dek =
      "Russia vetoes UN condemnation of gas attack ■ U.S. State Sec: No evidence of Russian role in Syria gas attack ■ Russia: Assad's removal only benefits ISIS ■ Sides agree on chemical attack probe";
    expect(splitHighlights(lineOf(dek))).toEqual([
      'Russia vetoes UN condemnation of gas attack',
      'U.S. State Sec: No evidence of Russian role in Syria gas attack',
      "Russia: Assad's removal only benefits ISIS",
      'Sides agree on chemical attack probe',
    ]);
  });
  it.each(['●', '▪', '◆', '•', '|'])('splits on %s', (sep) => {
    expect(splitHighlights(lineOf(`Talks end early ${sep} Next round in Geneva`))).toEqual([
      'Talks end early',
      'Next round in Geneva',
    ]);
  });
  it.each(['A single line without separators', 'Headline | Site', 'Talks end early ■ Geneva', 'Talks■end■early'])(
    'keeps %j whole',
    (text) => expect(splitHighlights(lineOf(text))).toBeNull(),
  );
});

describe('isDek', () => {
  it('is true for a sentence or two of summary', () => {
    expect(isDek(lineOf("Polyphony makes up for Gran Turismo 5 with the series' best entry yet."))).toBe(true);
    expect(isDek(lineOf('I spent several hours on a prototype. Did it work?'))).toBe(true);
  });
  it('is false for a kicker, an unfinished line, a long paragraph or a crumb trail', () => {
    expect(isDek(lineOf('Breaking news from the capital.'))).toBe(false);
    expect(isDek(lineOf('How to improve your cyber security and get practical advice for businesses'))).toBe(false);
    expect(isDek(lineOf(`${'The council met again on Tuesday to discuss the bridge. '.repeat(7)}`))).toBe(false);
    expect(isDek(lineOf("Home » Are you attending 2026's top tech conferences? Let's connect!"))).toBe(false);
  });
});
