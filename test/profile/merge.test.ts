import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, learnProfile, mergeProfiles, type SiteProfile } from '../../src/index.js';
import { addProfiles } from '../../src/profile/merge.js';

// Pages drawn from a small pool of lines, so that pages share lines as a site's pages do.
const line = fc.oneof(
  fc.constantFrom('Home', 'Most read', '12 Comments', '3 comments', 'Share', 'A line of the story.', '__proto__'),
  fc.string({ maxLength: 12 }),
);
const page = fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n'));
const pages = fc.array(page, { maxLength: 6 });
const profile = pages.map((p) => learnProfile(p));

describe('mergeProfiles', () => {
  it('rejects what is no profile of this version with a typed error naming which', () => {
    const good = learnProfile(['Home\nA line of the story.']);
    expect(() => mergeProfiles({} as SiteProfile, good)).toThrow(InvalidInputError);
    expect(() => mergeProfiles({} as SiteProfile, good)).toThrow(
      'mergeProfiles() expects two site profiles, received the first one failing (unsupported profile version undefined (this build reads version 1))',
    );
    expect(() => mergeProfiles(good, { ...good, version: 2 } as unknown as SiteProfile)).toThrow(
      /the second one failing \(unsupported profile version 2 /,
    );
    expect(() => mergeProfiles(good, { ...good, lines: { home: 9 } })).toThrow(
      /profile\.lines\['home'\] must be an integer from 0 to pages/,
    );
  });
  it('adds profiles known good as mergeProfiles does, without checking them', () => {
    const a = learnProfile(['a\nb']);
    const b = learnProfile(['b\nc', 'b']);
    expect(addProfiles(a, b)).toEqual(mergeProfiles(a, b));
  });
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
