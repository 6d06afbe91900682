import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';

const ITEM = (name: string): string[] => [
  name,
  `The ${name} is a light and roomy pack that carried a full load through a week of rain in the mountains without a leak.`,
  `Check price at REI`,
];

describe('reviseShortLines: shop buttons', () => {
  const text = [
    'The Best Backpacks of the Year',
    'We carried every pack on this list for at least a hundred miles before we wrote a word about any of them.',
    ...ITEM('Osprey Exos'),
    ...ITEM('Gregory Focal'),
    ...ITEM('Durston Kakwa'),
    'Whichever pack you choose, fit matters more than weight, so try it on with a full load before a long trip.',
  ].join('\n\n');

  it('removes the buttons under each product and keeps every product in the body', () => {
    const article = clean(text);
    expect(article.text).not.toContain('Check price');
    expect(article.text).toContain('Durston Kakwa is a light');
    expect(article.text).toContain('fit matters more');
    expect(article.removed.filter((r) => r.kind === 'ad').map((r) => r.reason)).toEqual([
      'shop button "check price" in the body (words=4)',
      'shop button "check price" in the body (words=4)',
      'shop button "check price" in the body (words=4)',
    ]);
  });

  it('keeps a sentence that mentions checking prices', () => {
    const article = clean(text.replace('fit matters more', 'check prices at several shops, as fit matters more'));
    expect(article.text).toContain('check prices at several shops');
  });
});

describe('reviseShortLines: link lines to other pages', () => {
  const ITEM = (name: string): string[] => [
    `${name} MBA Program`,
    `The ${name} program admits about nine hundred students a year, and most of them have worked for five years.`,
    `Learn more about the ${name} MBA Program`,
  ];
  const text = [
    'The Best Business Schools of the Year',
    'We ranked each school on its graduates, its teaching and its cost, and we asked students what they thought.',
    ...ITEM('Wharton'),
    ...ITEM('Kellogg'),
    ...ITEM('Booth'),
    'Rankings move slowly, so a school in the top ten this year will most likely be there again next year too.',
  ].join('\n\n');

  it('removes a link line that opens with a teaser call and is no sentence', () => {
    const article = clean(text);
    expect(article.text).not.toContain('Learn more about');
    expect(article.text).toContain('Booth program admits');
    expect(article.removed.map((r) => r.reason)).toContain(
      'link line opening with "learn more about" in the body (words=7)',
    );
  });

  it('keeps a sentence that opens the same way', () => {
    const article = clean(
      text.replace('Learn more about the Booth MBA Program', 'Learn more about the Booth program here.'),
    );
    expect(article.text).toContain('Learn more about the Booth program here.');
  });
});
