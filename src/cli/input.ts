import { createReadStream, type Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { UsageError } from './usage-error.js';

/** One input of the command: a file, or standard input (`path === '-'`). */
export interface InputFile {
  /** The path to open, or `-`. */
  readonly path: string;
  /** How messages name it: the path, or `<stdin>`. */
  readonly name: string;
  /** Where its output goes under `--out-dir`: relative to the directory it was found in, or its base name. */
  readonly rel: string;
  /** Its size in bytes when it is a regular file (for the progress bar's ETA). */
  readonly size: number | undefined;
}

/** The standard input as an {@link InputFile}. */
export const STDIN: InputFile = { path: '-', name: '<stdin>', rel: 'stdin', size: undefined };

/**
 * Checks that every path exists and expands directories into the files under them (sorted, without dot
 * files), so a missing file is a usage error before any work starts.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(STDIN);
      continue;
    }
    const stats = await statOrThrow(path);
    if (!stats.isDirectory()) {
      files.push({ path, name: path, rel: basename(path), size: stats.isFile() ? stats.size : undefined });
      continue;
    }
    for (const file of await filesUnder(path)) {
      const size = (await statOrThrow(file)).size;
      files.push({ path: file, name: file, rel: relative(path, file), size });
    }
  }
  return files;
}

async function statOrThrow(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Refuses to wait on a terminal for input nobody is going to type. */
export function requireInput(files: readonly InputFile[]): void {
  if (files.length === 0) throw new UsageError('no input files (the directories given are empty)');
  if (files.some((f) => f.path === '-') && process.stdin.isTTY) {
    throw new UsageError('no input: give a file, or pipe text in');
  }
}

/** Opens an input for streaming; big reads keep the number of batches per megabyte low. */
export function openInput(file: InputFile): Readable {
  return file.path === '-' ? process.stdin : createReadStream(file.path, { highWaterMark: 256 * 1024 });
}

/** Reads a whole input as UTF-8 text, without a byte order mark. */
export async function readWhole(file: InputFile): Promise<string> {
  let text: string;
  if (file.path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    text = await readFile(file.path, 'utf8');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Consecutive lines of a stream. */
export interface LineBatch {
  /** The lines without their line ends; null for a line longer than the limit (its bytes were skipped). */
  readonly lines: (string | null)[];
  /** The 1-based number of the first line in the input. */
  readonly firstLine: number;
  /** Bytes the lines took in the input, line ends included. */
  readonly bytes: number;
}

/** Limits of {@link readLineBatches}. */
export interface BatchLimits {
  /** Most lines in a batch. */
  readonly maxLines: number;
  /** A batch closes once it holds this many bytes. */
  readonly maxBytes: number;
  /** A longer line is skipped (reported as null) instead of held in memory whole. */
  readonly maxLineBytes: number;
}

/**
 * Splits a byte stream into batches of lines, pulling chunks only as fast as the caller takes batches (so
 * a slow consumer pauses the input). A batch also closes at the end of each chunk, so a slow producer's
 * lines are not held back. Handles `\n` and `\r\n`, and a byte order mark at the start.
 */
export async function* readLineBatches(stream: Readable, limits: BatchLimits): AsyncGenerator<LineBatch> {
  let lines: (string | null)[] = [];
  let firstLine = 1;
  let bytes = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let atStart = true;
  const take = (): LineBatch => {
    const batch = { lines, firstLine, bytes };
    firstLine += lines.length;
    lines = [];
    bytes = 0;
    return batch;
  };
  const endLine = (tail: Buffer): void => {
    if (overlong || pendingBytes + tail.length > limits.maxLineBytes) lines.push(null);
    else {
      let text = (pending.length === 0 ? tail : Buffer.concat([...pending, tail])).toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (atStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      lines.push(text);
    }
    bytes += pendingBytes + tail.length;
    pending = [];
    pendingBytes = 0;
    overlong = false;
    atStart = false;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      endLine(chunk.subarray(from, nl));
      bytes += 1;
      from = nl + 1;
      if (lines.length >= limits.maxLines || bytes >= limits.maxBytes) yield take();
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      pendingBytes += rest.length;
      if (pendingBytes > limits.maxLineBytes) {
        overlong = true;
        pending = [];
      } else if (!overlong) pending.push(rest);
    }
    if (lines.length > 0) yield take();
  }
  if (pendingBytes > 0 || overlong) endLine(Buffer.alloc(0));
  if (lines.length > 0) yield take();
}
