import { describe, expect, it } from 'vitest';
import { lazyRunner } from '../../src/cli/lazy-runner.js';
import type { TaskRunner } from '../../src/cli/pool.js';

/** A runner that doubles numbers, and counts how often it was made and closed. */
function counted() {
  const made = { starts: 0, closes: 0 };
  const start = (): TaskRunner<number, number> => {
    made.starts++;
    return {
      run: async (n) => 2 * n,
      runOnEach: async (n) => [2 * n, 2 * n],
      close: async () => {
        made.closes++;
      },
    };
  };
  return { made, start };
}

describe('lazyRunner', () => {
  it('starts nothing until its first task: asked of each worker, it answers for none, and closes nothing', async () => {
    const { made, start } = counted();
    const runner = lazyRunner(start);
    expect(await runner.runOnEach(1)).toEqual([]);
    await runner.close();
    expect({ ...made, started: runner.started }).toEqual({ starts: 0, closes: 0, started: false });
  });

  it('starts once, at the first task, and then passes every call on', async () => {
    const { made, start } = counted();
    const runner = lazyRunner(start);
    expect(await Promise.all([runner.run(1), runner.run(2)])).toEqual([2, 4]);
    expect(await runner.runOnEach(3)).toEqual([6, 6]);
    await runner.close();
    expect({ ...made, started: runner.started }).toEqual({ starts: 1, closes: 1, started: true });
  });
});
