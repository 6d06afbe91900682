import { describe, expect, it } from 'vitest';
import type { Script } from '../../src/segment/script.js';
import { kindsOutsideBody } from '../../src/structure/outside.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

/** The kinds kindsOutsideBody names for every line of `text`, with the body ending before line `afterBody`. */
function kindsOf(text: string, afterBody: number, verdictAt: Record<number, Verdict> = {}, script: Script = 'latin') {
  const lines = linesOf(text);
  const verdicts = lines.map((_, i) => verdictAt[i]);
  const outside = lines.map((_, i) => i).filter((i) => verdicts[i] === undefined || verdictAt[i]);
  const kinds = kindsOutsideBody(lines, verdicts, outside, afterBody, script);
  return lines.map((_, i) => kinds.get(i));
}

describe('kindsOutsideBody', () => {
  it('gives the lines under a related header its kind and names the header', () => {
    const [, first, second] = kindsOf('Most read\nSome headline here\nAnother headline here', 0, {
      0: { kind: 'related', reason: 'test' },
    });
    expect(first).toEqual({ kind: 'related', reason: 'under a related header (line 1)' });
    expect(second?.kind).toBe('related');
  });
  it('calls a run of headlines after the article promo', () => {
    const kinds = kindsOf(
      'Netanyahu Is About to Slam the Door\nHead of Top Art Academy Leads\nWhy the Program Has Regrets',
      0,
    );
    expect(kinds.map((k) => k?.kind)).toEqual(['promo', 'promo', 'promo']);
    expect(kinds[0]?.reason).toBe('in a run of 3 lines after the article, 3 headline-like or in another script');
  });
  it('leaves out the durations under promo videos when it weighs the run', () => {
    const kinds = kindsOf(
      '32:03\nExclusive: Author Amish on Writing The Chola Tigers\n27:30\nSenior Living in India: Myths and Realities\n13:05\nBreakup Recovery: How To Love Yourself\n* 1\n* 2',
      0,
    );
    expect(kinds.map((k) => k?.kind)).toEqual(Array(8).fill('promo'));
  });
  it('calls a line in another script promo', () => {
    expect(kindsOf('בנימין נתניהו השקת ספר', 0)[0]).toEqual({
      kind: 'promo',
      reason: 'after the article, in hebrew script (article: latin)',
    });
  });
  it('calls a kana menu entry on a page written mostly in kanji nav: Japanese writes both', () => {
    expect(kindsOf('ログイン', 5, {}, 'han')[0]).toEqual({
      kind: 'nav',
      reason: 'short line before the article (words=2)',
    });
  });
  it('calls a short line before the article nav', () => {
    expect(kindsOf('World news', 5)[0]).toEqual({ kind: 'nav', reason: 'short line before the article (words=2)' });
  });
  it('calls a longer line other', () => {
    expect(kindsOf('This is a longer line of text that ends here.', 0)[0]).toEqual({
      kind: 'other',
      reason: 'after the article (words=10)',
    });
  });
  it('names nothing for lines not listed as outside', () => {
    const lines = linesOf('One line\nTwo line');
    expect(kindsOutsideBody(lines, [undefined, undefined], [], 2, 'latin').size).toBe(0);
  });
});
