import { describe, expect, it } from 'vitest';
import { gluedRepeat, repairGluedLabels } from '../../src/repair/glued-repeat.js';
import { lineOf } from '../helpers.js';

describe('gluedRepeat', () => {
  it.each([
    ['Send in e-mailSend in e-mail', 'Send in e-mail', 2],
    ['ShareShareShare', 'Share', 3],
    ['Share Share', 'Share', 2],
    ['Print Email Print Email', 'Print Email', 2],
    ['abcabcabc', 'abc', 3],
  ])('%j is %j written %i times', (text, unit, times) => expect(gluedRepeat(text)).toEqual({ unit, times }));

  it.each(['Share', 'Send in e-mail', 'ab', 'Share Share Tweet', 'The the'])('%j is no repeat', (text) =>
    expect(gluedRepeat(text)).toBeNull(),
  );
  it('ignores lines longer than a label', () => expect(gluedRepeat('ab'.repeat(101))).toBeNull());
});

describe('repairGluedLabels', () => {
  it('collapses a label glued to itself and records how often', () => {
    const line = lineOf('Send in e-mailSend in e-mail');
    expect([line.labelText, line.repeats]).toEqual(['Send in e-mail', 2]);
    expect(line.text).toBe('Send in e-mailSend in e-mail');
  });
  it('splits camel-glued menu words', () => {
    const line = lineOf('HomeNewsReviewsDeals');
    expect(line.labelText).toBe('Home News Reviews Deals');
    expect(line.repeats).toBeUndefined();
  });
  it('keeps the offsets of the line', () => {
    const before = lineOf('  HomeNews');
    expect([before.start, before.end]).toEqual([2, 10]);
  });
  it('leaves a plain line as it is', () => {
    const line = lineOf('The minister spoke in Moscow.');
    expect(repairGluedLabels(line)).toBe(line);
    expect(line.labelText).toBeUndefined();
  });
  it('leaves long lines alone', () => {
    const line = lineOf(`${'HomeNews '.repeat(30)}`);
    expect(line.labelText).toBeUndefined();
  });
});
