import { describe, expect, it } from 'vitest';
import { detect } from '../../src/analyze/detect.js';
import { unwallRepeatedHeaders } from '../../src/analyze/repeated-headers.js';
import { clean } from '../../src/clean.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { contextOf, linesOf } from '../helpers.js';

const PARAGRAPH = (topic: string): string[] => [
  `The ${topic} course walks you through the basics over twelve weeks, with a tutor who reviews every exercise you hand in.`,
  `Each week of the ${topic} course ends with a project, and the best of them are shown to the whole class at the end.`,
  `Most students of the ${topic} course say the feedback taught them more than the lessons, which are short and plain.`,
  `The ${topic} course costs less than a weekend workshop and comes with a certificate that employers know and trust.`,
  `Classes of the ${topic} course are small, so every student gets time with the tutor each week.`,
];
const SECTION = (topic: string): string[] => [
  `${topic} School`,
  'Recommended courses:',
  `${topic} Foundation Course`,
  ...PARAGRAPH(topic),
];

const unwalled = (text: string) => {
  const lines = linesOf(text);
  const verdicts = detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});
  return unwallRepeatedHeaders(lines, verdicts, MODE_SETTINGS.balanced);
};

describe('unwallRepeatedHeaders', () => {
  const article = ['The Best Design Schools', ...['Typography', 'Layout', 'Colour', 'Branding'].flatMap(SECTION)].join(
    '\n',
  );

  it('takes the wall down from a header repeated over sections of prose, and says why', () => {
    const found = [...unwalled(article).values()];
    expect(found).toHaveLength(4);
    expect(found[0]).toEqual({
      kind: 'related',
      reason:
        'header opening with "recommended" (words=2), repeated ×4 over sections of prose (median 101 words): a section label',
    });
  });

  it('leaves the wall of a "Read more" under each one-line teaser', () => {
    const teasers = ['Ten tips for a tidy desk', 'Why naps work', 'The best pens of the year', 'A guide to ink'];
    const related = [...PARAGRAPH('Typography'), ...teasers.flatMap((t) => [t, 'Read more'])].join('\n');
    expect(unwalled(related).size).toBe(0);
  });

  it('leaves the wall of a header repeated only twice', () => {
    expect(unwalled(['Intro', ...['Typography', 'Layout'].flatMap(SECTION)].join('\n')).size).toBe(0);
  });

  it('lets the body run across the repeated labels, which stay removed', () => {
    const cleaned = clean(article.split('\n').join('\n\n'));
    expect(cleaned.text).toContain('The Typography course walks you');
    expect(cleaned.text).toContain('The Branding course costs less');
    expect(cleaned.text).not.toContain('Recommended courses');
  });
});
