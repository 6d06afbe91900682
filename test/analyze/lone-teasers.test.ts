import { describe, expect, it } from 'vitest';
import { detect } from '../../src/analyze/detect.js';
import { loneTeasers } from '../../src/analyze/lone-teasers.js';
import { clean } from '../../src/clean.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { contextOf, linesOf } from '../helpers.js';

const PARAGRAPHS = [
  'A compact camera is small enough to carry everywhere, and its zoom covers most of what a traveller needs on a trip.',
  'A mirrorless camera costs more, but its larger sensor gives you cleaner pictures when the light starts to fade.',
];
const CONCLUSION = [
  'Conclusion',
  'There is a reason why there are many different types of cameras on the market, and each one serves its own purpose.',
  'Finding the right camera for you will depend on what you want to achieve, so think about the pictures you take most.',
];

const unwalled = (texts: string[]) => {
  const lines = linesOf(texts.join('\n'));
  const ctx = contextOf(lines);
  return loneTeasers(lines, detect(lines, ctx, DEFAULT_DETECTORS, {}), ctx.lang.match.related);
};

describe('loneTeasers', () => {
  it("takes the wall down from the page's only header that holds its teaser, and says why (WCXB 0272)", () => {
    const found = unwalled([...PARAGRAPHS, 'See also: Travel Photography Explained', ...CONCLUSION]);
    expect([...found]).toEqual([
      [
        2,
        {
          kind: 'related',
          reason: 'header opening with "see also" (words=5), the only wall opening with "see also": a link, not a list',
        },
      ],
    ]);
  });
  it('keeps the walls of a label that opens several of them (a buying guide\'s "Read more: …" cards, WCXB 4835)', () => {
    const cards = ['Read more: Nimbus Soft review', 'Read more: Sonicare 4100 review'];
    expect(unwalled([cards[0] as string, ...PARAGRAPHS, cards[1] as string, ...CONCLUSION]).size).toBe(0);
  });
  it('leaves a header with nothing after its label alone', () => {
    expect(unwalled([...PARAGRAPHS, 'Related articles', ...CONCLUSION]).size).toBe(0);
    expect(unwalled([...PARAGRAPHS, 'See also:', ...CONCLUSION]).size).toBe(0);
  });
  it('keeps the article going past such a teaser, under a longer part above it', () => {
    const more = [
      'A phone camera is the one you always have with you, and for many people it is the only camera they will ever need.',
      'An action camera is built for water, dust and falls, and it records the adventures that would break any other camera.',
      'A film camera asks for patience, since every frame costs money, but many photographers say it taught them to see.',
    ];
    const page = ['Home', 'Cameras', 'Lenses', 'Sign in', 'Choosing a Camera', ...PARAGRAPHS, ...more];
    page.push('See also: Travel Photography Explained', ...CONCLUSION, 'Privacy Policy', 'Terms of Use');
    const article = clean(page.join('\n'));
    expect(article.text).toContain('Finding the right camera');
    expect(article.removed.map((r) => r.text)).toContain('See also: Travel Photography Explained');
  });
});
