import { once } from 'node:events';
import { holdOnInterrupt } from './interrupt-cleanup.js';

/** A writer of whole chunks: see {@link wholeWrites}. */
export interface WholeWriter {
  /** Writes a chunk, waiting for the stream to drain when its buffer is full. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Stops holding a stop signal back once the writes under way are done; call it when the writing is over. */
  release(): void;
}

/**
 * Writes chunks (batches of whole lines) to a stream so that a stop signal (Ctrl-C, `kill`) ends the process only
 * once the chunks under way are written, and starts no other: a reader gets whole lines.
 * Why: a pipe takes 64 KB at a time, so a batch written to a reader that lags is under way for as long as the
 * reader takes; stopped in between, a run of `dechaff --jsonl` left half a JSON line in the pipe.
 * @example const out = wholeWrites(process.stdout); await out.write(lines); out.release();
 */
export function wholeWrites(stream: NodeJS.WritableStream): WholeWriter {
  let underWay = 0;
  let stopping: (() => void) | undefined;
  let released = false;
  const unhold = holdOnInterrupt((go) => {
    if (underWay === 0) return false;
    stopping = go;
    return true;
  });
  const written = (): void => {
    underWay--;
    if (underWay > 0) return;
    stopping?.();
    if (released) unhold();
  };
  return {
    async write(chunk) {
      // Why never settled: the process ends as soon as the chunks before this one are written.
      if (stopping) return new Promise<void>(() => undefined);
      underWay++;
      if (!stream.write(chunk, written)) await once(stream, 'drain');
    },
    release() {
      released = true;
      if (underWay === 0) unhold();
    },
  };
}
