import { DEFAULT_MAX_INPUT_LENGTH } from '../options.js';
import { type InputFile, openInput, readWhole, textChunks } from './input.js';
import { type ByteBatch, readByteBatches } from './line-batches.js';

/** Lines of one JSONL input, as sent to a worker together. */
export interface JsonlBatch extends ByteBatch {
  readonly file: InputFile;
  /** Why the rest of the file could not be read (no data then; the lines before it came in earlier batches). */
  readonly error?: string;
}

/** Whole documents, as sent to a worker together; `errors[i]` says why `texts[i]` is null. */
export interface DocBatch {
  readonly files: InputFile[];
  readonly texts: (string | null)[];
  readonly errors: (string | undefined)[];
  readonly bytes: number;
}

/** A JSONL line longer than this is skipped unread, so one runaway line cannot exhaust memory. */
export const MAX_LINE_BYTES = 128 * 1024 * 1024;
// Why: a JSONL batch is one read of the input (256 KB from a file, less from a pipe), which costs a worker
// tens of milliseconds to clean, so messaging (microseconds a batch) disappears in it, while a few batches
// per worker in flight stay a few megabytes. A document batch is sized the same way. The first batches are
// smaller and double in size: `dechaff --jsonl crawl.jsonl | head -1` waited for a whole 256 KB batch (eight
// pages of wcxb-dev.jsonl) to be cleaned by a worker that was still warming up before it printed a line.
const LINE_LIMITS = { maxLineBytes: MAX_LINE_BYTES, firstBatchBytes: 16 * 1024 };
const DOCS_PER_BATCH = 16;
const DOC_BYTES_PER_BATCH = 1024 * 1024;
/** A file over this many bytes is over `clean()`'s length limit whatever it holds (UTF-8 is ≤ 3 bytes a unit). */
const MAX_DOC_BYTES = 3 * DEFAULT_MAX_INPUT_LENGTH;

/**
 * The JSONL inputs one after another, in batches of lines, read only as fast as batches are taken; a file
 * that fails to read ends in a batch saying why, and the next file is read, as with whole documents.
 */
export async function* jsonlBatches(files: readonly InputFile[]): AsyncGenerator<JsonlBatch> {
  for (const file of files) {
    let next = 1;
    try {
      for await (const batch of readByteBatches(textChunks(openInput(file)), LINE_LIMITS)) {
        next = batch.firstLine + batch.lines;
        yield { file, ...batch };
      }
    } catch (e) {
      yield { file, data: null, firstLine: next, lines: 0, bytes: 0, error: readFailure(e) };
    }
  }
}

/**
 * The inputs as whole documents, a few files a batch (the first alone, each next batch up to twice as many, so
 * the first output comes out soon); a file that cannot be read is an error, not a stop.
 */
export async function* docBatches(files: readonly InputFile[]): AsyncGenerator<DocBatch> {
  let batch: { files: InputFile[]; texts: (string | null)[]; errors: (string | undefined)[]; bytes: number };
  const empty = (): typeof batch => ({ files: [], texts: [], errors: [], bytes: 0 });
  batch = empty();
  let cap = 1;
  for (const file of files) {
    let text: string | null = null;
    let error: string | undefined;
    if (file.size !== undefined && file.size > MAX_DOC_BYTES) {
      error = `file is ${file.size} bytes, over the input limit`;
    } else {
      try {
        text = await readWhole(file, MAX_DOC_BYTES);
      } catch (e) {
        error = readFailure(e);
      }
    }
    batch.files.push(file);
    batch.texts.push(text);
    batch.errors.push(error);
    batch.bytes += file.size ?? text?.length ?? 0;
    if (batch.files.length >= cap || batch.bytes >= DOC_BYTES_PER_BATCH) {
      yield batch;
      batch = empty();
      cap = Math.min(2 * cap, DOCS_PER_BATCH);
    }
  }
  if (batch.files.length > 0) yield batch;
}

/** Why an input could not be read: the system's error code, or the message of ours (a binary file). */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined ? (error as Error).message : `cannot read (${code})`;
}
