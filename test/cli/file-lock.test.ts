import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/cli/file-lock.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('file-lock');

const lockIn = (dir: string) => join(dir, '.notes.lock');

/** Checks that a run asking for the lock waits while it stands, and works once it is removed. */
async function expectToWaitFor(lock: string): Promise<void> {
  let done = false;
  const waiting = withFileLock(lock, async () => {
    done = true;
  });
  await sleep(50);
  expect(done).toBe(false);
  rmSync(lock);
  await waiting;
  expect(done).toBe(true);
}

describe('withFileLock', () => {
  it('lets one holder work at a time and removes the lock after', async () => {
    const lock = lockIn(tempDir());
    let inside = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++inside);
      await sleep(3);
      inside--;
    };
    await Promise.all(Array.from({ length: 10 }, () => withFileLock(lock, work)));
    expect(most).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('removes the lock when the work fails', async () => {
    const lock = lockIn(tempDir());
    await expect(withFileLock(lock, () => Promise.reject(new Error('full disk')))).rejects.toThrow('full disk');
    expect(existsSync(lock)).toBe(false);
  });

  it('waits while a running process holds the lock', async () => {
    const lock = lockIn(tempDir());
    writeFileSync(lock, `${process.pid}@${hostname()}`);
    await expectToWaitFor(lock);
  });

  it('takes over a lock whose holder has died on this machine, or one from another machine that has stood too long', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockIn(dir), `${dead}@${hostname()}`);
    expect(await withFileLock(lockIn(dir), async () => 'dead holder')).toBe('dead holder');
    writeFileSync(lockIn(dir), `${process.pid}@another.example`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockIn(dir), minuteAgo, minuteAgo);
    expect(await withFileLock(lockIn(dir), async () => 'old lock')).toBe('old lock');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('waits for a holder on this machine that still runs, however old its lock (a run stopped with Ctrl-Z)', async () => {
    const lock = lockIn(tempDir());
    writeFileSync(lock, `${process.pid}@${hostname()}`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    await expectToWaitFor(lock);
  });

  it('says why the lock cannot be made', async () => {
    const lock = lockIn(join(tempDir(), 'missing'));
    await expect(withFileLock(lock, async () => undefined)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
