/** Temporary folders for tests, removed when the tests that made them are done. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A maker of fresh, empty temporary folders (`<tmpdir>/dechaff-<name>-XXXXXX`), all removed after the tests of the
 * file or `describe` block that calls this. Call it at the top of the file (or block), not inside a test: that is
 * where vitest takes the `afterAll` hook. A test that takes a folder's permissions away gives them back, so that
 * it can be removed by a user other than root.
 * @example const tempDir = tempDirs('files'); it('…', () => { const dir = tempDir(); … });
 */
export function tempDirs(name: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `dechaff-${name}-`));
    made.push(dir);
    return dir;
  };
}
