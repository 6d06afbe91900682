import { describe, expect, it } from 'vitest';
import { LEDE_LINES, ledeKeys, ledeShare } from '../../src/structure/lede.js';
import type { Verdict } from '../../src/types.js';
import { EN, lineOf, linesOf } from '../helpers.js';

const LEDE =
  'Daily meditation may calm anxiety as well as a popular drug does, a study of adults with anxiety disorders finds.';
const LATER =
  'Researchers in Washington compared the programme with escitalopram over eight weeks in a clinical trial.';

/** The lede keys of `text`, whose body starts at its first line. */
function keysOf(text: string, verdictAt: Record<number, Verdict> = {}): Set<string> {
  const lines = linesOf(text);
  return ledeKeys(
    { lines, verdicts: lines.map((_, i) => verdictAt[i]), firstProse: 0, bodyEnd: lines.length - 1 },
    EN.stopwords,
  );
}

describe('ledeKeys', () => {
  it('keys the content words of the first paragraphs by their start', () => {
    const keys = keysOf(LEDE);
    expect(keys.has('medit')).toBe(true);
    expect(keys.has('anxie')).toBe(true);
    expect(keys.has('the')).toBe(false);
  });
  it('skips short lines and removed lines, and stops after the lede', () => {
    const related =
      'Related: How escitalopram compares with other drugs for anxiety, and what it costs you each month.';
    const filler = Array.from({ length: LEDE_LINES }, () => LEDE).join('\n');
    const keys = keysOf(`Escitalopram Trial\n${related}\n${filler}\n${LATER}`, {
      1: { kind: 'related', reason: 'test' },
    });
    expect(keys.has('escit')).toBe(false);
    expect(keys.has('medit')).toBe(true);
  });
});

describe('ledeShare', () => {
  const keys = keysOf(`${LEDE}\n${LATER}`);
  it('is 1 for a headline that sums up the lede (WCXB 0345, 4877)', () => {
    expect(ledeShare(lineOf('Daily Meditation May Calm Anxiety as Well as a Drug').tokens, keys, EN.stopwords)).toBe(1);
  });
  it('is 0 for a related story’s title that shares no word with the lede', () => {
    expect(ledeShare(lineOf('The Best Music of 2025').tokens, keys, EN.stopwords)).toBe(0);
  });
  it('counts a line of few content words in part', () => {
    expect(ledeShare(lineOf('Anxiety').tokens, keys, EN.stopwords)).toBeCloseTo(1 / 3);
  });
});
