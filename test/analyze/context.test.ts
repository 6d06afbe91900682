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
