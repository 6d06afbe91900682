import { describe, expect, it } from 'vitest';
import { headlineListAfterProse } from '../../src/structure/headline-list.js';
import { linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work starts in spring, and the council expects the bridge to stay open through most of the project.',
  'Discover how 98 Buck Social can help enhance your online presence with our range of affordable social media marketing services.',
];
// WCXB 0342 html-to-text: the site's other posts under the article, each an upper-cased heading.
const HEADLINES = [
  'HOW WEBSITE SOCIAL PROOF CAN SUPPORT HOLIDAY PRODUCT PAGES',
  'WHAT TO KNOW BEFORE OUTSOURCING CREATIVE DURING BREAK WEEKS',
  'WHICH AFFORDABLE SOCIAL SERVICES WORK IN JANUARY PLANNING?',
  'HOW WHITE LABEL MONITORING HANDLES HOLIDAY NEWS CYCLES',
];
const texts = (lines: readonly { text: string }[]): string[] => lines.map((line) => line.text);

describe('headlineListAfterProse', () => {
  it('cuts four headings in a row with nothing under them, after a paragraph', () => {
    const after = 'Have any questions? We answer the ones our customers ask most often, one by one, right below.';
    expect(texts(headlineListAfterProse(linesOf([...ARTICLE, ...HEADLINES, after].join('\n'))))).toEqual(HEADLINES);
  });

  it('keeps three headings, and headings with paragraphs under them', () => {
    expect(headlineListAfterProse(linesOf([...ARTICLE, ...HEADLINES.slice(0, 3)].join('\n')))).toEqual([]);
    const sections = HEADLINES.flatMap((heading, i) => [heading, ARTICLE[i] ?? '']);
    expect(headlineListAfterProse(linesOf([...ARTICLE, ...sections].join('\n')))).toEqual([]);
  });

  it('keeps title-cased lines one under another: a list of the article’s', () => {
    const list = HEADLINES.map((line) => line.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
    expect(headlineListAfterProse(linesOf([...ARTICLE, ...list].join('\n')))).toEqual([]);
  });

  it('keeps opening hours in capitals (WCXB 0143)', () => {
    const hours = ['7:00AM - 5:00PM', '7:00AM - 7:00PM', '7:00AM - 7:00PM', '8:00AM - 3:00PM'];
    expect(headlineListAfterProse(linesOf([...ARTICLE, ...hours].join('\n')))).toEqual([]);
  });
});
