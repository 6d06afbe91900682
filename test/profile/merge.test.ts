import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { learnProfile, mergeProfiles, type SiteProfile } from '../../src/index.js';

// Pages drawn from a small pool of lines, so that pages share lines as a site's pages do.
const line = fc.oneof(
  fc.constantFrom('Home', 'Most read', '12 Comments', '3 comments', 'Share', 'A line of the story.', '__proto__'),
  fc.string({ maxLength: 12 }),
);
const page = fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n'));
const pages = fc.array(page, { maxLength: 6 });
const profile = pages.map((p) => learnProfile(p));

describe('mergeProfiles', () => {
  it('adds page and line counts', () => {
    const merged = mergeProfiles(learnProfile(['a\nb']), learnProfile(['b\nc', 'b']));
    expect(merged).toEqual({ version: 1, pages: 3, lines: { a: 1, b: 3, c: 1 } });
  });

  test.prop([profile, profile])('is commutative', (a, b) => {
    expect(mergeProfiles(a, b)).toEqual(mergeProfiles(b, a));
  });

  test.prop([profile, profile, profile])('is associative', (a, b, c) => {
    expect(mergeProfiles(mergeProfiles(a, b), c)).toEqual(mergeProfiles(a, mergeProfiles(b, c)));
  });

  test.prop([pages, pages])('merging the profiles of two shards gives the profile of both', (a, b) => {
    const merged: SiteProfile = mergeProfiles(learnProfile(a), learnProfile(b));
    // Serialized too: equal profiles are equal JSON, whatever the shards and the order of merging.
    expect(JSON.stringify(merged)).toBe(JSON.stringify(learnProfile([...a, ...b])));
  });

  test.prop([profile])('has the empty profile as identity', (a) => {
    expect(mergeProfiles(a, learnProfile([]))).toEqual(a);
  });
});
