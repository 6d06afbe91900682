import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWholeFile } from '../../src/cli/whole-file.js';

describe('openWholeFile', () => {
  it('writes beside the target and renames it into place on commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-whole-'));
    const path = join(dir, 'p.json');
    writeFileSync(path, 'old');
    const file = await openWholeFile(path);
    expect(readFileSync(path, 'utf8')).toBe('old');
    await file.commit('new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('leaves nothing behind when discarded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-whole-'));
    const file = await openWholeFile(join(dir, 'p.json'));
    await file.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails at once where the file cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-whole-'));
    await expect(openWholeFile(dir)).rejects.toThrow(`${dir} is a directory`);
    const missing = join(dir, 'missing', 'p.json');
    await expect(openWholeFile(missing)).rejects.toThrow(`cannot write ${missing} (ENOENT)`);
    if (existsSync('/proc/self')) {
      await expect(openWholeFile('/proc/dechaff-test.json')).rejects.toThrow('(ENOENT)');
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
