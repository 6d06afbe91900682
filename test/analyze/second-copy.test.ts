import { describe, expect, it } from 'vitest';
import { secondCopy } from '../../src/analyze/second-copy.js';
import { clean } from '../../src/clean.js';
import { linesOf } from '../helpers.js';

const PROSE = [
  'Our village bakery opened in the spring and has baked bread for the whole valley ever since then.',
  'Every loaf is shaped by hand before dawn, and the first batch leaves the oven at six in the morning.',
  'The rye bread uses a sourdough starter that the owner brought from her grandmother in the north.',
  'On Saturdays the queue reaches the church, so the bakers now open an hour earlier than they used to.',
  'Prices have stayed the same for three years, which the owner says is possible because flour is local.',
  'Next year the bakery plans a second oven and a small room where children can learn to bake rolls.',
];
// The same article as the page's markdown source writes it, with link targets and bold marks.
const MARKDOWN = [
  'Our village [bakery](https://example.org/bakery) opened in the spring and has baked bread for the whole valley ever since then.',
  'Every loaf is shaped by hand before dawn, and the first batch leaves the oven at six in the morning.',
  'The **rye bread** uses a sourdough starter that the owner brought from her grandmother in the north.',
  'On Saturdays the queue reaches the church, so the bakers now open an hour earlier than they used to.',
  'Prices have stayed the same for three years, which the owner says is possible because flour is local.',
  'Next year the bakery plans a second oven and a small room where children can learn to bake rolls.',
];

const copyOf = (text: string) => {
  const lines = linesOf(text);
  return secondCopy(
    lines,
    lines.map(() => undefined),
    { start: 0, end: lines.length - 1 },
  );
};

describe('secondCopy', () => {
  it('marks a markdown copy of the body written after it', () => {
    const found = copyOf([...PROSE, ...MARKDOWN].join('\n'));
    expect([...found.keys()]).toEqual([6, 7, 8, 9, 10, 11]);
    expect(found.get(6)?.kind).toBe('duplicate');
  });

  it('finds a copy among lines that open alike but go on differently', () => {
    // Lines that share their first words are compared whole; only the exact repeats make the copy.
    const alike = PROSE.map((line) => `The bakery said that ${line.charAt(0).toLowerCase()}${line.slice(1)}`);
    const found = copyOf([...alike, ...PROSE, ...alike].join('\n'));
    expect([...found.keys()]).toEqual([12, 13, 14, 15, 16, 17]);
  });

  it('keeps a body that repeats a few of its own sentences as pull quotes', () => {
    const quoted = [PROSE[0], PROSE[1], PROSE[2], PROSE[1], PROSE[3], PROSE[4], PROSE[3], PROSE[5]] as string[];
    expect(copyOf(quoted.join('\n')).size).toBe(0);
  });

  it('starts no copy at a paragraph written twice in a row, which the body keeps once', () => {
    // WCXB 0355 html-to-text: the opening paragraph twice over the article, and the article written out twice more.
    const text = [PROSE[0], PROSE[0], ...PROSE.slice(1), ...PROSE.slice(1), ...PROSE.slice(1)].join('\n');
    const lines = linesOf(text);
    const verdicts = lines.map((_, i) =>
      i === 1 ? { kind: 'duplicate' as const, reason: 'repeats the line above (words=18)' } : undefined,
    );
    const found = secondCopy(lines, verdicts, { start: 0, end: lines.length - 1 });
    expect([...found.keys()][0]).toBe(7);
  });

  it('leaves the copy out of the article text', () => {
    const article = clean(['The Bakery', '', ...PROSE, '', ...MARKDOWN].join('\n'));
    expect(article.text).not.toContain('](https://');
    expect(article.text).toContain('Next year the bakery plans');
  });
});
