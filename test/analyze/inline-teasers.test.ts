import { describe, expect, it } from 'vitest';
import { detect } from '../../src/analyze/detect.js';
import { isInToolbar, scoreLine } from '../../src/analyze/extent.js';
import { inlineTeasers } from '../../src/analyze/inline-teasers.js';
import { clean } from '../../src/clean.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { contextOf, EN, linesOf } from '../helpers.js';

const BEFORE = [
  'Marathon training starts with three easy runs a week, and the long run grows by a mile every second week.',
  'Most new runners find the first month of the marathon plan the hardest, because the body is not yet used to it.',
];
const TEASER = 'Read more: Why hill sprints make you faster';
const AFTER = [
  'The 24-Week Marathon Training Plan',
  'Follow the marathon plan week by week and rest whenever your legs feel heavy.',
];

const found = (text: string) => {
  const lines = linesOf(text);
  const verdicts = detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});
  const scores = lines.map((line, i) =>
    scoreLine(line, verdicts[i], EN.stopwords, MODE_SETTINGS.balanced, isInToolbar(verdicts, i)),
  );
  return inlineTeasers(lines, verdicts, scores, EN.stopwords);
};

describe('inlineTeasers', () => {
  it('finds a teaser between prose on one topic, and says why', () => {
    const teasers = found([...BEFORE, TEASER, ...AFTER].join('\n'));
    expect([...teasers.keys()]).toEqual([2]);
    expect(teasers.get(2)).toEqual({
      kind: 'related',
      reason:
        'teaser after a "read more" label (words=8), inline: the article\'s prose goes on after it (4 words shared)',
    });
  });

  it('leaves a teaser when the prose after it is on another topic', () => {
    const other = ['Our Newsletter', 'Get the best deals on kitchen gadgets delivered to your inbox every Friday.'];
    expect(found([...BEFORE, TEASER, ...other].join('\n')).size).toBe(0);
  });

  it('leaves a teaser with no prose after it', () => {
    expect(found([...BEFORE, TEASER, 'Marathon Plans', 'Training Week'].join('\n')).size).toBe(0);
  });

  it('does not look past a section header', () => {
    expect(found([...BEFORE, TEASER, 'Related Articles', ...AFTER].join('\n')).size).toBe(0);
  });

  it('keeps the body going across the teaser', () => {
    const article = clean(['Go From Couch to Marathon', ...BEFORE, TEASER, ...AFTER].join('\n'));
    expect(article.text).toContain('Follow the marathon plan week by week');
    expect(article.removed.find((r) => r.text === TEASER)?.reason).toContain('inline: ');
  });

  // The shape of readability test page aktualne: a box between two paragraphs renders its label over its one headline;
  // the page repeats the label over its sections, so the label is no wall (repeated-headers.ts), as here.
  const LABEL = 'Related';
  const HEADLINE = 'Hill sprints make you faster. Here is why coaches swear by them';
  const RESUMED = 'Follow the marathon plan week by week and rest whenever your legs feel heavy after the long run.';
  const unwalled = (label: string, under: string) => {
    const lines = linesOf([...BEFORE, label, under, RESUMED].join('\n'));
    const verdicts = detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});
    verdicts[2] = { kind: 'related', reason: 'only related labels, a section label' };
    const scores = lines.map((line, i) => scoreLine(line, verdicts[i], EN.stopwords, MODE_SETTINGS.balanced));
    return inlineTeasers(lines, verdicts, scores, EN.stopwords);
  };

  it('takes the headline under a label-only teaser along, and says why', () => {
    const teasers = unwalled(LABEL, HEADLINE);
    expect([...teasers.keys()]).toEqual([2, 3]);
    expect(teasers.get(3)?.reason).toBe("the headline under an inline teaser's label, prose under it");
  });

  it('leaves the line under a label that ends with a colon: it is what the article goes on about (WCXB 0375)', () => {
    expect([...unwalled('Related:', HEADLINE).keys()]).toEqual([2]);
  });

  it('leaves a sentence under the label', () => {
    expect([...unwalled(LABEL, 'Hill sprints make you faster, and coaches swear by them.').keys()]).toEqual([2]);
  });
});
