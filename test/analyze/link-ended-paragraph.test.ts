import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkEndedParagraph } from '../../src/analyze/link-ended-paragraph.js';
import { clean } from '../../src/clean.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import type { Verdict } from '../../src/types.js';
import { EN, linesOf } from '../helpers.js';

// WCXB 2645 and 4611: the article's last paragraph closes with a link's text, so no full stop ends it.
const LAST = 'Composting at home takes little room, and a small bin on a balcony is enough for one household.';
const LINKED =
  'In our town there are many gardens that take food scraps for their compost. Read this guide to get started: Composting in a Small Apartment';
const settings = MODE_SETTINGS.balanced;

describe('linkEndedParagraph', () => {
  it('widens the body over the paragraph under its last line that ends with a link', () => {
    const lines = linesOf([LAST, '', LINKED, '', 'Popular'].join('\n'));
    const widening = linkEndedParagraph(lines, [], { start: 0, end: 0 }, EN.stopwords, settings);
    expect(widening?.extent).toEqual({ start: 0, end: 1 });
    expect(widening?.rescored.get(1)).toMatchObject({ klass: 'good' });
  });
  it('leaves a line with a verdict, without a sentence ended inside, or too short for prose', () => {
    const verdicts: (Verdict | undefined)[] = [];
    verdicts[1] = { kind: 'promo', reason: 'test' };
    const lines = linesOf([LAST, LINKED].join('\n'));
    expect(linkEndedParagraph(lines, verdicts, { start: 0, end: 0 }, EN.stopwords, settings)).toBeNull();
    const unbroken = linesOf([LAST, LINKED.replace('compost. Read', 'compost and read')].join('\n'));
    expect(linkEndedParagraph(unbroken, [], { start: 0, end: 0 }, EN.stopwords, settings)).toBeNull();
    const short = linesOf([LAST, 'See the guide. Composting in a Small Apartment'].join('\n'));
    expect(linkEndedParagraph(short, [], { start: 0, end: 0 }, EN.stopwords, settings)).toBeNull();
    expect(linkEndedParagraph(lines, [], { start: 0, end: 0 }, null, settings)).toBeNull();
  });
  it('leaves an aside in brackets and a post embedded with its address last', () => {
    const aside = linesOf([LAST, `(${LINKED})`].join('\n'));
    expect(linkEndedParagraph(aside, [], { start: 0, end: 0 }, EN.stopwords, settings)).toBeNull();
    const embed = linesOf([LAST, `${LINKED} pic.example.com/AbC123`].join('\n'));
    expect(linkEndedParagraph(embed, [], { start: 0, end: 0 }, EN.stopwords, settings)).toBeNull();
  });
  it('leaves a paragraph that ends like a sentence to the body search', () => {
    const lines = linesOf([LAST, `${LINKED}.`].join('\n'));
    expect(linkEndedParagraph(lines, [], { start: 0, end: 0 }, EN.stopwords, settings)).toBeNull();
  });
  it('widens the body by the one line under it, or not at all', () => {
    const piece = fc.constantFrom(
      LAST,
      LINKED,
      'Popular',
      '(an aside. In brackets and long enough to be prose here)',
      '',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.nat(5), (texts, end) => {
        const lines = linesOf(texts.join('\n'));
        const extent = { start: 0, end: Math.min(end, lines.length - 1) };
        const widening = linkEndedParagraph(lines, [], extent, EN.stopwords, settings);
        if (widening === null) return;
        expect(widening.extent).toEqual({ start: 0, end: extent.end + 1 });
        expect([...widening.rescored.keys()]).toEqual([extent.end + 1]);
      }),
    );
  });
  it('keeps the paragraph in the cleaned text', () => {
    const text = [
      'How to Cut Your Household Waste in Half',
      '',
      'Most of what a household throws away could be reused, recycled or composted instead of going to a landfill.',
      '',
      'Start with the kitchen, where food scraps and packaging make up the largest share of what ends up in the bin.',
      '',
      'Buying products made from recycled material also helps, because it keeps the demand for that material going.',
      '',
      LAST,
      '',
      LINKED,
      '',
      'Back',
      'Popular',
      'Ten easy swaps for a greener kitchen',
    ];
    const article = clean(text.join('\n'));
    expect(article.text).toContain('Composting in a Small Apartment');
    expect(article.text).not.toContain('greener kitchen');
  });
});
