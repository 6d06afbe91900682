import { describe, expect, it } from 'vitest';
import { adjacentRepeats, repeatedSentences } from '../../src/analyze/repeated-sentences.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const QUOTE = 'The minister said on Wednesday that the talks had been useful.';

describe('repeatedSentences', () => {
  it('flags the later copy of a sentence, whatever its case, and names the first', () => {
    const lines = linesOf(`${QUOTE}\nMore of the story.\n${QUOTE.toUpperCase()}`);
    expect(repeatedSentences(lines, () => false, 0, 2)).toEqual(
      new Map([[2, { kind: 'duplicate', reason: 'repeats line 1 of the body (words=11)' }]]),
    );
  });
  it('keeps short lines and lines that end no sentence, which repeat legitimately', () => {
    const lines = linesOf(
      'Read the review\nRead the review\nWhat Comes Next for the Talks in Moscow\nWhat Comes Next for the Talks in Moscow',
    );
    expect(repeatedSentences(lines, () => false, 0, 3).size).toBe(0);
  });
  it('looks only between `from` and `to`, past the lines `skip` names', () => {
    const lines = linesOf(`${QUOTE}\n${QUOTE}\n${QUOTE}`);
    expect([...repeatedSentences(lines, (i) => i === 0, 0, 2).keys()]).toEqual([2]);
    expect(repeatedSentences(lines, () => false, 1, 1).size).toBe(0);
  });
  // WCXB 0075 html-to-text as Markdown: the contents list's entry, then the section's heading.
  it('keeps a marked heading that a list item above names: the section of a contents list', () => {
    const entry = '1. How long is my trip to the islands?';
    const lines = linesOf(`- ${entry}\n- 2. Where will I stay?\n\n## ${entry.toUpperCase()}\n\n${QUOTE}`);
    expect(repeatedSentences(lines, () => false, 0, 3).size).toBe(0);
    // A paragraph that repeats a list item is still a repeat.
    const again = linesOf(`- ${QUOTE}\n\n${QUOTE}`);
    expect([...repeatedSentences(again, () => false, 0, 1).keys()]).toEqual([1]);
  });
});

// WCXB 0781: the page writes its opening paragraph twice, right under the headline.
const OPENING =
  'LSC is an independent nonprofit established by Congress in 1974 to provide financial support for civil legal aid to low-income Americans. The Corporation currently provides funding to 130 independent nonprofit legal aid organizations in every state, the District of Columbia, and U.S. Territories.';
// WCXB 0256 html-to-text: an author box's one-line bio, twice over the article.
const BIO =
  'Expert digital communicator and editor providing insights and research-based guides for technology buyers globally.';
const DUPLICATE: Verdict = { kind: 'duplicate', reason: 'repeats the line above' };

describe('adjacentRepeats', () => {
  it('names a paragraph the line above says again', () => {
    expect(adjacentRepeats(linesOf(`${OPENING}\n${OPENING}`), [undefined, DUPLICATE], 26)).toEqual([1]);
  });
  it('leaves a tagline written twice, and a paragraph with no duplicate verdict', () => {
    expect(adjacentRepeats(linesOf(`${BIO}\n${BIO}`), [undefined, DUPLICATE], 26)).toEqual([]);
    expect(adjacentRepeats(linesOf(`${OPENING}\n${OPENING}`), [undefined, undefined], 26)).toEqual([]);
  });
  it('keeps the first copy of an opening paragraph written twice in the article', () => {
    const page = [
      'I Need Legal Help',
      'Home',
      'About',
      'Donate',
      OPENING,
      OPENING,
      'If you are looking for help with a civil legal problem, enter an address or city below to find an LSC-funded legal aid organization near you.',
      'You can also visit LawHelp.org to look up information about your legal questions and find free legal forms.',
    ].join('\n');
    const article = clean(page);
    expect(article.text.startsWith(OPENING)).toBe(true);
    expect(article.text.indexOf(OPENING, 1)).toBe(-1);
  });
});
