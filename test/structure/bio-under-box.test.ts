import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import type { Line } from '../../src/segment/segment.js';
import { type BoxPart, bioUnderAuthorBox } from '../../src/structure/bio-under-box.js';
import { COUNCIL_ARTICLE, EN, linesOf } from '../helpers.js';

/**
 * `bioUnderAuthorBox` over the article, a box line (`part` of an author box, taken out of the body) and what follows
 * it: the index in the kept lines, as the cuts before leave them.
 */
function under(box: string, part: BoxPart, rest: readonly string[]): number {
  const lines = linesOf([...COUNCIL_ARTICLE, box, ...rest].join('\n'));
  const boxIndex = COUNCIL_ARTICLE.length;
  const kept: Line[] = lines.filter((line) => line.index !== boxIndex);
  return bioUnderAuthorBox(kept, lines, (i) => (i === boxIndex ? part : undefined), EN.stopwords);
}

describe('bioUnderAuthorBox', () => {
  it('finds the bio under a box label and under the writer’s name when it names the writer again', () => {
    const bio = 'Dr. Maria Lopez is a transport reporter who has covered city hall since 2015.';
    expect(under('About the Author', 'label', [bio])).toBe(5);
    expect(under('Stephen Jesudunsin', 'name', ["I'm Stephen, a content writer who covers city budgets."])).toBe(5);
  });

  it('keeps a line under a name that does not name it again, a question, and a line under a paragraph', () => {
    expect(under('Rose Potter', 'name', ['These activities show how to bring the lessons into the classroom.'])).toBe(
      -1,
    );
    expect(under('Paul Iusztin', 'label', ['What is your take on the bridge? Do you agree, Paul?'])).toBe(-1);
    const paragraph = 'Wall Street and the rest of the city’s economy are not left out of the new plan at all.';
    expect(under(paragraph, 'label', ['Back in the capital, the cuts may change things soon.'])).toBe(-1);
  });

  it('says why the bio left the body', () => {
    const page = [
      'Council widens the bridge',
      ...COUNCIL_ARTICLE,
      'About the Author',
      'Dr. Maria Lopez is a transport reporter who has covered city hall for the paper since 2015.',
    ];
    const bio = clean(page.join('\n')).removed.find((r) => r.text.startsWith('Dr. Maria Lopez'));
    expect(bio?.reason).toBe("under an author box's name or label at the body's end (words=17)");
  });
});
