import { describe, expect, it } from 'vitest';
import { namedBioAtEnd } from '../../src/structure/named-bio.js';
import { BRIDGE_STORY, linesOf } from '../helpers.js';

const ARTICLE = BRIDGE_STORY;
const BIO = 'Mike Marshall has written about moving and shipping for ten years, and lives in Ohio with his family.';

describe('namedBioAtEnd', () => {
  it('finds a name line near the end whose paragraph opens with the name', () => {
    const kept = linesOf([...ARTICLE, 'Mike Marshall', BIO].join('\n'));
    expect(namedBioAtEnd(kept)).toBe(ARTICLE.length);
  });
  it('finds nothing when the paragraph names the name only in passing', () => {
    // WCXB 0341: a place under its own heading, named in passing in its paragraph.
    const passing =
      'The webcam sits at the top of the pass and looks over Badger Pass every day of the year since May.';
    const kept = linesOf([...ARTICLE, 'Badger Pass', passing].join('\n'));
    expect(namedBioAtEnd(kept)).toBe(-1);
  });
  it('finds nothing in a list of names over paragraphs: the first pair stands outside the window', () => {
    // WCXB 0035, 0491: a list of places or people, each a name over a paragraph that names it.
    const item = (name: string): string[] => [
      name,
      `${name} has run the best bakery in the old town for many years now.`,
    ];
    const kept = linesOf(
      [...ARTICLE, ...item('Anna Berg'), ...item('Lena Holm'), ...ARTICLE, ...item('Mike Marshall')].join('\n'),
    );
    expect(namedBioAtEnd(kept)).toBe(-1);
  });
});
