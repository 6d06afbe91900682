import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/cli/input.js';
import { STDIN } from '../../src/cli/input.js';
import { startWorkers } from '../../src/cli/run.js';
import { WORK_CONFIG } from './work-config.js';

const page = (name: string, size: number): InputFile => ({ path: name, name, rel: name, size, inFolder: false });

describe('startWorkers', () => {
  it('cleans a lone page of a megabyte or less on this thread, whatever size was said, standard input too', async () => {
    for (const files of [[page('a.txt', 30_000)], [page('b.txt', 1_000_000)], [page('c.txt', 5_000_000)], [STDIN]]) {
      const { pool, threaded, workers } = startWorkers(4, files, false, WORK_CONFIG);
      const result = await pool.run({ kind: 'clean-docs', items: ['Title\n\nA short page of one sentence.'] });
      expect(result).toMatchObject({ failures: [], records: 1 });
      expect({ threaded: threaded(), workers }).toEqual({ threaded: false, workers: 1 });
      await pool.close();
    }
  });

  it('gives several pages or JSON Lines up to one worker thread each, started at the first task', async () => {
    for (const [files, jsonl, workers] of [
      [[page('a.txt', 10), page('b.txt', 10)], false, 2],
      [[page('a.jsonl', 10)], true, 4],
      [[STDIN], true, 4],
    ] as const) {
      const started = startWorkers(4, files, jsonl, WORK_CONFIG);
      expect({ threaded: started.threaded(), workers: started.workers }).toEqual({ threaded: false, workers });
      expect(await started.pool.runOnEach({ kind: 'learned' })).toEqual([]);
      await started.pool.close();
    }
  });
});
