import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../src/cli/link-target.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('link-target');

describe('linkTarget', () => {
  it('gives a path that is no link as it is, whether or not a file is there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'site.json'), '{}');
    expect(await linkTarget(join(dir, 'site.json'))).toBe(join(dir, 'site.json'));
    expect(await linkTarget(join(dir, 'new.json'))).toBe(join(dir, 'new.json'));
  });

  it('follows a chain of links, each read from the real folder it is in', async () => {
    const dir = await realpath(tempDir());
    mkdirSync(join(dir, 'store', 'v2'), { recursive: true });
    writeFileSync(join(dir, 'store', 'v2', 'site.json'), '{}');
    symlinkSync('v2/site.json', join(dir, 'store', 'current.json'));
    // A link in a linked folder: `../store` is read from store/, where `current` really is, not from `linked/`.
    symlinkSync('store', join(dir, 'linked'));
    symlinkSync('../store/current.json', join(dir, 'store', 'up.json'));
    symlinkSync(join(dir, 'linked', 'up.json'), join(dir, 'site.json'));
    expect(await linkTarget(join(dir, 'site.json'))).toBe(join(dir, 'store', 'v2', 'site.json'));
  });

  it('leads a broken link to the file it would make', async () => {
    const dir = tempDir();
    symlinkSync('kept/site.json', join(dir, 'site.json'));
    expect(await linkTarget(join(dir, 'site.json'))).toBe(join(await realpath(dir), 'kept', 'site.json'));
  });

  it('fails with ELOOP on links that lead round in a loop', async () => {
    const dir = tempDir();
    symlinkSync('b.json', join(dir, 'a.json'));
    symlinkSync('a.json', join(dir, 'b.json'));
    await expect(linkTarget(join(dir, 'a.json'))).rejects.toMatchObject({ code: 'ELOOP' });
  });
});
