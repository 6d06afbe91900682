import { describe, expect, it } from 'vitest';
import { bylineMeta } from '../../src/detectors/byline-meta.js';
import { verdictOf } from '../helpers.js';

describe('byline-meta', () => {
  it.each([
    'By Jane Doe',
    'Written by Jane Doe and John Roe',
    'Updated: April 12, 2017 5:50 am',
    'Published 12 April 2017',
    'Published on 2017-04-12',
    'Posted on Wednesday, 12 April 2017 at 10:04',
    'April 12, 2017',
  ])('flags the byline or date line %j', (text) => expect(verdictOf(bylineMeta, text)?.kind).toBe('byline-meta'));

  it.each([
    'By the way, the meeting was postponed.',
    'by jane doe',
    'He was born on April 12, 1990 in Moscow and moved to Berlin as a teenager.',
    // A date in the article's data: quoted in code, or opening a changelog's entry with a colon.
    "WHERE o.shipped_at < '2023-06-30'",
    '"created": "2023-06-30T08:00:00Z",',
    '2023-06-30:',
  ])('keeps the sentence %j', (text) => expect(verdictOf(bylineMeta, text)).toBeUndefined());

  it('says a byline and counts its words', () => {
    expect(verdictOf(bylineMeta, 'By Jane Doe')?.reason).toBe('byline (words=3)');
  });
  it('says a date line and counts its words', () => {
    expect(verdictOf(bylineMeta, 'Updated: April 12, 2017 5:50 am')?.reason).toBe('date line (words=7)');
  });
});
