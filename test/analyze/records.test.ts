import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { extendOverRecords, isRecordLine } from '../../src/analyze/records.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';
import { lineOf, linesOf } from '../helpers.js';

const RECORD = (name: string, street: number, phone: string): string[] => [
  name,
  `${street} Market Street`,
  `(415) ${phone}`,
  'Psychotherapy',
  'Fees based on income',
];
const DIRECTORY = [
  ...RECORD('Access Institute', 110, '861-5449'),
  ...RECORD('Somatic Center', 220, '217-8895'),
  ...RECORD('Counseling Centers', 801, '674-7504'),
  ...RECORD('Integral Counseling', 507, '346-1011'),
];
const INTRO = [
  'Low-Cost Mental Health Providers',
  'Please note that the university offers this list as a resource only, and a place on it is no endorsement at all.',
  'Insurance may not be accepted for low-cost services, and fees are generally based on what a client can pay.',
];
const CLOSING = 'This list is not complete, and other local providers may be listed on our search page for providers.';

describe('isRecordLine', () => {
  it.each(['110 Gough St. Suite 301', '(415) 861-5449', '415-561-0230', '94109 San Francisco'])(
    '%s opens with a number',
    (t) => expect(isRecordLine(lineOf(t))).toBe(true),
  );
  it.each(['$35 per session', '60% of clients', 'Suite 5112', 'Scale: $35-110 per session'])('%s does not', (t) =>
    expect(isRecordLine(lineOf(t))).toBe(false),
  );
});

describe('extendOverRecords', () => {
  const lines = linesOf([...INTRO, ...DIRECTORY, CLOSING, 'Menu'].join('\n'));
  const prose: LineScore = { score: 20, klass: 'good' };
  const short: LineScore = { score: -1, klass: 'short' };
  const scores = lines.map((line) => (line.words > 12 ? prose : short));
  const none: (Verdict | undefined)[] = lines.map(() => undefined);

  it('carries the body over the directory and the prose that closes it', () => {
    expect(extendOverRecords(lines, none, scores, { start: 1, end: 2 })).toEqual({ start: 1, end: lines.length - 1 });
  });

  it('stops at the first line with a verdict', () => {
    const verdicts = [...none];
    verdicts[lines.length - 1] = { kind: 'nav', reason: 'menu' };
    expect(extendOverRecords(lines, verdicts, scores, { start: 1, end: 2 })).toEqual({
      start: 1,
      end: lines.length - 2,
    });
  });

  it.each([
    [
      'the numbers are too sparse for a directory',
      [...INTRO, ...RECORD('Access Institute', 110, '861-5449'), 'Menu', 'Search'],
    ],
    ['the directory starts far below it', [...INTRO, 'Home', 'News', 'Sport', 'Weather', 'Travel', ...DIRECTORY]],
  ])('leaves the body alone when %s', (_, page) => {
    const lines = linesOf(page.join('\n'));
    const extent = { start: 1, end: 2 };
    expect(
      extendOverRecords(
        lines,
        lines.map(() => undefined),
        scores,
        extent,
      ),
    ).toBe(extent);
  });
});

describe('extendOverRecords: a directory that opens with a sparse record', () => {
  // The first record's street stands eight lines above the next record's: too far for its number to count as a field.
  const SPARSE = ['12 Valencia Street', 'Family therapy', 'Couples', 'Groups', 'Sliding scale', 'Evenings', 'Weekends'];
  const extent = { start: 1, end: 2 };
  const extended = (opening: string[], sparseOpenings: number) => {
    const lines = linesOf([...INTRO, ...opening, ...DIRECTORY].join('\n'));
    const scores = lines.map(
      (line): LineScore => (line.words > 12 ? { score: 20, klass: 'good' } : { score: -1, klass: 'short' }),
    );
    return extendOverRecords(
      lines,
      lines.map(() => undefined),
      scores,
      extent,
      sparseOpenings,
    );
  };

  it('leaves the body alone by default', () => expect(extended(SPARSE, 0)).toBe(extent));

  it('carries the body over it when the mode lets one sparse line open the directory', () =>
    expect(extended(SPARSE, 1).end).toBeGreaterThan(INTRO.length + SPARSE.length));

  it('opens no directory with a bare counter', () => expect(extended(['01', ...SPARSE.slice(1)], 1)).toBe(extent));
});

describe('clean: a directory after the prose', () => {
  it('keeps every record in the body and removes none of its lines', () => {
    const article = clean([...INTRO, ...DIRECTORY, CLOSING].join('\n\n'));
    expect(article.text).toContain('801 Market Street');
    expect(article.text).toContain('(415) 346-1011');
    expect(article.text).toContain('This list is not complete');
    expect(article.removed.map((r) => r.text)).not.toContain('Fees based on income');
  });
});
