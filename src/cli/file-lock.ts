import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeOnInterrupt } from './interrupt-cleanup.js';
import { isRunning } from './process-running.js';

/**
 * How long a lock may stand before it is taken for one left by a run that stopped while holding it, when its
 * holder cannot be looked for (a run on another machine sharing the folder); on this machine, a lock is taken
 * over only when its holder no longer runs. Holders keep it for one append or
 * one rewrite of a small file, milliseconds.
 * @default 10_000 (ms)
 */
const STALE_MS = 10_000;

/** How long to wait for a lock that others keep taking before giving up. */
const WAIT_MS = 3 * STALE_MS;

/**
 * Runs `work` while holding the lock `path`, a file created only if absent, so that processes running `work` on
 * one resource take turns. Waits while another holds it, and takes over a lock whose holder has died (a process
 * on this machine that is no more, or, held from another machine, one older than {@link STALE_MS}). A run stopped by a signal removes it.
 * Throws what creating the lock throws (ENOENT for a missing folder), or when it stays held for {@link WAIT_MS}.
 * @example await withFileLock('pages/.dechaff-outputs.lock', () => appendFile('pages/.dechaff-outputs', line));
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await create(path))) {
    if (await isStale(path)) await rm(path, { force: true });
    else if (Date.now() > deadline) throw new Error(`${path} is held by another run`);
    // Why random: runs that found the lock held at once do not all try again at once.
    else await sleep(2 + Math.random() * 8);
  }
  const done = removeOnInterrupt(path);
  try {
    return await work();
  } finally {
    done();
    await rm(path, { force: true });
  }
}

/** Creates the lock at `path` naming this process as its holder; false when it is there already. */
async function create(path: string): Promise<boolean> {
  const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return undefined;
    throw error;
  });
  if (handle === undefined) return false;
  try {
    await handle.writeFile(`${process.pid}@${hostname()}`);
  } catch (error) {
    // Why: a lock that names no holder stands until it is stale, and this one was never held.
    await rm(path, { force: true });
    throw error;
  } finally {
    await handle.close();
  }
  return true;
}

/** Whether the lock at `path` was left by a holder that is gone; false when it is gone already. */
async function isStale(path: string): Promise<boolean> {
  const [content, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]).catch(() => []);
  if (content === undefined || info === undefined) return false;
  const [pid, host] = content.split('@');
  // Why not the age on this machine: a holder stopped for a while (Ctrl-Z, a suspended laptop) still holds it.
  if (host === hostname()) return !isRunning(Number(pid));
  return Date.now() - info.mtimeMs > STALE_MS;
}
