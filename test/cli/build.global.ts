/**
 * Vitest global setup: the CLI tests drive the built command, so build it first unless `dist/` is newer
 * than every source file (`npm test` has just built it).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );

export default function setup(): void {
  const built = (() => {
    try {
      return Math.min(statSync('dist/cli.js').mtimeMs, statSync('dist/cli-worker.js').mtimeMs);
    } catch {
      return 0;
    }
  })();
  if (built < Math.max(newest('src'), statSync('package.json').mtimeMs)) {
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  }
}
