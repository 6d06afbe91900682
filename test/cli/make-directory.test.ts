import { existsSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory } from '../../src/cli/make-directory.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('make-directory');

describe('makeDirectory', () => {
  it('makes the missing levels, and accepts a directory that is there', async () => {
    const dir = tempDir();
    await makeDirectory(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    await expect(makeDirectory(join(dir, 'a', 'b'))).resolves.toBeUndefined();
  });

  it('names what is in the way: a file, a file above, a broken link', async () => {
    const dir = tempDir();
    const file = join(dir, 'f.txt');
    writeFileSync(file, 'x');
    await expect(makeDirectory(file)).rejects.toThrow(`${file} is not a directory`);
    await expect(makeDirectory(join(file, 'sub'))).rejects.toThrow(
      `cannot create ${join(file, 'sub')}: ${file} is not a directory`,
    );
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    await expect(makeDirectory(join(dir, 'dangling', 'out'))).rejects.toThrow(
      `cannot create ${join(dir, 'dangling', 'out')}: ${join(dir, 'dangling')} (a broken link)`,
    );
  });

  // Why: /proc answers ENOENT to any new name, which made Node's recursive mkdir loop forever.
  it.skipIf(!existsSync('/proc/self'))('fails at once where directories cannot be made (/proc)', async () => {
    await expect(makeDirectory('/proc/dechaff-test/a/b')).rejects.toThrow(
      'cannot create /proc/dechaff-test/a/b: /proc/dechaff-test (ENOENT)',
    );
  });
});
