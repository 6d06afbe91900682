import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { expandInputs } from '../../src/cli/input.js';
import { loadProfiles } from '../../src/cli/profile-set.js';
import { unreadableMessage } from '../../src/cli/unreadable.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { tempDirs } from '../temp-dir.js';

// Why: a file system that fails without an errno (a user-space mount, a stub) is simulated by a path whose stat and
// read throw an error with no code.
const CODELESS = 'codeless-path';
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const failing =
    <A extends unknown[], R>(real: (path: string, ...rest: A) => Promise<R>) =>
    (path: string, ...rest: A): Promise<R> =>
      String(path).endsWith(CODELESS) ? Promise.reject(new Error('transport endpoint gone')) : real(path, ...rest);
  return { ...fs, stat: failing(fs.stat as never), readFile: failing(fs.readFile as never) };
});

const tempDir = tempDirs('unreadable');

describe('unreadableMessage', () => {
  it('says no such file for ENOENT, the code for others, the message when there is none', () => {
    expect(unreadableMessage('a.txt', { code: 'ENOENT' })).toBe('no such file: a.txt');
    expect(unreadableMessage('loop', { code: 'ELOOP' })).toBe('cannot read loop (ELOOP)');
    expect(unreadableMessage('x', new Error('transport endpoint gone'))).toBe(
      'cannot read x (transport endpoint gone)',
    );
    expect(unreadableMessage('x', 'thrown text')).toBe('cannot read x (thrown text)');
  });
});

// Why: the input check and --profiles each built this message, with different words for an error without a code
// ('error' and the error's message).
describe('an input and --profiles that cannot be read', () => {
  const cases = (): [string, string][] => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'text');
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    mkdirSync(join(dir, 'dir'));
    return [
      ['missing', join(dir, 'missing')],
      ['a link in a loop', join(dir, 'loop')],
      ['a path through a file', join(dir, 'file', 'x')],
      ['a failure with no code', join(dir, CODELESS)],
    ];
  };
  it.each(cases())('are reported in the same words: %s', async (_, path) => {
    const asInput = await expandInputs([path]).then(
      () => undefined,
      (error: unknown) => error,
    );
    const asProfiles = await loadProfiles(path).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(asInput).toBeInstanceOf(UsageError);
    expect(asProfiles).toBeInstanceOf(UsageError);
    expect((asProfiles as Error).message).toBe((asInput as Error).message);
  });
});
