import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeOnInterrupt } from './interrupt-cleanup.js';
import { linkTarget } from './link-target.js';
import { removeStalePartials } from './stale-partials.js';

/** A file being written whole or not at all; see {@link openWholeFile}. */
export interface WholeFile {
  /** Whether a file was in place when this one was opened: one that a commit replaces, and a discard leaves. */
  readonly replaces: boolean;
  /** Writes the content and puts it in place; on failure removes the partial file. */
  commit(content: string): Promise<void>;
  /** Gives up: nothing is put in place and the partial file is removed. */
  discard(): Promise<void>;
}

/** The permission bits of a file's mode (with setuid, setgid and sticky). */
const PERMISSION_BITS = 0o7777;

/**
 * Where `path` is written before it is put in place: a dot file beside it (the same file system, so the rename
 * is atomic), which a folder being read skips, named for this process, so two runs never write one file.
 */
const partialPath = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.partial`);

/**
 * Opens a temporary file beside `path` for a file to be written later, so a path that cannot be written (a
 * missing or read-only folder, a directory in the way, /proc) fails now, before the work that makes its
 * content; {@link WholeFile.commit} renames it over `path`, so a reader never sees half a file there, and a
 * failed or interrupted write leaves the old file as it was. A run stopped by a signal (Ctrl-C) removes it; one
 * killed outright leaves it, and the next run that writes `path` removes it. A `path` that is a symbolic link is
 * written through, as a shell's `>` writes: the file it leads to is replaced, beside which the temporary file is
 * made, and the link stays. A `path` that is no regular file (a device, a named pipe) is written in place.
 * @example const file = await openWholeFile('profiles.json'); await file.commit(json);
 */
export async function openWholeFile(path: string): Promise<WholeFile> {
  // Why: the rename put a regular file in place of a link (`learn --out site.json` where site.json links to the
  // profiles kept elsewhere), which left the file it led to as it was.
  const target = await linkTarget(path).catch((error: NodeJS.ErrnoException) => {
    throw cannotWrite(path, error);
  });
  const old = await stat(target).catch(() => undefined);
  if (old?.isDirectory()) throw new Error(`${path} is a directory`);
  // Why: the rename put a regular file in place of a device or a pipe; run as root, `learn --out /dev/full` replaced
  // the device with a file of profiles, and exited 0. Such a file is written in place, as a shell's `>` writes it.
  if (old !== undefined && !old.isFile()) return openInPlace(path, target);
  const partial = partialPath(target);
  // Why before the open: the file exists on disk before `open` resolves, and a Ctrl-C in between must remove
  // it too (test/cli/interrupt-cleanup.test.ts stopped a run in that window under load).
  const done = removeOnInterrupt(partial);
  const handle = await open(partial, 'w').catch((error: NodeJS.ErrnoException) => {
    done();
    throw cannotWrite(path, error);
  });
  const file: WholeFile = {
    replaces: old !== undefined,
    async commit(content) {
      try {
        try {
          await handle.writeFile(content);
        } finally {
          await handle.close();
        }
        await rename(partial, target);
        await removeStalePartials(target);
      } catch (error) {
        await rm(partial, { force: true });
        throw cannotWrite(path, error as NodeJS.ErrnoException);
      } finally {
        done();
      }
    },
    async discard() {
      await handle.close();
      await rm(partial, { force: true });
      done();
    },
  };
  // Why: a file written over keeps its permissions, as it would had it been written in place (a profile made
  // readable by a group stays so).
  if (old !== undefined) {
    await handle.chmod(old.mode & PERMISSION_BITS).catch(async (error: NodeJS.ErrnoException) => {
      await file.discard();
      throw cannotWrite(path, error);
    });
  }
  return file;
}

/**
 * A file that is no regular file (a device such as `/dev/stdout`, a named pipe) opened to be written in place: it
 * cannot be replaced, and what reads it sees the content as it comes.
 */
async function openInPlace(path: string, target: string): Promise<WholeFile> {
  const handle = await open(target, 'w').catch((error: NodeJS.ErrnoException) => {
    throw cannotWrite(path, error);
  });
  return {
    replaces: false,
    async commit(content) {
      try {
        await handle.writeFile(content);
      } catch (error) {
        // Why: `learn --out` onto a device that failed said only "EIO: i/o error, write", naming no file.
        throw cannotWrite(path, error as NodeJS.ErrnoException);
      } finally {
        await handle.close();
      }
    },
    discard: () => handle.close(),
  };
}

/** A failure to write `path`, naming it, with the system's `code` kept (`ENOSPC`) and what failed as `cause`. */
const cannotWrite = (path: string, error: NodeJS.ErrnoException): NodeJS.ErrnoException =>
  Object.assign(new Error(`cannot write ${path} (${error.code ?? error.message})`, { cause: error }), {
    code: error.code,
  });

/**
 * Writes `content` to `path` whole or not at all (see {@link openWholeFile}): on failure the old file, if any,
 * is left as it was and no temporary file remains.
 * @example await writeWholeFile('clean/a.md', markdown);
 */
export async function writeWholeFile(path: string, content: string): Promise<void> {
  await (await openWholeFile(path)).commit(content);
}
