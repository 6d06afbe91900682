import type { Stats } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Creates a directory and its missing parents, like `mkdir -p`, trying each level once, so it returns or
 * throws in a bounded number of steps. The error names the level that could not be made and why.
 * @example await makeDirectory('clean/2025/09')
 */
export async function makeDirectory(path: string): Promise<void> {
  // Why not mkdir({ recursive: true }): Node's walk steps back to the parent on ENOENT and forward again when
  // the parent exists, so a parent that exists but cannot hold a child (/proc) loops forever: `--out-dir
  // /proc/x` spun at 100% CPU.
  const missing: string[] = [];
  for (let dir = path; ; dir = dirname(dir)) {
    const stats = await statIfThere(path, dir);
    if (stats?.isDirectory()) break;
    if (stats) {
      throw new Error(dir === path ? `${path} is not a directory` : `cannot create ${path}: ${dir} is not a directory`);
    }
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) {
    try {
      await mkdir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Why: another process may have made it meanwhile. What else answers EEXIST here is a broken link.
      if (code === 'EEXIST' && (await statIfThere(path, dir))?.isDirectory()) continue;
      throw cannotCreate(path, dir, code === 'EEXIST' ? 'a broken link' : code);
    }
  }
}

/** The stats of `dir` (following links), or undefined when it is not there; a failure to look is an error. */
async function statIfThere(path: string, dir: string): Promise<Stats | undefined> {
  try {
    return await stat(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw cannotCreate(path, dir, code);
  }
}

const cannotCreate = (path: string, dir: string, why: string | undefined): Error =>
  new Error(`cannot create ${path}${dir === path ? '' : `: ${dir}`} (${why ?? 'error'})`);
