import { appendFile, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { withFileLock } from './file-lock.js';
import { writeWholeFile } from './whole-file.js';

/**
 * The dot file in which a folder that is also read (`dechaff -f markdown -o pages pages/`) lists the outputs
 * written into it, one JSON object a line: `{"output":"a.md","source":"a.txt","bytes":1834}` (the source
 * relative to the folder, so the folder can be moved). A folder being read skips it, as every dot file.
 */
export const OUTPUT_NOTES = '.dechaff-outputs';

/** The lock file a run holds beside {@link OUTPUT_NOTES} while it appends to them or rewrites them. */
const NOTES_LOCK = `${OUTPUT_NOTES}.lock`;

/** An output listed in {@link OUTPUT_NOTES}: the page it was made from and its size when written. */
export interface OutputNote {
  /** The page's path, relative to the output's folder. */
  readonly source: string;
  readonly bytes: number;
}

/**
 * The outputs listed in a folder's {@link OUTPUT_NOTES}, by file name (a later line about a name replaces an
 * earlier one); none when there is no such file or it cannot be read. Lines that are not notes are ignored.
 * @example (await readOutputNotes('pages')).get('a.md') // { source: 'a.txt', bytes: 1834 }
 */
export async function readOutputNotes(dir: string): Promise<Map<string, OutputNote>> {
  const notes = new Map<string, OutputNote>();
  // Why no error: the notes only spare a later run from reading outputs as pages; without them it reads all.
  const text = await readFile(join(dir, OUTPUT_NOTES), 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    const note = parseNote(line);
    if (note) notes.set(note.output, { source: note.source, bytes: note.bytes });
  }
  return notes;
}

/**
 * The page a file found in a folder was made from, when the folder's notes list it as an output and it still
 * has the size it was written with (a page saved over it since is a page again); undefined otherwise.
 * @example sourceOf('pages/a.md', 1834, await readOutputNotes('pages')) // 'pages/a.txt'
 */
export function sourceOf(path: string, bytes: number, notes: ReadonlyMap<string, OutputNote>): string | undefined {
  const note = notes.get(basename(path));
  return note !== undefined && note.bytes === bytes ? resolve(dirname(path), note.source) : undefined;
}

/**
 * Lists the outputs a run writes, each in its folder's {@link OUTPUT_NOTES}: one line appended as each is
 * written (so a run cut short has listed what it wrote), and on {@link OutputNotes.close} each notes file
 * rewritten with one line per output, so running again and again does not make it grow.
 */
export class OutputNotes {
  readonly #folders = new Set<string>();

  /** Notes that `output` (`bytes` long) was made from `source`. Throws when the notes cannot be written. */
  async add(output: string, source: string, bytes: number): Promise<void> {
    const dir = dirname(output);
    const line = { output: basename(output), source: relative(dir, resolve(source)), bytes };
    const path = join(dir, OUTPUT_NOTES);
    await withNotesLock(dir, () => appendFile(path, `${JSON.stringify(line)}\n`)).catch(
      (error: NodeJS.ErrnoException) => {
        throw new Error(`cannot list ${output} in ${path} (${error.code ?? error.message})`);
      },
    );
    this.#folders.add(dir);
  }

  /** Rewrites each notes file written to with one line per output. */
  async close(): Promise<void> {
    for (const dir of this.#folders) {
      await withNotesLock(dir, async () => {
        const lines = [...(await readOutputNotes(dir))].map(([output, note]) => JSON.stringify({ output, ...note }));
        await writeWholeFile(join(dir, OUTPUT_NOTES), `${lines.join('\n')}\n`);
      });
    }
    this.#folders.clear();
  }
}

/**
 * Runs `work` on a folder's notes while holding {@link NOTES_LOCK} there. Why: a rewrite renames a compacted copy
 * over the notes, which would drop a line another run appended after it read them.
 */
const withNotesLock = <T>(dir: string, work: () => Promise<T>): Promise<T> => withFileLock(join(dir, NOTES_LOCK), work);

function parseNote(line: string): { output: string; source: string; bytes: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const { output, source, bytes } = (value ?? {}) as Record<string, unknown>;
  if (typeof output !== 'string' || typeof source !== 'string' || typeof bytes !== 'number') return undefined;
  return { output, source, bytes };
}
