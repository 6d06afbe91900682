import { once } from 'node:events';

/**
 * Runs `work` on each batch with up to `inFlight` batches under way, and hands the results to `deliver`
 * in input order, each as soon as it and those before it are done, even while the input waits for more
 * (`tail -f log.jsonl | dechaff --jsonl` prints each record when it is cleaned). The next batch is pulled
 * only when there is room, and `deliver` is awaited, so a slow reader of the output pauses the input and
 * memory stays bounded by `inFlight` batches. The first failure, of a batch or of `deliver`, ends the run.
 */
export async function runInOrder<B, R>(
  batches: AsyncIterable<B>,
  work: (batch: B) => Promise<R>,
  deliver: (batch: B, result: R) => Promise<void> | void,
  inFlight: number,
): Promise<void> {
  const queue: { batch: B; result: Promise<R> }[] = [];
  const queued = new Wakeup();
  const room = new Wakeup();
  let reading = true;
  let stopped = false;
  const read = async (): Promise<void> => {
    try {
      for await (const batch of batches) {
        if (stopped) return;
        const result = work(batch);
        // Why: a batch that fails while earlier ones are still being delivered is reported when its turn comes.
        result.catch(() => undefined);
        queue.push({ batch, result });
        queued.wake();
        while (queue.length >= inFlight && !stopped) await room.wait();
        if (stopped) return;
      }
    } catch (error) {
      stopped = true;
      throw error;
    } finally {
      reading = false;
      queued.wake();
    }
  };
  const deliverAll = async (): Promise<void> => {
    try {
      for (;;) {
        while (queue.length === 0 && reading) await queued.wait();
        const head = queue[0];
        if (head === undefined || stopped) return;
        await deliver(head.batch, await head.result);
        queue.shift();
        room.wake();
      }
    } catch (error) {
      stopped = true;
      room.wake();
      throw error;
    }
  };
  await Promise.all([read(), deliverAll()]);
}

/** One side's way to wait until the other says something changed. */
class Wakeup {
  #resolve: (() => void) | undefined;

  /** Resolves at the next {@link wake}. */
  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  /** Ends the current wait, if any. */
  wake(): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    resolve?.();
  }
}

/** Writes to a stream, waiting for it to drain when its buffer is full (rejects if it fails meanwhile). */
export async function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
