import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/cli/input.js';
import { STDIN } from '../../src/cli/input.js';
import { startWorkers } from '../../src/cli/run.js';
import { WORK_CONFIG } from './work-config.js';

const page = (name: string, size: number): InputFile => ({ path: name, name, rel: name, size, inFolder: false });

describe('startWorkers', () => {
  it('cleans a lone page of a megabyte or less, or of unknown size, on this thread', async () => {
    for (const files of [[page('a.txt', 30_000)], [page('b.txt', 1_000_000)], [STDIN]]) {
      const { pool, threads, workers } = startWorkers(4, files, false, WORK_CONFIG);
      expect({ threads, workers }).toEqual({ threads: false, workers: 1 });
      await pool.close();
    }
  });

  it('gives a larger lone page, several pages or JSON Lines worker threads, started at the first task', async () => {
    for (const [files, jsonl, workers] of [
      [[page('big.txt', 1_000_001)], false, 1],
      [[page('a.txt', 10), page('b.txt', 10)], false, 2],
      [[page('a.jsonl', 10)], true, 4],
      [[STDIN], true, 4],
    ] as const) {
      const started = startWorkers(4, files, jsonl, WORK_CONFIG);
      expect({ threads: started.threads, workers: started.workers }).toEqual({ threads: true, workers });
      expect(await started.pool.runOnEach({ kind: 'learned' })).toEqual([]);
      await started.pool.close();
    }
  });
});
