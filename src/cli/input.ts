import { constants, createReadStream, fstatSync, type Stats } from 'node:fs';
import { access, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { withoutByteOrderMark } from './byte-order-mark.js';
import { OUTPUT_NOTES, readOutputNotes, sourceOf } from './output-notes.js';
import { unreadableMessage } from './unreadable.js';
import { UsageError } from './usage-error.js';

/** One input of the command: a file, or standard input (`path === '-'`). */
export interface InputFile {
  /** The path to open, or `-`. */
  readonly path: string;
  /** How messages name it: the path, or `<stdin>`. */
  readonly name: string;
  /** Where its output goes under `--out-dir`: relative to the directory it was found in, or its base name. */
  readonly rel: string;
  /**
   * Its size in bytes when it is a regular file (for the progress bar's ETA); none for a pipe, or for a file
   * found in a folder that cannot be looked at (a broken link).
   */
  readonly size: number | undefined;
  /** Whether it was found under an input folder, rather than named itself. */
  readonly inFolder: boolean;
}

/** The standard input as an {@link InputFile}. */
export const STDIN: InputFile = { path: '-', name: '<stdin>', rel: 'stdin', size: undefined, inFolder: false };

/** The inputs of a run, as {@link expandInputs} found them. */
export interface Inputs {
  readonly files: InputFile[];
  /** The real paths of the directories among the paths given. */
  readonly folders: readonly string[];
  /** Folders found inside those given that could not be read; each fails as an input, and the run goes on. */
  readonly unreadable: readonly UnreadableFolder[];
}

/** A folder met while walking an input folder that could not be listed. */
export interface UnreadableFolder {
  /** Its path, under the folder given. */
  readonly path: string;
  /** The error's code: `EACCES`, `EIO`. */
  readonly code: string;
}

/** A file a run reads or writes other than as a page (`learn --out`, `--profiles`). */
export interface NotAnInput {
  /** Its path; `-` is standard input (`--profiles -`). */
  readonly path: string;
  /** What it is, for the message refusing it as an input: "`path` is `role`; it cannot also be an input". */
  readonly role: string;
}

/** Options of {@link expandInputs}. */
export interface ExpandInputsOptions {
  /**
   * Files the run uses otherwise, never read wherever a folder holds them; naming one is a usage error.
   * @default []
   */
  readonly exclude?: readonly NotAnInput[];
  /**
   * Folders never walked where an input folder holds them (`--out-dir pages/clean` of `pages/`: its files are
   * this run's outputs). Such a folder given as an input itself is read.
   * @default []
   */
  readonly skipFolders?: readonly string[];
}

/**
 * Checks that every path exists and can be read, and expands directories into the files under them (sorted,
 * without dot files, through symbolic links), so a missing or unreadable file or folder named is a usage error
 * before any work starts. A file found in a folder that cannot be read fails as a page, and a folder found there
 * that cannot be read is listed in {@link Inputs.unreadable}: neither stops the run. A file is listed once, where it
 * is first named, however often it is named or reached (through its directory, a symbolic link, `./`); so is
 * standard input. A file found in a folder that the folder's {@link OUTPUT_NOTES} lists as made from a page
 * this run reads is that page's earlier output, not a page, and is left out.
 */
export async function expandInputs(paths: readonly string[], options: ExpandInputsOptions = {}): Promise<Inputs> {
  const files: InputFile[] = [];
  /** The real path of each of `files`. */
  const keys: string[] = [];
  const folders: string[] = [];
  const unreadable: UnreadableFolder[] = [];
  /** Files found in folders that an earlier run wrote, by real path, with the page each was made from. */
  const outputs = new Map<string, string>();
  /** The files named by themselves, by real path: read even when they are outputs. */
  const named = new Set<string>();
  // Why the fallback: a pipe's path (/dev/stdin, bash's <(…) as /dev/fd/63) resolves to no real path.
  const keyOf = async (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
  // Why: `learn --out pages/profiles.json pages/`, run again, would learn from its own earlier output, and
  // `--profiles pages/site.json pages/` would clean the profiles as a page.
  const excluded = new Map(
    await Promise.all(
      (options.exclude ?? []).map(async (f) => [f.path === '-' ? STDIN.path : await keyOf(f.path), f.role] as const),
    ),
  );
  // Why: `-o pages/clean pages/`, run again, would clean its earlier outputs into pages/clean/clean/.
  const skipped = new Set(await Promise.all((options.skipFolders ?? []).map(keyOf)));
  // Why: learning from a page named twice counts its lines twice, and a second `-` reads an exhausted stdin.
  // Hard links stay apart: they are different names, each with its own output under --out-dir.
  const seen = new Set<string>();
  const add = async (file: InputFile): Promise<string> => {
    const key = file === STDIN ? file.path : await keyOf(file.path);
    const role = excluded.get(key);
    if (role !== undefined) {
      if (!file.inFolder) throw new UsageError(`${file.name} is ${role}; it cannot also be an input`);
      return key;
    }
    if (!file.inFolder) named.add(key);
    if (seen.has(key)) return key;
    seen.add(key);
    files.push(file);
    keys.push(key);
    return key;
  };
  for (const path of paths) {
    if (path === '-') {
      await add(STDIN);
      continue;
    }
    const stats = await statOrThrow(path);
    if (!stats.isDirectory()) {
      await add({
        path,
        name: path,
        rel: basename(path),
        size: stats.isFile() ? stats.size : undefined,
        inFolder: false,
      });
      continue;
    }
    folders.push(await keyOf(path));
    for (const found of await filesUnder(path, skipped)) {
      if ('code' in found) {
        unreadable.push(found);
        continue;
      }
      const { path: file, size, madeFrom } = found;
      const key = await add({ path: file, name: file, rel: relative(path, file), size, inFolder: true });
      if (madeFrom !== undefined) outputs.set(key, await keyOf(madeFrom));
    }
  }
  // Why: `dechaff -f json -o pages pages/` after `-f markdown` finds a.md next to a.txt; it is not a page.
  const isOutput = (key: string): boolean => !named.has(key) && seen.has(outputs.get(key) ?? '');
  return { files: files.filter((_, i) => !isOutput(keys[i] as string)), folders, unreadable };
}

async function statOrThrow(path: string): Promise<Stats> {
  try {
    const stats = await stat(path);
    // Why: a file named that cannot be read was reported only once the work had begun, unlike a missing one.
    await access(path, constants.R_OK);
    return stats;
  } catch (error) {
    throw new UsageError(unreadableMessage(path, error));
  }
}

/**
 * The files under a folder, sorted, without dot files, nor files in the `skipped` folders below it (by real
 * path), and in their place the folders below it that cannot be read. Symbolic links are followed (a folder of
 * links to the pages is a folder of pages), except a link back into a folder being walked, which would never end.
 */
async function filesUnder(
  dir: string,
  skipped: ReadonlySet<string>,
  walking: ReadonlySet<string> = new Set(),
): Promise<(FoundFile | UnreadableFolder)[]> {
  const real = await realpath(dir);
  if (walking.has(real) || (walking.size > 0 && skipped.has(real))) return [];
  const inside = new Set(walking).add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => error);
  if (!Array.isArray(entries)) {
    const code = entries.code ?? 'error';
    // Why the folder named fails the run before any work, and one below it alone: a typo or a folder of someone
    // else's is the command line's fault; one locked subfolder in a crawl of thousands is one failure, as a
    // locked file there is (and as `grep -r` and `du` go on past it).
    if (walking.size > 0) return [{ path: dir, code }];
    // Why: Node's own message ("EACCES: permission denied, scandir 'x'") names neither the command nor the cause plainly.
    throw new UsageError(unreadableMessage(dir, entries));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const notes = entries.some((e) => e.name === OUTPUT_NOTES) ? await readOutputNotes(dir) : new Map();
  const files: (FoundFile | UnreadableFolder)[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await filesUnder(path, skipped, inside)));
      continue;
    }
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const stats = await stat(path).catch(() => undefined);
    // Why listed: a broken link (or a file gone since) is a page that cannot be read, reported as failed.
    if (stats === undefined) files.push({ path, size: undefined });
    else if (stats.isDirectory()) files.push(...(await filesUnder(path, skipped, inside)));
    else if (stats.isFile()) files.push({ path, size: stats.size, madeFrom: sourceOf(path, stats.size, notes) });
  }
  return files;
}

/** A file found under a folder, with its size (undefined when it cannot be looked at). */
interface FoundFile {
  readonly path: string;
  readonly size: number | undefined;
  /** The page it was made from, when its folder's notes list it as an output of an earlier run. */
  readonly madeFrom?: string | undefined;
}

/**
 * Refuses to wait on a terminal for input nobody is going to type, to read a directory as standard input, or to
 * run on folders that hold nothing to read (a folder in them that cannot be read is something: it fails).
 */
export function requireInput({ files, unreadable }: Pick<Inputs, 'files' | 'unreadable'>): void {
  if (files.length === 0 && unreadable.length === 0)
    throw new UsageError('no input files (the directories given are empty)');
  if (!files.some((f) => f.path === '-')) return;
  if (process.stdin.isTTY) throw new UsageError('no input: give a file, or pipe text in');
  // Why: Node reads a directory on standard input (`dechaff < pages/`) as empty, which would pass for success.
  if (stdinIsDirectory()) throw new UsageError('standard input is a directory; name it as an argument instead');
}

function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}

/** Opens an input for streaming; big reads keep the number of batches per megabyte low. */
export function openInput(file: InputFile): Readable {
  return file.path === '-' ? process.stdin : createReadStream(file.path, { highWaterMark: 256 * 1024 });
}

/** How far into a document a NUL byte marks it as binary, as git and grep look. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Reads a whole input as UTF-8 text, without a byte order mark. Throws on a binary file (a NUL byte near its
 * start): an image or a gzipped page in a folder of pages would otherwise come out as cleaned mojibake. An
 * input of unknown size (standard input, a pipe, a device) is read only up to `maxBytes` and throws beyond.
 */
export async function readWhole(file: InputFile, maxBytes: number): Promise<string> {
  // Why streamed when the size is unknown: `dechaff /dev/zero` or `yes | dechaff` never end, and readFile would
  // hold all of it before failing; a regular file's size was checked against the limit before it was read.
  const bytes = file.size === undefined ? await readAtMost(openInput(file), maxBytes) : await readFile(file.path);
  if (isBinary(bytes)) throw notText();
  return withoutByteOrderMark(bytes.toString('utf8'));
}

/** The bytes of a stream, stopping as soon as they are over `maxBytes` or show a binary file. */
async function readAtMost(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  let sniffed = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length > maxBytes) throw new Error(`more than ${maxBytes} bytes, over the input limit`);
      if (!sniffed && length >= BINARY_SNIFF_BYTES) {
        sniffed = true;
        if (isBinary(Buffer.concat(chunks))) throw notText();
      }
    }
  } finally {
    if (stream !== process.stdin) stream.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * A stream's chunks as they come, failing as soon as a NUL byte shows in its first bytes, as {@link readWhole}
 * fails: a gzipped JSON Lines file (`dechaff --jsonl crawl.jsonl.gz`) is one binary input, not thousands of
 * lines of invalid JSON echoing its bytes to the terminal. Nothing is held back, so `tail -f` stays live.
 */
export async function* textChunks(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of stream) {
    if (seen < BINARY_SNIFF_BYTES && chunk.subarray(0, BINARY_SNIFF_BYTES - seen).includes(0)) throw notText();
    seen += chunk.length;
    yield chunk;
  }
}

const isBinary = (bytes: Buffer): boolean => bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
const notText = (): Error =>
  new Error(`binary, not text (a NUL byte in the first ${BINARY_SNIFF_BYTES} bytes), skipped`);
