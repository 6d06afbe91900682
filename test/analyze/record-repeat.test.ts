import { describe, expect, it } from 'vitest';
import { isRecordRepeat } from '../../src/analyze/record-repeat.js';
import { repeatedSentences } from '../../src/analyze/repeated-sentences.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { linesOf } from '../helpers.js';

// WCXB 4708: a round-up of house plants, each with its care fields.
const PLANTS = [
  'Soil: Peat-based, well-draining mix.',
  'Pet Safety: Toxic to cats and dogs.',
  'Soil: African violet potting mix.',
  'Pet Safety: Toxic to cats and dogs.',
].join('\n');
// WCXB 4362: one conference's blurb under each of the cities it visits.
const EVENTS = [
  'Charlotte, United States',
  'At SecureWorld, we believe cybersecurity is a mission and a community.',
  'Boston, United States',
  'At SecureWorld, we believe cybersecurity is a mission and a community.',
].join('\n');
// A pull quote: the article's sentence again under another paragraph.
const QUOTE = 'The minister said on Wednesday that the talks had been useful.';
const PULL_QUOTE = [
  'This is how the day in Moscow began for the two delegations, over breakfast at the embassy.',
  QUOTE,
  'This is where the talks went on after lunch, in a hall of the ministry by the river.',
  QUOTE,
].join('\n');

describe('isRecordRepeat', () => {
  it('reads a repeat under the same field with another value as its record’s', () => {
    expect(isRecordRepeat(linesOf(PLANTS), 1, 3)).toBe(true);
  });
  it('reads a repeat under a line that ends like the original’s as its record’s', () => {
    expect(isRecordRepeat(linesOf(EVENTS), 1, 3)).toBe(true);
  });
  it('walks up past the lines both copies share', () => {
    const lines = linesOf(
      `${PLANTS}\nWater: Weekly.\nSoil: Sand.\nPet Safety: Toxic to cats and dogs.\nWater: Weekly.`,
    );
    expect(isRecordRepeat(lines, 4, 7)).toBe(true);
  });
  it('leaves a pull quote under a paragraph that only opens like the original’s, and a copy with nothing to tell apart', () => {
    expect(isRecordRepeat(linesOf(PULL_QUOTE), 1, 3)).toBe(false);
    expect(isRecordRepeat(linesOf(`${QUOTE}\n${QUOTE}`), 0, 1)).toBe(false);
  });
  it('keeps the repeat in the body, where a pull quote leaves it', () => {
    expect(repeatedSentences(linesOf(PLANTS), () => false, 0, 3).size).toBe(0);
    expect([...repeatedSentences(linesOf(PULL_QUOTE), () => false, 0, 3).keys()]).toEqual([3]);
  });
  it('reads a long opening before a colon, written without spaces, as no field’s label', () => {
    const lines = linesOf(
      [
        '首相は記者会見で次のように述べた: 経済対策を急ぐ',
        '増税は当面行わない方針だ。',
        '首相は記者会見で次のように述べた: 物価対策を優先する',
        '増税は当面行わない方針だ。',
      ].join('\n'),
      compiledPackFor(ja),
    );
    expect(isRecordRepeat(lines, 1, 3)).toBe(false);
  });
});
