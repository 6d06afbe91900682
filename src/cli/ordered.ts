import { once } from 'node:events';

/**
 * Runs `work` on each batch with up to `inFlight` batches under way, and hands the results to `deliver`
 * in input order. The next batch is pulled only when there is room, and `deliver` is awaited, so a slow
 * reader of the output pauses the input and memory stays bounded by `inFlight` batches.
 */
export async function runInOrder<B, R>(
  batches: AsyncIterable<B>,
  work: (batch: B) => Promise<R>,
  deliver: (batch: B, result: R) => Promise<void> | void,
  inFlight: number,
): Promise<void> {
  const queue: { batch: B; result: Promise<R> }[] = [];
  const deliverHead = async (): Promise<void> => {
    const head = queue.shift() as { batch: B; result: Promise<R> };
    await deliver(head.batch, await head.result);
  };
  for await (const batch of batches) {
    const result = work(batch);
    // Why: a batch that fails while earlier ones are still being delivered is reported when its turn comes.
    result.catch(() => undefined);
    queue.push({ batch, result });
    if (queue.length >= inFlight) await deliverHead();
  }
  while (queue.length > 0) await deliverHead();
}

/** Writes to a stream, waiting for it to drain when its buffer is full (rejects if it fails meanwhile). */
export async function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
