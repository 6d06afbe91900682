import { describe, expect, it } from 'vitest';
import { authorBoxAtEnd } from '../../src/structure/author-box.js';
import { COUNCIL_ARTICLE, EN, linesOf } from '../helpers.js';

const at = (text: readonly string[]): number => authorBoxAtEnd(linesOf(text.join('\n')), EN);

describe('authorBoxAtEnd', () => {
  it('finds a byline label alone near the body’s end', () => {
    expect(at([...COUNCIL_ARTICLE, 'Written by', 'Jack Shepherd'])).toBe(5);
    expect(
      at([...COUNCIL_ARTICLE, 'Author', 'Amanda Brooks', 'I am a running coach who has run for twenty years.']),
    ).toBe(5);
    expect(
      at([...COUNCIL_ARTICLE, 'AUTHOR:', 'As the shopping editor, Emily has covered everything from travel to food.']),
    ).toBe(5);
  });

  it('keeps a label the body repeats: a field of each entry in a list of works', () => {
    const works = ['Spanish for teachers', 'By:', 'Rose Potter', 'A free course on grading speaking.'];
    expect(
      at([...COUNCIL_ARTICLE, ...works, 'Spanish sounds', 'By:', 'Dale Koike', 'A course on the sounds of Spanish.']),
    ).toBe(-1);
  });

  it('keeps a label far from the body’s end and a line that only opens with one', () => {
    expect(at(['Written by', 'Jack Shepherd', ...COUNCIL_ARTICLE, ...COUNCIL_ARTICLE])).toBe(-1);
    expect(at([...COUNCIL_ARTICLE, 'Written by a committee, the plan runs to forty pages.'])).toBe(-1);
  });
});
