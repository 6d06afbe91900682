import { describe, expect, it } from 'vitest';
import { mergeProfileSets, profileFor, profileSet, siteKey } from '../../src/cli/profile-set.js';
import { learnProfile, mergeProfiles } from '../../src/index.js';

describe('siteKey', () => {
  const host = { by: 'host', field: 'url' } as const;
  it('is the URL host, lowercased, without www.', () => {
    expect(siteKey({ url: 'https://WWW.Example.COM:8080/a?b' }, host)).toBe('example.com');
    expect(siteKey({ url: 'http://news.example.org/' }, host)).toBe('news.example.org');
  });
  it('is undefined without a usable URL', () => {
    expect(siteKey({ url: 'not a url' }, host)).toBeUndefined();
    expect(siteKey({ url: 7 }, host)).toBeUndefined();
    expect(siteKey({}, host)).toBeUndefined();
  });
  it('is a field value, or the catch-all key', () => {
    expect(siteKey({ site: 'bbc' }, { by: 'field', field: 'site' })).toBe('bbc');
    expect(siteKey({}, { by: 'none', field: 'url' })).toBe('*');
  });
});

describe('profile sets', () => {
  const a = learnProfile(['x\ny', 'y']);
  const b = learnProfile(['y\nz']);
  it('merge site by site', () => {
    const merged = mergeProfileSets(
      profileSet([['s', a]]),
      profileSet([
        ['t', b],
        ['s', b],
      ]),
    );
    expect(merged).toEqual({ version: 1, sites: { s: mergeProfiles(a, b), t: b } });
    expect(Object.keys(merged.sites)).toEqual(['s', 't']);
  });
  it('fall back to the catch-all profile', () => {
    const set = profileSet([
      ['*', a],
      ['s', b],
    ]);
    expect(profileFor(set, 's')).toBe(b);
    expect(profileFor(set, 'other')).toBe(a);
    expect(profileFor(set, undefined)).toBe(a);
    expect(profileFor(profileSet([['s', b]]), 'other')).toBeUndefined();
  });
});
