import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/index.js';
import { runCli } from './run-cli.js';

const HOW_TO = [
  'How to bake bread at home',
  'Baking bread at home is easier than most people think, and it takes only a few simple steps to get right.',
  '1. Mix the flour, water, salt and yeast in a bowl.\n2. Knead the dough for ten minutes until smooth.\n3. Let it rise for an hour in a warm place.',
  'Once it has risen, bake it at 220 degrees for about thirty minutes until the crust is golden brown.',
].join('\n\n');
const STEPS = ['Mix the flour, water, salt and yeast in a bowl.', 'Knead the dough for ten minutes until smooth.'];

describe('a numbered list on the command line', () => {
  it('comes out ordered in JSON, its items without their numbers', async () => {
    const run = await runCli(['-f', 'json'], { input: HOW_TO });
    const article = JSON.parse(run.stdout) as Article;
    expect(article.blocks[1]).toEqual({
      type: 'list',
      ordered: true,
      items: [...STEPS, 'Let it rise for an hour in a warm place.'],
    });
    expect(article.text).toContain(`1. ${STEPS[0]}\n\n2. ${STEPS[1]}`);
  });
  it('keeps its numbers in text and Markdown', async () => {
    for (const format of ['text', 'markdown']) {
      const run = await runCli(['-f', format], { input: HOW_TO });
      expect(run.stdout).toContain(`\n\n1. ${STEPS[0]}\n2. ${STEPS[1]}\n3. `);
      expect(run.stdout).not.toMatch(/^[•-] /m);
    }
  });
});
