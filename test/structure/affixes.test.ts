import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { affixesOf, lineAffixes, type ShownParts } from '../../src/structure/affixes.js';
import { EN, linesOf } from '../helpers.js';

const NONE: ShownParts = { headline: null, highlights: [], byline: null, date: null };

/** The texts of the affixes of `text`'s first line when the article shows `parts` from it. */
function affixTexts(text: string, parts: Partial<ShownParts>): string[] {
  const lines = linesOf(text);
  return affixesOf(text, lines, [0], { ...NONE, ...parts }, EN).map((a) => text.slice(a.start, a.end));
}

describe('lineAffixes', () => {
  // why: WCXB 0120 innertext — "… | Opinion" after the headline.
  it('gives the site name or section after the headline', () => {
    expect(affixTexts('Why the bridge matters | Opinion', { headline: 'Why the bridge matters' })).toEqual([
      '| Opinion',
    ]);
  });
  // why: WCXB 0122 innertext — "Introduction: How to Make Furniture".
  it('gives the label before the headline, whatever case the headline is shown in', () => {
    expect(affixTexts('Introduction: HOW TO MAKE FURNITURE', { headline: 'How to Make Furniture' })).toEqual([
      'Introduction:',
    ]);
  });
  // why: WCXB 0044 innertext — "By THE INVESTOPEDIA TEAM Updated September 28, 2025"; arstechnica 2013 "… 9:55 pm UTC".
  it("gives a date's label and hour, not the byline's label", () => {
    const text = 'By Jane Doe  Updated Nov 18, 2013 9:55 pm UTC';
    expect(affixTexts(text, { byline: 'Jane Doe', date: 'Nov 18, 2013' })).toEqual(['Updated', '9:55 pm UTC']);
  });
  it('says what the line shows beside it', () => {
    const text = 'Jane Doe | Nov 18, 2013 | 5 min read';
    const lines = linesOf(text);
    const [affix] = lineAffixes(
      text,
      lines[0] as (typeof lines)[0],
      { ...NONE, byline: 'Jane Doe', date: 'Nov 18, 2013' },
      EN,
    );
    expect(affix?.reason).toBe('beside the byline and date shown from the line');
    expect(text.slice(affix?.start, affix?.end)).toBe('| 5 min read');
  });
  // why: the seed page — "… April 12, 2017.Credit: SERGEI KARPUKHIN/REUTERS"; WCXB 4130 "… – Photo Credit: Taylor …".
  it("leaves a photo credit's label and the bars between fields to the structure that stands for them", () => {
    const text = 'Hammocks by the lake at dusk. – Photo Credit: Taylor Smith';
    expect(affixTexts(text, {})).toEqual([]);
    expect(
      affixTexts('Russia vetoes the draft ■ Sides agree on a probe', {
        highlights: ['Russia vetoes the draft', 'Sides agree on a probe'],
      }),
    ).toEqual([]);
  });
  it("leaves a list item's bullet to the list", () => {
    expect(affixTexts('• Jane Doe, Nov 18, 2013', { byline: 'Jane Doe', date: 'Nov 18, 2013' })).toEqual([]);
  });
  it('finds the parts in a line of capitals beyond ASCII and of runs of spaces and tabs', () => {
    expect(affixTexts('ÜBER DIE BRÜCKE | Meinung', { headline: 'Über die Brücke' })).toEqual(['| Meinung']);
    expect(affixTexts('Why  the\tbridge matters   | Opinion', { headline: 'Why the bridge matters' })).toEqual([
      '| Opinion',
    ]);
  });
  it('reads a long line in time linear in its length', () => {
    const long = `${'Why the bridge matters '.repeat(10_000)}| Opinion`;
    const started = performance.now();
    expect(affixTexts(long, { headline: 'Why the bridge matters' })).toEqual(['| Opinion']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
  it('gives the whole line when nothing of it is found', () => {
    expect(affixTexts('Staff Writer', { byline: 'Jane Doe' })).toEqual(['Staff Writer']);
  });
});

describe('clean() accounts for the affixes it leaves out', () => {
  it('removes a headline suffix and a date label as affixes, in input order', () => {
    const body = 'The city council voted on Tuesday to widen the bridge over the river by two lanes, officials said.';
    const input = `Council Widens the Bridge | Daily Planet\nPublished November 18, 2013\n\n${body}\n\n${body.replace('Tuesday', 'Monday')}\n`;
    const article = clean(input);
    expect(article.title).toBe('Council Widens the Bridge');
    expect(article.published).toBe('November 18, 2013');
    const affixes = article.removed.filter((r) => r.kind === 'affix').map((r) => r.text);
    expect(affixes).toEqual(['| Daily Planet', 'Published']);
    for (const r of article.removed) expect(input.slice(r.start, r.end)).toBe(r.text);
  });
});
