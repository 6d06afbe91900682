import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { withOutlineLevels } from '../../src/structure/outline-levels.js';
import type { Block } from '../../src/types.js';

const heading = (text: string, level?: number): Block =>
  level === undefined ? { type: 'heading', text } : { type: 'heading', text, level };
const paragraph: Block = { type: 'paragraph', text: 'The season starts in late March and lasts about two weeks.' };

describe('withOutlineLevels', () => {
  // WCXB 4083, 0443 innertext: a guide's numbered sections and subsections.
  it('gives a subsection under its numbered section the level below it', () => {
    const blocks = [heading('2. When to Go'), paragraph, heading('2.1 Cherry Blossom Season'), paragraph];
    expect(withOutlineLevels(blocks)).toEqual([
      heading('2. When to Go'),
      paragraph,
      heading('2.1 Cherry Blossom Season', 3),
      paragraph,
    ]);
  });
  it('reads a number of three parts, and siblings without their parent', () => {
    const blocks = [heading('4.1 Roaming Plans'), heading('4.2. Local SIM Cards'), heading('4.2.1 Prepaid Cards')];
    expect(withOutlineLevels(blocks).map((block) => (block.type === 'heading' ? block.level : 0))).toEqual([3, 3, 4]);
  });
  it('leaves a lone decimal number, a Markdown level and other blocks as they are', () => {
    const blocks = [heading('2.5 Million Reasons to Travel'), heading('3.1 Packing', 2), paragraph];
    expect(withOutlineLevels(blocks)).toEqual(blocks);
  });
  it('keeps its levels when its Markdown is cleaned again', () => {
    const page = [
      'Planning a First Trip to Japan',
      '',
      'A first visit raises many questions, and this guide answers them in order, one section at a time.',
      '',
      '2. When to Go',
      '',
      'Spring and autumn are the favourite seasons, with mild weather and fewer storms than summer brings.',
      '',
      '2.1 Cherry Blossom Season',
      '',
      'The blossoms open in late March in Tokyo and move north through April, drawing crowds to every park.',
      '',
      '2.2 Low Season',
      '',
      'January and February are the cheapest months to fly, and the ski resorts are at their best then.',
    ].join('\n');
    const levels = (text: string): (number | undefined)[] =>
      clean(text).blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
    expect(levels(page)).toEqual([undefined, 3, 3]);
    expect(levels(toMarkdown(clean(page)))).toEqual([2, 3, 3]);
  });
});
