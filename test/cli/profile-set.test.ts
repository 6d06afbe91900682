import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfiles, mergeProfileSets, profileFor, profileSet, siteKey } from '../../src/cli/profile-set.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { learnProfile, mergeProfiles } from '../../src/index.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('profile-set');

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

describe('loadProfiles', () => {
  // Why: a profiles file saved by an editor that writes a byte order mark (Windows Notepad) failed as "not a profiles
  // file (Unexpected token '\ufeff' …)", where a page or a JSON Lines stream with one is read.
  it('reads a profiles file that opens with a byte order mark', async () => {
    const path = join(tempDir(), 'profiles.json');
    const set = profileSet([['example.com', learnProfile(['Share\nStory.', 'Share'])]]);
    writeFileSync(path, `\ufeff${JSON.stringify(set)}`);
    expect(await loadProfiles(path)).toEqual(set);
  });
  const refusal = (path: string): Promise<UsageError> =>
    loadProfiles(path).then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => error as UsageError,
    );
  const saved = (value: unknown): string => {
    const path = join(tempDir(), 'profiles.json');
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  it('names a version it cannot read and the one it can, quoted in part', async () => {
    const path = saved({ version: 2, sites: {} });
    await expect(loadProfiles(path)).rejects.toThrow(
      `${path}: unsupported profiles version 2 (this build reads version 1)`,
    );
    const huge = saved({ version: 'x'.repeat(1_000_000), sites: {} });
    const error = await refusal(huge);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain('(1000000 characters, the first 60 shown)');
  });
  it('quotes a site key in part, its line breaks escaped, where a 1 MB key made a 1 MB message', async () => {
    const key = 'k\n'.repeat(500_000);
    const error = await refusal(saved({ version: 1, sites: { [key]: { version: 1, pages: 'x', lines: {} } } }));
    expect(error.message).toMatch(
      /: site 'k\\nk\\n.*' \(1000000 characters, the first 60 shown\): profile\.pages must be/,
    );
    expect(error.message.length).toBeLessThan(300);
  });
});
