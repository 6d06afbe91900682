import { describe, expect, it } from 'vitest';
import { authorBoxAtEnd } from '../../src/structure/author-box.js';
import { EN, linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work on the bridge will start in the spring and close one lane at a time for about a year.',
  'Shops near the bridge asked the council for help with parking during the work.',
  'The council meets again next month to choose the builder.',
];

const at = (text: readonly string[]): number => authorBoxAtEnd(linesOf(text.join('\n')), EN);

describe('authorBoxAtEnd', () => {
  it('finds a byline label alone near the body’s end', () => {
    expect(at([...ARTICLE, 'Written by', 'Jack Shepherd'])).toBe(5);
    expect(at([...ARTICLE, 'Author', 'Amanda Brooks', 'I am a running coach who has run for twenty years.'])).toBe(5);
    expect(
      at([...ARTICLE, 'AUTHOR:', 'As the shopping editor, Emily has covered everything from travel to food.']),
    ).toBe(5);
  });

  it('keeps a label the body repeats: a field of each entry in a list of works', () => {
    const works = ['Spanish for teachers', 'By:', 'Rose Potter', 'A free course on grading speaking.'];
    expect(
      at([...ARTICLE, ...works, 'Spanish sounds', 'By:', 'Dale Koike', 'A course on the sounds of Spanish.']),
    ).toBe(-1);
  });

  it('keeps a label far from the body’s end and a line that only opens with one', () => {
    expect(at(['Written by', 'Jack Shepherd', ...ARTICLE, ...ARTICLE])).toBe(-1);
    expect(at([...ARTICLE, 'Written by a committee, the plan runs to forty pages.'])).toBe(-1);
  });
});
