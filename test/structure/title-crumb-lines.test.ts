import { describe, expect, it } from 'vitest';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { type CrumbLinesInput, crumbLinesAt } from '../../src/structure/title-crumb-lines.js';
import type { Verdict } from '../../src/types.js';
import { EN, linesOf } from '../helpers.js';

const META: Verdict = { kind: 'byline-meta', reason: 'test' };

/** The trail rooted at line `root` of `text`, with `verdictAt`'s verdicts. */
function trailOf(text: string, root: number, verdictAt: Record<number, Verdict> = {}, lang = EN) {
  const lines = linesOf(text, lang);
  const input: CrumbLinesInput = { lines, verdicts: lines.map((_, i) => verdictAt[i]), lang };
  return crumbLinesAt(input, root);
}

describe('crumbLinesAt', () => {
  it('reads the crumbs under a root label, past a date label that closes them (WCXB 4603, 4185 innertext)', () => {
    const text =
      'Ministry Talks Guide\nHome\nBest Picks\nRussia Talks Best Picks\nUpdated\nMinister says the talks were useful';
    expect(trailOf(text, 1, { 4: META })).toEqual({ root: 1, crumbs: [2, 3], next: 5 });
    expect(trailOf('HOME\nRESOURCE CENTER\nTALKS SCHEDULE\nThe minister said the talks went on.', 0)).toEqual({
      root: 0,
      crumbs: [1, 2],
      next: 3,
    });
  });
  it('leaves out the separators’ lines (WCXB 4193 innertext)', () => {
    expect(trailOf('Home\n/\nRussia talks\nHow the talks with Russia went in 2026', 0)).toEqual({
      root: 0,
      crumbs: [2],
      next: 3,
    });
  });
  it('ends before the headline given as the last crumb and again as the h1 (WCXB 0177)', () => {
    expect(trailOf('Home\nNews\nRussia Talks Useful\nRussia Talks Useful\nBy Jane Doe', 0)).toEqual({
      root: 0,
      crumbs: [1],
      next: 2,
    });
  });
  it('takes no more than four crumbs, nor a long line or a removed one for a crumb', () => {
    expect(trailOf('Home\nA B\nC D\nE F\nG H\nI J', 0)?.crumbs).toEqual([1, 2, 3, 4]);
    expect(trailOf('Home\nMinister says the talks with Russia were useful', 0)).toBeNull();
    expect(trailOf('Home\nShare this', 0, { 1: { kind: 'share', reason: 'test' } })).toBeNull();
  });
  it('needs a line that is a root label alone, in the page’s language', () => {
    expect(trailOf('Home sweet home\nNews\nTalks', 0)).toBeNull();
    expect(trailOf('Contact\nNews\nTalks', 0)).toBeNull();
    expect(trailOf('Accueil\nMonde\nLes pourparlers', 0, {}, compiledPackFor(fr))?.crumbs).toEqual([1, 2]);
  });
});
