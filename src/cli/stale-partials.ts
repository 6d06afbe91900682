import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './process-running.js';

/** The name of a partial file: the target's name between a dot and `.<pid>.partial` (see whole-file.ts). */
const PARTIAL_NAME = /^\.(.+)\.(\d+)\.partial$/;

/** Per folder, its partial files left by runs that are gone, by the name of the file each was to become. */
const listings = new Map<string, Promise<Map<string, string[]>>>();

/**
 * Removes the partial files of `path` that runs killed outright (SIGKILL, a crash of the machine) left beside it,
 * since such a run cannot remove them itself. Only partial files of this target, named for a process that no longer
 * runs: another run writing the same file keeps its own. The folder is listed once per process, so writing many
 * files into one folder stays linear.
 * @example await removeStalePartials('out/page.txt') // removes out/.page.txt.4242.partial when process 4242 is gone
 */
export async function removeStalePartials(path: string): Promise<void> {
  const dir = dirname(path);
  let listing = listings.get(dir);
  if (listing === undefined) {
    listing = staleByTarget(dir);
    listings.set(dir, listing);
  }
  const byTarget = await listing;
  const stale = byTarget.get(basename(path));
  if (stale === undefined) return;
  byTarget.delete(basename(path));
  // A leftover that cannot be removed (another user's, in a shared folder) is no reason to fail the write.
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true }).catch(() => undefined)));
}

async function staleByTarget(dir: string): Promise<Map<string, string[]>> {
  const byTarget = new Map<string, string[]>();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const match = PARTIAL_NAME.exec(name);
    const pid = Number(match?.[2]);
    if (match === null || pid === process.pid || isRunning(pid)) continue;
    const target = match[1] as string;
    const list = byTarget.get(target);
    if (list === undefined) byTarget.set(target, [name]);
    else list.push(name);
  }
  return byTarget;
}
