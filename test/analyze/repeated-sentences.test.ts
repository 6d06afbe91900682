import { describe, expect, it } from 'vitest';
import { repeatedSentences } from '../../src/analyze/repeated-sentences.js';
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
});
