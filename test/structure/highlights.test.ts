import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../src/structure/highlights.js';
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
