import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** How many symbolic links a path may lead through before it is taken for a loop: Linux's own limit. */
const MAX_LINKS = 40;

/**
 * The file that writing to `path` writes: `path` itself, or where the chain of symbolic links it names ends, whether
 * or not a file is there yet (a broken link leads to the file it would make). Each link's target is read from the
 * real folder the link is in, as the system reads it. Throws an `ELOOP` error past {@link MAX_LINKS} links.
 * @example await linkTarget('profiles.json') // '/data/site/profiles.json' when profiles.json links there
 */
export async function linkTarget(path: string): Promise<string> {
  let target = path;
  for (let links = 0; ; links++) {
    const stats = await lstat(target).catch(() => undefined);
    if (stats === undefined || !stats.isSymbolicLink()) return target;
    if (links === MAX_LINKS) throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
    const folder = await realpath(dirname(target));
    target = resolve(folder, await readlink(target));
  }
}
