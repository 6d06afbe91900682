import { describe, expect, it } from 'vitest';
import { detect } from '../../src/analyze/detect.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import type { Detector } from '../../src/types.js';
import { contextOf, linesOf } from '../helpers.js';

const lines = linesOf(
  'Share\nThe talks lasted for hours, officials said.\nMost read\nA long line of six words here.\nA long line of six words here.',
);
const ctx = contextOf(lines);

describe('detect', () => {
  it('gives each line the first verdict, then the duplicates', () => {
    expect(detect(lines, ctx, DEFAULT_DETECTORS, {}).map((v) => v?.kind)).toEqual([
      'share',
      undefined,
      'related',
      undefined,
      'duplicate',
    ]);
  });
  // Why: the article's text (toText) drops removed lines and figures, so a second pass reads the two copies as
  // neighbours (test/properties.test.ts).
  it('finds a line repeated across a removed line or a figure, not across a kept line', () => {
    const kinds = (text: string) => detect(linesOf(text), ctx, DEFAULT_DETECTORS, {}).map((v) => v?.kind);
    expect(kinds('• Cheaper bus fares\nHome » News » World\n• Cheaper bus fares')).toEqual([
      undefined,
      'nav',
      'duplicate',
    ]);
    expect(kinds('A Long Night\nThe minister in Moscow.Credit: JANE ROE/REUTERS\nA Long Night')).toEqual([
      undefined,
      undefined,
      'duplicate',
    ]);
    expect(kinds('A Long Night\nThe talks lasted for hours, officials said.\nA Long Night')).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('stops at the first detector that answers', () => {
    const first: Detector = { id: 'first', detect: () => ({ kind: 'other', reason: 'first' }) };
    const never: Detector = {
      id: 'never',
      detect: () => {
        throw new Error('asked after a verdict');
      },
    };
    expect(detect(lines, ctx, [first, never], {}).every((v) => v?.reason === 'first')).toBe(true);
  });
  it('drops verdicts of kinds the caller keeps', () => {
    expect(detect(lines, ctx, DEFAULT_DETECTORS, { share: true, duplicate: true }).map((v) => v?.kind)).toEqual([
      undefined,
      undefined,
      'related',
      undefined,
      undefined,
    ]);
  });
  it("asks a caller's own detector about every line, repeated or not", () => {
    const asked: number[] = [];
    const counting: Detector = {
      id: 'counting',
      detect: (line) => {
        asked.push(line.index);
        return undefined;
      },
    };
    detect(lines, ctx, [...DEFAULT_DETECTORS, counting], {});
    expect(asked).toEqual([1, 3, 4]);
  });
  it('gives a repeated line the verdict its first occurrence got', () => {
    const repeated = linesOf(
      'Share\nThe talks lasted for hours.\nShare\nMost read\nNo deal was made.\nThe talks lasted for hours.\nMost read',
    );
    expect(detect(repeated, contextOf(repeated), DEFAULT_DETECTORS, {}).map((v) => v?.kind)).toEqual([
      'share',
      undefined,
      'share',
      'related',
      undefined,
      undefined,
      'related',
    ]);
  });
  it('runs with no detectors at all (duplicates only)', () => {
    expect(detect(lines, ctx, [], {}).map((v) => v?.kind)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'duplicate',
    ]);
  });
});
