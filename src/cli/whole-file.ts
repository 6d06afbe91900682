import { open, rename, rm, stat } from 'node:fs/promises';

/** A file being written whole or not at all; see {@link openWholeFile}. */
export interface WholeFile {
  /** Writes the content and puts it in place; on failure removes the partial file. */
  commit(content: string): Promise<void>;
  /** Gives up: nothing is put in place and the partial file is removed. */
  discard(): Promise<void>;
}

/** Where {@link openWholeFile} writes `path` before putting it in place. */
export const partialPath = (path: string): string => `${path}.partial`;

/**
 * Opens `<path>.partial` for a file to be written later, so a path that cannot be written (a missing or
 * read-only folder, a directory in the way, /proc) fails now, before the work that makes its content;
 * {@link WholeFile.commit} renames it over `path`, so an interrupted run never leaves half a file there.
 * @example const file = await openWholeFile('profiles.json'); await file.commit(json);
 */
export async function openWholeFile(path: string): Promise<WholeFile> {
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new Error(`${path} is a directory`);
  const partial = partialPath(path);
  const handle = await open(partial, 'w').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot write ${path} (${error.code ?? error.message})`);
  });
  return {
    async commit(content) {
      try {
        try {
          await handle.writeFile(content);
        } finally {
          await handle.close();
        }
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async discard() {
      await handle.close();
      await rm(partial, { force: true });
    },
  };
}
