import { describe, expect, it } from 'vitest';
import { type BodyLineTest, insideBody } from '../../src/analyze/inside-body.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const TEXT = [
  'Menu',
  'The council voted on Tuesday to close the old bridge to cars from next spring.',
  'Player notice',
  'Cyclists and walkers will still be able to cross it while the new one is built.',
  'Footer',
].join('\n');

/** A test that names the line "Player notice" as a `ui-prompt`, and one that names "Footer" as `nav`. */
const notice: BodyLineTest = (line) =>
  line.text === 'Player notice' ? { kind: 'ui-prompt', reason: 'a notice' } : undefined;
const footer: BodyLineTest = (line) => (line.text === 'Footer' ? { kind: 'nav', reason: 'a footer' } : undefined);

describe('insideBody', () => {
  it('names the lines of the body a test names, and none outside it', () => {
    const lines = linesOf(TEXT);
    const found = insideBody(
      lines,
      lines.map(() => undefined),
      { start: 1, end: 3 },
      [notice, footer],
    );
    expect([...found]).toEqual([[2, { kind: 'ui-prompt', reason: 'a notice' }]]);
  });
  it('gives the verdict of the first test that names a line', () => {
    const lines = linesOf(TEXT);
    const other: BodyLineTest = () => ({ kind: 'other', reason: 'any line' });
    const found = insideBody(
      lines,
      lines.map(() => undefined),
      { start: 2, end: 2 },
      [notice, other],
    );
    expect(found.get(2)?.reason).toBe('a notice');
  });
  it('leaves a line that holds a verdict alone', () => {
    const lines = linesOf(TEXT);
    const verdicts: (Verdict | undefined)[] = lines.map((_, i) =>
      i === 2 ? { kind: 'ad', reason: 'test' } : undefined,
    );
    expect(insideBody(lines, verdicts, { start: 0, end: 4 }, [notice]).size).toBe(0);
  });
});
