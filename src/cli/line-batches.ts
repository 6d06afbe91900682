import { withoutByteOrderMark } from './byte-order-mark.js';

/**
 * Consecutive whole lines of a JSON Lines stream, still as UTF-8 bytes: the command's main thread only
 * finds line ends, and the worker that cleans the lines decodes them ({@link decodeLines}), so decoding
 * runs in parallel and the main thread stays free to move bytes.
 */
export interface ByteBatch {
  /**
   * The lines with their line ends (the input's last line may lack one); null for a single line longer
   * than the limit, whose bytes were skipped unread.
   */
  readonly data: Uint8Array | null;
  /** The 1-based number of the first line in the input. */
  readonly firstLine: number;
  /** How many lines the batch holds. */
  readonly lines: number;
  /** Bytes the lines took in the input, line ends included. */
  readonly bytes: number;
}

/** Limits of {@link readByteBatches}. */
export interface ByteBatchLimits {
  /** A longer line is skipped (a batch with `data: null`) instead of held in memory whole. */
  readonly maxLineBytes: number;
  /**
   * The first batch holds whole lines up to this many bytes (at least one line), each next batch up to twice as
   * many as the one before, until a batch is a chunk's whole lines: the first lines are cleaned and written
   * without waiting for a full chunk's worth.
   * @default no limit: one batch per chunk from the start
   */
  readonly firstBatchBytes?: number;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into batches of whole lines, one batch per chunk read (a line cut by a chunk's end
 * goes with the next batch; the first batches smaller, see {@link ByteBatchLimits.firstBatchBytes}), pulling
 * chunks only as fast as the caller takes batches, so a slow consumer pauses the input and a slow producer's
 * lines are not held back.
 */
export async function* readByteBatches(
  stream: AsyncIterable<Buffer>,
  limits: ByteBatchLimits,
): AsyncGenerator<ByteBatch> {
  let firstLine = 1;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let cap = limits.firstBatchBytes ?? Number.POSITIVE_INFINITY;
  const batch = (data: Uint8Array | null, lines: number, bytes: number): ByteBatch => {
    const out = { data, firstLine, lines, bytes };
    firstLine += lines;
    cap *= 2;
    return out;
  };
  for await (const chunk of stream) {
    let from = 0;
    let nl = chunk.indexOf(NEWLINE);
    if (nl !== -1 && overlong) {
      // The skipped line ends here: it is a batch of its own, reported and not read.
      yield batch(null, 1, pendingBytes + nl + 1);
      pending = [];
      pendingBytes = 0;
      overlong = false;
      from = nl + 1;
      nl = chunk.indexOf(NEWLINE, from);
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (nl !== -1 && last >= from) {
      let lines = 0;
      for (; nl !== -1; nl = chunk.indexOf(NEWLINE, nl + 1)) lines++;
      const head = chunk.subarray(from, last + 1);
      // Why a copy: the chunk's memory may be shared with other reads; the batch travels to another thread.
      const data = pending.length === 0 ? Buffer.from(head) : Buffer.concat([...pending, head]);
      let start = 0;
      while (data.length - start > cap && lines > 1) {
        // Whole lines up to the cap, or the first line alone when it is longer; a copy of its own, because a
        // view would carry the whole chunk to the worker.
        let end = data.lastIndexOf(NEWLINE, start + cap - 1) + 1;
        if (end <= start) end = data.indexOf(NEWLINE, start) + 1;
        const count = countLines(data, start, end);
        lines -= count;
        yield batch(Buffer.from(data.subarray(start, end)), count, end - start);
        start = end;
      }
      const rest = start === 0 ? data : Buffer.from(data.subarray(start));
      yield batch(rest, lines, rest.length);
      pending = [];
      pendingBytes = 0;
      from = last + 1;
    }
    if (from < chunk.length) {
      pendingBytes += chunk.length - from;
      if (pendingBytes > limits.maxLineBytes) {
        overlong = true;
        pending = [];
      } else if (!overlong) pending.push(Buffer.from(chunk.subarray(from)));
    }
  }
  if (overlong) yield batch(null, 1, pendingBytes);
  else if (pendingBytes > 0) yield batch(Buffer.concat(pending), 1, pendingBytes);
}

/** How many line ends `data` holds from `start` up to `end`. */
function countLines(data: Buffer, start: number, end: number): number {
  let count = 0;
  for (let nl = data.indexOf(NEWLINE, start); nl !== -1 && nl < end; nl = data.indexOf(NEWLINE, nl + 1)) count++;
  return count;
}

/**
 * The lines of a {@link ByteBatch}, decoded, without their line ends (`\n` or `\r\n`) and without a byte order mark
 * opening them; `[null]` for a skipped line. Why any line's mark: a stream's first line has one when its file was
 * written with one, and so does each file's first line in files joined with `cat`, where it failed as no JSON.
 */
export function decodeLines(data: Uint8Array | null): (string | null)[] {
  if (data === null) return [null];
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = withoutByteOrderMark(lines[i] as string);
    lines[i] = line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  return lines;
}
