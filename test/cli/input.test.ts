import { existsSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, readWhole } from '../../src/cli/input.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('input');

describe('expandInputs', () => {
  it('expands a directory into its files, sorted, without dot files, relative to it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    for (const f of ['z.txt', 'a.txt', '.git-keep', 'b/c.txt']) writeFileSync(join(dir, f), 'x');
    const { files } = await expandInputs([dir, '-']);
    expect(files.map((f) => f.rel)).toEqual(['a.txt', 'b/c.txt', 'z.txt', 'stdin']);
    expect(files.map((f) => f.size)).toEqual([1, 1, 1, undefined]);
  });

  it('lists a file once, where first named, however it is reached; standard input too', async () => {
    const dir = tempDir();
    for (const f of ['a.txt', 'b.txt']) writeFileSync(join(dir, f), 'x');
    symlinkSync(join(dir, 'a.txt'), join(dir, '.link-to-a'));
    linkSync(join(dir, 'a.txt'), join(dir, '.hard-link-to-a'));
    const named = [join(dir, 'b.txt'), '-', dir, join(dir, '.', 'a.txt'), join(dir, '.link-to-a'), '-'];
    const { files } = await expandInputs(named);
    expect(files.map((f) => f.name)).toEqual([join(dir, 'b.txt'), '<stdin>', join(dir, 'a.txt')]);
    // A hard link is another name, with its own output under --out-dir.
    const linked = await expandInputs([join(dir, 'a.txt'), join(dir, '.hard-link-to-a')]);
    expect(linked.files).toHaveLength(2);
  });

  it('follows symbolic links under a folder, but not back into a folder being walked; lists a broken one', async () => {
    const root = tempDir();
    const dir = join(root, 'pages');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'far.txt'), 'far');
    writeFileSync(join(dir, 'sub', 'near.txt'), 'x');
    symlinkSync(join(root, 'elsewhere', 'far.txt'), join(dir, 'a-link.txt'));
    symlinkSync(join(root, 'elsewhere'), join(dir, 'b-linked-folder'));
    symlinkSync(join(dir, 'sub', 'near.txt'), join(dir, 'c-second-name.txt'));
    symlinkSync(join(root, 'missing.txt'), join(dir, 'd-broken.txt'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const { files } = await expandInputs([dir]);
    expect(files.map((f) => [f.rel, f.size])).toEqual([
      ['a-link.txt', 3],
      ['c-second-name.txt', 1],
      ['d-broken.txt', undefined],
    ]);
  });

  it('skips the skipFolders below an input folder, but reads one given itself', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'clean'));
    for (const f of ['a.txt', 'clean/a.txt']) writeFileSync(join(dir, f), 'x');
    const skipFolders = [join(dir, '.', 'clean')];
    expect((await expandInputs([dir], { skipFolders })).files.map((f) => f.rel)).toEqual(['a.txt']);
    expect((await expandInputs([join(dir, 'clean')], { skipFolders })).files.map((f) => f.rel)).toEqual(['a.txt']);
  });
});

describe('expandInputs and earlier outputs', () => {
  it('leaves out a listed output whose page is read too, unless it is named by itself, before or after', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'clean'));
    writeFileSync(join(dir, 'a.txt'), 'page');
    writeFileSync(join(dir, 'clean', 'a.md'), 'output');
    writeFileSync(join(dir, 'clean', '.dechaff-outputs'), '{"output":"a.md","source":"../a.txt","bytes":6}\n');
    const rels = async (paths: string[]) => (await expandInputs(paths)).files.map((f) => f.rel);
    expect(await rels([dir])).toEqual(['a.txt']);
    expect(await rels([dir, join(dir, 'clean', 'a.md')])).toEqual(['a.txt', 'clean/a.md']);
    expect(await rels([join(dir, 'clean', 'a.md'), dir])).toEqual(['a.md', 'a.txt']);
    // Without its page, an output is what is to be read.
    expect(await rels([join(dir, 'clean')])).toEqual(['a.md']);
  });
});

describe('readWhole', () => {
  const unsized = (path: string) => ({ path, name: path, rel: path, size: undefined, inFolder: false });

  it('reads an input of unknown size (a pipe, a device) only up to the limit', async () => {
    const path = join(tempDir(), 'a.txt');
    writeFileSync(path, 'x'.repeat(2000));
    await expect(readWhole(unsized(path), 1000)).rejects.toThrow('more than 1000 bytes, over the input limit');
    expect(await readWhole(unsized(path), 2000)).toBe('x'.repeat(2000));
  });

  it.skipIf(!existsSync('/dev/zero'))('stops reading a never-ending binary input as soon as it shows', async () => {
    await expect(readWhole(unsized('/dev/zero'), 1e9)).rejects.toThrow(/^binary, not text/);
  });
});
