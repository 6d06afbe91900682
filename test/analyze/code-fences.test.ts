import { describe, expect, it } from 'vitest';
import { codeFences, fenceVerdicts } from '../../src/analyze/code-fences.js';
import { linesOf } from '../helpers.js';

const fencesOf = (text: string): Map<number, number> => codeFences(linesOf(text));

describe('codeFences', () => {
  // why: WCXB 0383 innertext's listings, as toMarkdown fences them.
  it('pairs an opening fence with the fence that closes it', () => {
    expect(fencesOf('Then it wrote:\n```\nfunction parseLine(line) {\n  return null\n}\n```\nIt works.')).toEqual(
      new Map([[1, 5]]),
    );
  });
  it('takes a language after the opening fence, tildes, and a longer closing fence', () => {
    expect(fencesOf('```python\nimport sys\n````')).toEqual(new Map([[0, 2]]));
    expect(fencesOf('~~~\nls -la\n~~~')).toEqual(new Map([[0, 2]]));
  });
  it('keeps a shorter fence, a fence of the other mark or one with words inside the listing', () => {
    expect(fencesOf('````\necho "```"\n```\n~~~\n```js\n````')).toEqual(new Map([[0, 5]]));
  });
  it('pairs no fence left open, nor inline code on a line of its own', () => {
    expect(fencesOf('```\nprint(1)')).toEqual(new Map());
    expect(fencesOf('```js``` is inline code\nprint(1)\n```')).toEqual(new Map());
  });
  it('is linear: twenty thousand fences are read once', () => {
    expect(fencesOf(Array.from({ length: 20_000 }, () => '```').join('\nx = 1\n')).size).toBe(10_000);
  });
});

describe('fenceVerdicts', () => {
  it('gives both fences of a pair an other verdict that says they are markup', () => {
    const verdicts = fenceVerdicts(new Map([[1, 5]]));
    expect([...verdicts.keys()]).toEqual([1, 5]);
    expect(verdicts.get(1)).toEqual({
      kind: 'other',
      reason: "a code fence: the Markdown markup of a listing's bounds",
    });
  });
});
