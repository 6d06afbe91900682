import { describe, expect, it } from 'vitest';
import { lineScore } from '../../src/analyze/extent.js';
import type { Line } from '../../src/segment/segment.js';
import { type BodyEnd, cutBodyEnd } from '../../src/structure/body-end-cuts.js';
import type { Verdict } from '../../src/types.js';
import { BRIDGE_STORY, EN, linesOf } from '../helpers.js';

const ARTICLE = BRIDGE_STORY;
const BIO = 'Sara Coughlin is a writer and editor who covers cities, housing and transport for the paper.';

/** A body of `text`'s lines, all kept, with the byline `byline`. */
function bodyOf(text: readonly string[], byline: string | null, whole = false): BodyEnd {
  const lines = linesOf(text.join('\n'));
  return {
    lines,
    verdicts: lines.map(() => undefined),
    scores: lines.map((line) => (line.words >= 10 ? lineScore(20, 'good') : lineScore(-5, 'short'))),
    lang: EN,
    start: 0,
    byline,
    whole,
    kept: [...lines],
    bodyVerdicts: new Map<number, Verdict>(),
    used: new Uint8Array(lines.length).fill(1),
  };
}

const texts = (lines: readonly Line[]): string[] => lines.map((line) => line.text);

describe('cutBodyEnd', () => {
  it('takes the byline’s bio and the small print under it out of the body, each with a verdict', () => {
    const body = bodyOf([...ARTICLE, BIO, '© 2025 Daily Planet. All rights reserved.'], 'Sara Coughlin');
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual(ARTICLE);
    expect(body.bodyVerdicts.get(ARTICLE.length)?.kind).toBe('author-bio');
    expect(body.bodyVerdicts.get(ARTICLE.length + 1)?.kind).toBe('legal');
    expect(body.used[ARTICLE.length]).toBe(0);
    expect(body.used[0]).toBe(1);
  });
  it('leaves a clean text’s closing paragraph alone: a bio goes by shape alone', () => {
    const body = bodyOf([...ARTICLE, BIO], 'Sara Coughlin', true);
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual([...ARTICLE, BIO]);
    expect(body.bodyVerdicts.size).toBe(0);
  });
  it('cuts nothing from a body of prose alone', () => {
    const body = bodyOf(ARTICLE, null);
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual(ARTICLE);
  });
});
