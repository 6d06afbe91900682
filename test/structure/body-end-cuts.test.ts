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

/** `body` with the line at `index` given a detector's `verdict`, out of the body. */
function withVerdict(body: BodyEnd, index: number, verdict: Verdict): BodyEnd {
  const verdicts = body.verdicts.map((known, i) => (i === index ? verdict : known));
  return { ...body, verdicts, kept: body.kept.filter((line) => line.index !== index) };
}

/** The article, `above`, an author box's label (a detector's verdict, out of the body) and the bio under it. */
function boxedBio(above: string): BodyEnd {
  const bio = 'Our city desk is a team of reporters who cover housing, transport and the council for the paper.';
  const body = bodyOf([...ARTICLE, above, 'About the Author', bio], null);
  return withVerdict(body, ARTICLE.length + 1, { kind: 'author-bio', reason: 'author-bio phrase' });
}

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
  // why: wcxb 0119 — "Get an chance to win ₹5000 Amazon Voucher … Take the survey here" over "About the Author".
  it('takes with a bio the lines above it that only the bio drew into the body', () => {
    const body = boxedBio('Win a voucher in our survey! Take it here');
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual(ARTICLE);
    expect(body.bodyVerdicts.get(ARTICLE.length)).toEqual({
      kind: 'other',
      reason: "above a bio at the body's end, which alone drew it into the body (words=9)",
    });
    expect(body.bodyVerdicts.get(ARTICLE.length + 2)?.kind).toBe('author-bio');
  });
  it('keeps the prose above a bio: the article drew it into the body', () => {
    const closing = 'The council will vote on the second bridge next spring, after a public hearing in March.';
    const body = boxedBio(closing);
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual([...ARTICLE, closing]);
  });
  // why: wcxb 4685 — "Written byMadeline Puckette" over "James Beard Award-winning author and Wine Communicator …".
  it('takes the bio under a byline that stands below the article', () => {
    const bio = 'Award-winning author and communicator of the year. I co-founded the site to help people learn.';
    const byline = ARTICLE.length;
    const body = withVerdict(bodyOf([...ARTICLE, 'Written by Jane Doe', bio], null), byline, {
      kind: 'byline-meta',
      reason: 'byline (words=4)',
    });
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual(ARTICLE);
    expect(body.bodyVerdicts.get(byline + 1)?.kind).toBe('author-bio');
  });
  it('keeps the line under a dateline that stands below the article', () => {
    const closing = 'The council will vote on the second bridge next spring, after a public hearing in March.';
    const body = withVerdict(bodyOf([...ARTICLE, 'Updated: March 4, 2024', closing], null), ARTICLE.length, {
      kind: 'byline-meta',
      reason: 'date line (words=4)',
    });
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual([...ARTICLE, closing]);
  });
  it('cuts nothing from a body of prose alone', () => {
    const body = bodyOf(ARTICLE, null);
    cutBodyEnd(body);
    expect(texts(body.kept)).toEqual(ARTICLE);
  });
});
