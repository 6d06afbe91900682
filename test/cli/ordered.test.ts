import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runInOrder } from '../../src/cli/ordered.js';

describe('runInOrder', () => {
  it('delivers in input order although results finish in any order, with a bounded number in flight', async () => {
    let pulled = 0;
    let running = 0;
    let most = 0;
    async function* batches() {
      for (let i = 0; i < 40; i++) {
        pulled++;
        yield i;
      }
    }
    const delivered: number[] = [];
    await runInOrder(
      batches(),
      async (i) => {
        running++;
        most = Math.max(most, running);
        await sleep((i * 7) % 5);
        running--;
        return i * 2;
      },
      (i, result) => {
        expect(pulled - delivered.length).toBeLessThanOrEqual(4);
        delivered.push(result / 2);
        expect(result).toBe(i * 2);
      },
      4,
    );
    expect(delivered).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(4);
  });

  it('fails with the first failed batch, in order', async () => {
    const delivered: number[] = [];
    const run = runInOrder(
      [0, 1, 2, 3][Symbol.iterator]() as unknown as AsyncIterable<number>,
      async (i) => {
        if (i === 2) throw new Error('batch 2 failed');
        return i;
      },
      (i) => {
        delivered.push(i);
      },
      3,
    );
    await expect(run).rejects.toThrow('batch 2 failed');
    expect(delivered).toEqual([0, 1]);
  });

  it('delivers what is done without waiting for more input', async () => {
    let firstOut = (): void => undefined;
    const firstDelivered = new Promise<void>((resolve) => {
      firstOut = resolve;
    });
    async function* batches() {
      yield 0;
      // As `tail -f` would, the input has nothing more until the first result is out.
      await firstDelivered;
      yield 1;
    }
    const delivered: number[] = [];
    await runInOrder(
      batches(),
      async (i) => i,
      (i) => {
        delivered.push(i);
        if (i === 0) firstOut();
      },
      4,
    );
    expect(delivered).toEqual([0, 1]);
  });
});
