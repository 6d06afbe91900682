import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it, vi } from 'vitest';
import { openWholeFile, writeWholeFile } from '../../src/cli/whole-file.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('whole-file');

/** Makes the next write through a file handle fail as a disk would (EIO), and returns the spy. */
async function failNextWrite() {
  const dir = tempDir();
  const handle = await open(join(dir, 'probe'), 'w');
  const prototype = Object.getPrototypeOf(handle) as { writeFile: (data: string) => Promise<void> };
  await handle.close();
  const error = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
  return vi.spyOn(prototype, 'writeFile').mockRejectedValueOnce(error);
}

describe('openWholeFile', () => {
  it('writes beside the target and renames it into place on commit', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.json');
    writeFileSync(path, 'old');
    const file = await openWholeFile(path);
    expect(readFileSync(path, 'utf8')).toBe('old');
    // The file being written is a dot file, which a folder being read skips.
    expect(readdirSync(dir).sort()).toEqual([`.p.json.${process.pid}.partial`, 'p.json']);
    await file.commit('new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it.skipIf(process.platform === 'win32')(
    'writes a named pipe in place, where the rename put a regular file in its place (as root, /dev/full too)',
    async () => {
      const dir = tempDir();
      const path = join(dir, 'pipe');
      execFileSync('mkfifo', [path]);
      const read = text(createReadStream(path));
      await writeWholeFile(path, 'profiles');
      expect(await read).toBe('profiles');
      expect(lstatSync(path).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(['pipe']);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'names the output when a write fails, in place (a named pipe) or beside it, keeping the code',
    async () => {
      const dir = tempDir();
      const pipe = join(dir, 'pipe');
      execFileSync('mkfifo', [pipe]);
      const read = text(createReadStream(pipe));
      const write = await failNextWrite();
      try {
        await expect(writeWholeFile(pipe, 'profiles')).rejects.toMatchObject({
          message: `cannot write ${pipe} (EIO)`,
          code: 'EIO',
        });
      } finally {
        write.mockRestore();
      }
      expect(await read).toBe('');
      const again = await failNextWrite();
      try {
        await expect(writeWholeFile(join(dir, 'p.json'), 'new')).rejects.toMatchObject({
          message: `cannot write ${join(dir, 'p.json')} (EIO)`,
          code: 'EIO',
        });
      } finally {
        again.mockRestore();
      }
    },
  );

  it('keeps the permissions of the file it writes over', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeWholeFile(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('writes through a symbolic link, as a shell does, keeping the link and the permissions of its file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'store'));
    const kept = join(dir, 'store', 'site.json');
    writeFileSync(kept, 'old');
    chmodSync(kept, 0o640);
    const link = join(dir, 'site.json');
    symlinkSync('store/site.json', link);
    const file = await openWholeFile(link);
    // The file being written is beside the one it replaces, on its file system, so the rename stays atomic.
    expect(readdirSync(join(dir, 'store')).sort()).toEqual([`.site.json.${process.pid}.partial`, 'site.json']);
    await file.commit('new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(kept, 'utf8')).toBe('new');
    expect(statSync(kept).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'store'))).toEqual(['site.json']);
    // A broken link makes the file it leads to; one in a loop is refused, naming the path given.
    symlinkSync('store/made.json', join(dir, 'broken.json'));
    await writeWholeFile(join(dir, 'broken.json'), 'made');
    expect(readFileSync(join(dir, 'store', 'made.json'), 'utf8')).toBe('made');
    symlinkSync('loop.json', join(dir, 'loop.json'));
    await expect(openWholeFile(join(dir, 'loop.json'))).rejects.toThrow(
      `cannot write ${join(dir, 'loop.json')} (ELOOP)`,
    );
  });

  it('leaves nothing behind when discarded', async () => {
    const dir = tempDir();
    const file = await openWholeFile(join(dir, 'p.json'));
    await file.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails at once where the file cannot be written', async () => {
    const dir = tempDir();
    await expect(openWholeFile(dir)).rejects.toThrow(`${dir} is a directory`);
    const missing = join(dir, 'missing', 'p.json');
    await expect(openWholeFile(missing)).rejects.toThrow(`cannot write ${missing} (ENOENT)`);
    if (existsSync('/proc/self')) {
      await expect(openWholeFile('/proc/dechaff-test.json')).rejects.toThrow('(ENOENT)');
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeWholeFile', () => {
  it('writes a new file and replaces an old one', async () => {
    const dir = tempDir();
    await writeWholeFile(join(dir, 'a.md'), 'first');
    await writeWholeFile(join(dir, 'a.md'), 'second');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('on a failed write (a full disk, EIO) leaves the old file whole and no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.md');
    writeFileSync(path, 'the earlier output, whole');
    const write = await failNextWrite();
    try {
      await expect(writeWholeFile(path, 'the new output')).rejects.toMatchObject({ code: 'EIO' });
      expect(write).toHaveBeenCalledOnce();
    } finally {
      write.mockRestore();
    }
    expect(readFileSync(path, 'utf8')).toBe('the earlier output, whole');
    expect(readdirSync(dir)).toEqual(['a.md']);
    // Nor does a failure leave a half-written file where there was none.
    const fresh = join(dir, 'b.md');
    const again = await failNextWrite();
    try {
      await expect(writeWholeFile(fresh, 'the new output')).rejects.toMatchObject({ code: 'EIO' });
    } finally {
      again.mockRestore();
    }
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('partial files of killed runs', () => {
  it('are removed when the file they were to become is written', async () => {
    const dir = tempDir();
    // A process id no process has: the run that wrote these was killed outright (SIGKILL), so never removed them.
    const gone = 2 ** 22 + 1;
    writeFileSync(join(dir, `.p.json.${gone}.partial`), 'half');
    writeFileSync(join(dir, `.other.json.${gone}.partial`), 'half');
    await writeWholeFile(join(dir, 'p.json'), 'new');
    expect(readdirSync(dir).sort()).toEqual([`.other.json.${gone}.partial`, 'p.json']);
  });

  it("are kept while their run still runs (another run writing the same file; this one's)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, `.p.json.${process.ppid}.partial`), 'being written');
    await writeWholeFile(join(dir, 'p.json'), 'new');
    expect(readdirSync(dir).sort()).toEqual([`.p.json.${process.ppid}.partial`, 'p.json']);
  });
});
