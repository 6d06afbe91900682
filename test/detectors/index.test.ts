import { describe, expect, it } from 'vitest';
import * as detectors from '../../src/detectors/index.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { REMOVAL_KINDS } from '../../src/types.js';
import { contextOf, docOf, linesOf } from '../helpers.js';

describe('DEFAULT_DETECTORS', () => {
  it('lists every detector once, in a fixed order', () => {
    expect(DEFAULT_DETECTORS.map((d) => d.id)).toEqual([
      'share-buttons',
      'cookie',
      'paywall',
      'newsletter',
      'comments',
      'feedback',
      'social',
      'subscribe',
      'related',
      'ad',
      'ui-prompt',
      'legal',
      'author-bio',
      'byline-meta',
      'nav',
      'placeholder',
    ]);
  });
  it('exports each listed detector by name', () => {
    const named = Object.entries(detectors).filter(([name]) => name !== 'DEFAULT_DETECTORS');
    expect(named).toHaveLength(DEFAULT_DETECTORS.length);
    for (const [, d] of named) expect(DEFAULT_DETECTORS).toContain(d);
  });
  it('only gives verdicts of known kinds, with a reason', () => {
    const text =
      'Share\nAccept all\nFrom $1 for the first month\nNewsletter\n12 Comments\nFollow us\nDonate\nMost read\nAdvertisement\n5 min read\nAll rights reserved\nAbout the author\nBy Jane Doe\nHome\nLorem ipsum';
    const lines = linesOf(text);
    const ctx = contextOf(lines);
    for (const line of lines) {
      const verdicts = DEFAULT_DETECTORS.map((d) => d.detect(line, ctx)).filter((v) => v !== undefined);
      expect(verdicts.length).toBeGreaterThan(0);
      for (const v of verdicts) {
        expect(REMOVAL_KINDS).toContain(v.kind);
        expect(v.reason).not.toBe('');
      }
    }
  });
  it('asks the specific detectors first: a paywall line is not navigation', () => {
    const { line, ctx } = docOf('Already signed up? LOG IN');
    const first = DEFAULT_DETECTORS.map((d) => d.detect(line, ctx)).find((v) => v !== undefined);
    expect(first?.kind).toBe('paywall');
  });
  it('is deterministic: the same line gets the same verdicts twice', () => {
    const lines = linesOf('Share | Tweet\nHome » News');
    const run = () => lines.map((l) => DEFAULT_DETECTORS.map((d) => d.detect(l, contextOf(lines))));
    expect(run()).toEqual(run());
  });
});
