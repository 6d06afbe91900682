import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/structure/blocks.js';
import { dropsListMarks, tightList } from '../../src/structure/tight-list.js';
import { EN, linesOf } from '../helpers.js';

const NO_LISTINGS: ReadonlyMap<number, unknown> = new Map();
const INTRO = 'Online courses ask more of you than a classroom does, so plan your weeks before they start.';
const OUTRO = 'Follow these steps and the course will feel much lighter by the end of the first month.';
const TIPS = [
  'Make sure you have a private space where you can study.',
  'Log on to your course often.',
  'Take time to be thorough.',
  'Be polite and respectful.',
];
/** A page as innerText writes it: a blank line around each paragraph, none between the items of a list. */
const page = (...runs: readonly string[][]): string => runs.map((run) => run.join('\n')).join('\n\n');
const tightAt = (text: string, i: number) => tightList(linesOf(text), i, NO_LISTINGS, EN.stopwords);

describe('dropsListMarks', () => {
  it('is true for a text that parts its paragraphs with blank lines and has no bullets', () => {
    const lines = linesOf(page([INTRO], TIPS, [OUTRO]));
    expect(dropsListMarks(lines, lines)).toBe(true);
  });
  it('is false when a line of the page carries a bullet', () => {
    const lines = linesOf(page(['* Home', '* News'], [INTRO], TIPS, [OUTRO]));
    expect(dropsListMarks(lines.slice(2), lines)).toBe(false);
  });
  it('is false for a text with no blank lines', () => {
    const lines = linesOf([INTRO, ...TIPS, OUTRO].join('\n'));
    expect(dropsListMarks(lines, lines)).toBe(false);
  });
});

describe('tightList', () => {
  it('makes a list of three or more lines with no blank line between them', () => {
    expect(tightAt(page([INTRO], TIPS, [OUTRO]), 1)).toEqual({ headed: false, end: 5 });
  });
  it('makes none of two such lines', () => {
    expect(tightAt(page([INTRO], TIPS.slice(0, 2), [OUTRO]), 1)).toBeUndefined();
  });
  it('ends the run at a lead-in', () => {
    const text = page([INTRO], [...TIPS.slice(0, 3), 'What you need:', 'A laptop', 'A quiet room'], [OUTRO]);
    expect(tightAt(text, 1)).toEqual({ headed: false, end: 4 });
  });
  it('heads the list with a first line of one word, and ends it at the next', () => {
    const text = page(
      [INTRO],
      ['Pros', 'Over 500 nationwide agents', 'No upfront deposit', 'Free quotes online', 'Cons'],
      [OUTRO],
    );
    expect(tightAt(text, 1)).toEqual({ headed: true, end: 5 });
  });
  it('heads the list with a question over sentences', () => {
    const text = page([INTRO], ['What are some tips to help my child sleep?', ...TIPS.slice(1)], [OUTRO]);
    expect(tightAt(text, 1)).toEqual({ headed: true, end: 5 });
  });
  it('ends the run at a second label over sentences, and heads it with the first', () => {
    const pros = ['Pros of renting a cabin', 'You can cook your own meals.', 'There is room for the whole family.'];
    const cons = ['Cons of renting a cabin', 'Cleaning fees add up fast.', 'Some cabins are far from the trails.'];
    const text = page([INTRO], [...pros, ...cons], [OUTRO]);
    expect(tightAt(text, 1)).toEqual({ headed: true, end: 4 });
    expect(tightAt(text, 4)).toEqual({ headed: true, end: 7 });
  });
  it('keeps an item that is a term and what it stands for among sentences', () => {
    const items = ['Cooking, cleaning and laundry (2 hours)', 'Pack the kitchen last.', 'Label every box.'];
    const text = page([INTRO], [...TIPS.slice(0, 2), ...items], [OUTRO]);
    expect(tightAt(text, 1)).toEqual({ headed: false, end: 6 });
  });
  it('makes a list of two sentences under a label set right under the list before', () => {
    const text = page(
      [INTRO],
      [...TIPS, 'Know Before You Enrol', 'Fees are due in May.', 'Most courses run online.'],
      [OUTRO],
    );
    expect(tightAt(text, 1)).toEqual({ headed: false, end: 5 });
    expect(tightAt(text, 5)).toEqual({ headed: true, end: 8 });
  });
  it('makes no list of two lines that no label parts from the next', () => {
    expect(tightAt(page([INTRO], ['Know before you go', ...TIPS.slice(0, 2)], [OUTRO]), 1)).toBeUndefined();
  });
  it('leaves out a last line shaped as the next section’s heading', () => {
    const text = page([INTRO], [...TIPS, 'Practical Tips for Shoppers'], [OUTRO]);
    expect(tightAt(text, 1)).toEqual({ headed: false, end: 5 });
  });
});

describe('buildBlocks with a text that drops list marks', () => {
  it('makes a list of lines set with no blank line between them', () => {
    const text = page([INTRO], TIPS, [OUTRO]);
    const lines = linesOf(text);
    expect(buildBlocks(lines, text, EN, [], lines)[1]).toEqual({ type: 'list', ordered: false, items: TIPS });
  });
});
