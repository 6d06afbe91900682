import { describe, expect, it } from 'vitest';
import { lineScore } from '../../src/analyze/extent.js';
import { tailDrawnBy } from '../../src/structure/drawn-tail.js';
import { linesOf } from '../helpers.js';

const PROSE = 'The council voted on Tuesday to widen the bridge over the river by two lanes next spring.';
const PRINT = 'All rights reserved. If you would like to use our news or data, you must name us and link to the page.';
const texts = (lines: readonly { text: string }[]): string[] => lines.map((line) => line.text);

/** Lines of `parts` scored as the body search scores them: prose 17, a free line 0, a menu label -3. */
function page(parts: readonly (readonly [string, number])[]) {
  const lines = linesOf(parts.map(([text]) => text).join('\n'));
  const scores = parts.map(([, score]) => lineScore(score, score > 0 ? 'good' : 'short'));
  return { lines, scores };
}

describe('tailDrawnBy', () => {
  it('takes the menu lines and teasers that only the small print under them drew into the body', () => {
    const { lines, scores } = page([
      [PROSE, 17],
      [PROSE, 17],
      ['Top Ten Banks Ranked by Their Assets', 0],
      ['Careers', -3],
      ['Advertise', -3],
      [PRINT, 20],
    ]);
    expect(texts(tailDrawnBy(lines, lines, scores, 0, 5))).toEqual([
      'Top Ten Banks Ranked by Their Assets',
      'Careers',
      'Advertise',
    ]);
  });

  it('keeps what prose under it vouches for, and the list a line ending with a colon opens', () => {
    const vouched = page([
      [PROSE, 17],
      ['Careers', -3],
      [PROSE, 17],
      [PRINT, 20],
    ]);
    expect(tailDrawnBy(vouched.lines, vouched.lines, vouched.scores, 0, 3)).toEqual([]);
    const list = page([
      [PROSE, 17],
      ['For more on the bridge, try these:', 4],
      ['The Bridge That Jams Every Morning by The Daily Record', 0],
      ['Why the River Needs Two More Lanes from The Courier', 0],
      [PRINT, 20],
    ]);
    expect(tailDrawnBy(list.lines, list.lines, list.scores, 0, 4)).toEqual([]);
  });

  it('reads past a section header the body search bridged (WCXB 4267 innertext, recall mode)', () => {
    const { lines, scores } = page([
      [PROSE, 17],
      ['Recommended', Number.NEGATIVE_INFINITY],
      [PROSE, 17],
      [PROSE, 17],
      [PRINT, 20],
    ]);
    expect(tailDrawnBy(lines, lines, scores, 0, 4)).toEqual([]);
  });
});
