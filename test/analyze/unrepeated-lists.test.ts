import { describe, expect, it } from 'vitest';
import { detect } from '../../src/analyze/detect.js';
import { scoreLine } from '../../src/analyze/extent.js';
import { unrepeatedLists } from '../../src/analyze/unrepeated-lists.js';
import { clean } from '../../src/clean.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { contextOf, EN, linesOf } from '../helpers.js';

// Lines of WCXB 4698: a backpacking checklist between the paragraphs that introduce it and the tips under it.
const INTRO = [
  'We’ve spent decades honing our backpacking gear to (our) perfect balance of weight and creature comforts, and this list is what we carry.',
  'We’ve organized the Ultimate Backpacking Checklist into categories to make it easier for you to gather your backpacking gear.',
];
const ITEMS = [
  'SHELTER',
  'Tent',
  'Rainfly',
  'Stakes',
  'Guylines',
  'FIRST AID',
  'Tweezers',
  'Moleskin',
  'Safety pins',
  'Medical tape',
  'NAVIGATION EQUIPMENT',
  'Compass',
  'Watch',
  'Topo map(s)',
];
const ADVICE = 'Always be prepared and know how to use your map and compass, even if you plan to use a GPS or GPS app.';
const TIPS = [
  'LIGHTEN YOUR LOAD – Start by weeding out things you don’t need. Be careful with every choice you make, a few ounces add up.',
  'CLOTHING FOR BACKPACKING – The clothing you pack will change slightly depending on the conditions you expect to face.',
];

const rescored = (texts: string[]) => {
  const lines = linesOf(texts.join('\n'));
  const verdicts = detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});
  const scores = lines.map((line, i) => scoreLine(line, verdicts[i], EN.stopwords, MODE_SETTINGS.balanced));
  return { lines, found: unrepeatedLists(lines, scores, verdicts) };
};
const textsOf = ({ lines, found }: ReturnType<typeof rescored>) => [...found.keys()].map((i) => lines[i]?.text);

describe('unrepeatedLists', () => {
  it('scores a checklist between paragraphs as neutral list items, over a line of advice among them', () => {
    const result = rescored([...INTRO, ...ITEMS.slice(0, 5), ADVICE, ...ITEMS.slice(5), ...TIPS]);
    // "Topo map(s)" is neutral already: brackets read as code.
    expect(textsOf(result)).toEqual(ITEMS.slice(0, -1));
    expect([...result.found.values()][0]).toEqual({ score: 0, klass: 'short', item: true });
  });

  it('leaves a list whose entries stand elsewhere on the page too (a menu repeated in the footer)', () => {
    expect(rescored([...INTRO, ...ITEMS, ...TIPS, ...ITEMS]).found.size).toBe(0);
  });

  it('leaves a list with a single line of prose on one side (a box between the article and the footer)', () => {
    expect(rescored([...INTRO, ...ITEMS, TIPS[0] as string]).found.size).toBe(0);
  });

  it('leaves a menu under the cut-short teasers of a blog box (WCXB 0310)', () => {
    const TEASERS = [
      'Many people dream of becoming entrepreneurs, and often the biggest hurdle they face on the way is the money...',
      'Letting technology do the heavy lifting for certain monotonous tasks is one of the things that we do best...',
    ];
    expect(rescored([...TEASERS, ...ITEMS, ...TIPS]).found.size).toBe(0);
    expect(rescored([...INTRO, ...ITEMS, ...TIPS]).found.size).toBeGreaterThan(0);
  });

  it('leaves a run too short to be a list', () => {
    expect(rescored([...INTRO, ...ITEMS.slice(0, 7), ...TIPS]).found.size).toBe(0);
  });

  it('keeps the checklist in the body: the short-line pass spares its items, and a menu label among them stays', () => {
    const article = clean([...INTRO, ...ITEMS.slice(0, 5), ADVICE, ...ITEMS.slice(5), ...TIPS, ...TIPS].join('\n'));
    for (const item of ['Tent', 'Rainfly', 'Guylines', 'Compass', 'Watch'])
      expect(article.text).toContain(`\n${item}\n`);
  });
});
