import { describe, expect, it } from 'vitest';
import { ratingScales } from '../../src/analyze/rating-scales.js';
import { clean } from '../../src/clean.js';
import { linesOf } from '../helpers.js';

const P = 'The pack carried a full load comfortably over three days of testing in the mountains.';
const Q = 'Its hip belt is padded well and adjusts easily while you walk, even with gloves on.';

/** The reasons `ratingScales` gives, by line index, for a body made of all the lines of `text`. */
const reasonsOf = (text: string): Map<number, string> => {
  const lines = linesOf(text);
  const found = ratingScales(
    lines,
    lines.map(() => undefined),
    { start: 0, end: lines.length - 1 },
  );
  return new Map([...found].map(([i, verdict]) => [i, `${verdict.kind}: ${verdict.reason}`]));
};

describe('ratingScales', () => {
  // WCXB 4694 innertext: "1" to "5" under each product of a round-up; 4835 html-to-text writes them as list items.
  it('takes out a five-step scale written under each product', () => {
    const found = reasonsOf(
      `Best Overall\nOsprey Atmos\n1\n2\n3\n4\n5\n${P}\nBest Value\nGranite Gear\n1\n2\n3\n4\n5\n${Q}`,
    );
    expect([...found.keys()]).toEqual([2, 3, 4, 5, 6, 10, 11, 12, 13, 14]);
    expect(found.get(2)).toBe('other: a rating scale of 5 numbers, one of 2');
  });
  it('reads list items of a number alone', () => {
    expect(reasonsOf(`${P}\n * 1\n * 2\n * 3\n${Q}\n * 1\n * 2\n * 3\n${P}`).size).toBe(6);
  });

  // WCXB 0415: code listings' line numbers, as long as each listing; 0389: a table's cells, one a line.
  it('keeps line numbers of several lengths, a single count, and numbers that do not count from one', () => {
    expect(reasonsOf(`${P}\n1\n2\n3\nint a;\n${Q}\n1\n2\n3\n4\nint b;\n${P}`).size).toBe(0);
    expect(reasonsOf(`${P}\n1\n2\n3\n${Q}`).size).toBe(0);
    expect(reasonsOf(`Failed\n47\n57\n${P}\nPassed\n47\n57\n${Q}`).size).toBe(0);
  });
  it('keeps counts longer than a scale', () => {
    const count = Array.from({ length: 12 }, (_, k) => k + 1).join('\n');
    expect(reasonsOf(`${P}\n${count}\n${Q}\n${count}\n${P}`).size).toBe(0);
  });

  it('takes the scales out of the article', () => {
    const text = `Best Backpacks\n\n${P}\n\nOsprey Atmos\n1\n2\n3\n4\n5\n\n${Q}\n\nGranite Gear\n1\n2\n3\n4\n5\n\n${P}\n\n${Q}`;
    expect(clean(text).text).not.toMatch(/^\d$/m);
  });
});
