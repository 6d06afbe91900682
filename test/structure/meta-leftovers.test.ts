import { describe, expect, it } from 'vitest';
import { ledeKeys } from '../../src/structure/lede.js';
import { metaLeftovers } from '../../src/structure/meta-leftovers.js';
import { EN, linesOf } from '../helpers.js';

const P1 = 'The minister said on Wednesday that the talks with Russia had been useful for both sides of the dispute.';
const P2 =
  'Officials in Moscow said the next round of talks would take place in Geneva later this month, after the holidays.';

/** The leftovers found in `text`, whose lines at `prose` are the body's prose and whose lines at `taken` are used. */
function leftoversOf(text: string, prose: readonly number[], taken: readonly number[] = []) {
  const lines = linesOf(text);
  const verdicts = lines.map(() => undefined);
  const firstProse = prose[0] ?? 0;
  const keys = ledeKeys({ lines, verdicts, firstProse, bodyEnd: lines.length - 1 }, EN.stopwords);
  const found = metaLeftovers(
    lines,
    (i) => taken.includes(i),
    (i) => prose.includes(i),
    0,
    lines.length - 1,
    { keys, stopwords: EN.stopwords },
  );
  return [...found].map(([i, verdict]) => [lines[i]?.text, verdict.reason]);
}

describe('metaLeftovers', () => {
  it("removes a date's label and an editor's credit left between the byline block and the first prose", () => {
    const text = ['Updated:', 'January 2, 2025', 'Edited by: Jane Roe', 'Jump to section', P1, P2].join('\n');
    expect(leftoversOf(text, [4, 5], [1, 3])).toEqual([
      ['Updated:', "short line between the byline block and the body's first prose (words=1)"],
      ['Edited by: Jane Roe', "line over the body's first prose that names none of its lede's words (words=4)"],
    ]);
  });
  it('keeps the line right over the first prose when it names the lede: it may head the first section', () => {
    expect(leftoversOf(['2–4 minutes', 'Talks with Russia', P1].join('\n'), [2])).toEqual([
      ['2–4 minutes', "short line between the byline block and the body's first prose (words=3)"],
    ]);
  });
  it('removes the line right over the first prose when it names none of the lede', () => {
    expect(leftoversOf(['January 2, 2025', 'Hero image by Jane Roe', P1, P2].join('\n'), [2, 3], [0])).toEqual([
      ['Hero image by Jane Roe', "line over the body's first prose that names none of its lede's words (words=5)"],
    ]);
  });
  it('keeps a question, a lead-in and a word alone over the first prose, whatever words they name', () => {
    for (const heading of ['Is This HTAP?', 'Key facts:', 'NEW YORK -', 'Overview'])
      expect(leftoversOf(['January 2, 2025', heading, P1, P2].join('\n'), [2, 3], [0])).toEqual([]);
  });
  it('keeps a marked heading, a list item and a short sentence', () => {
    expect(leftoversOf(['## Overview', '• Cheaper bus fares', 'It rained.', 'Then', P1].join('\n'), [4])).toEqual([]);
  });
  it('removes nothing when no prose follows', () => {
    expect(leftoversOf(['Updated:', 'Share'].join('\n'), [])).toEqual([]);
  });
});
