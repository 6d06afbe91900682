import { lstatSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { dirname, extname, join, sep } from 'node:path';
import type { CleanArgs, Format } from './args.js';
import { colorFor } from './color.js';
import { expandInputs, type InputFile, type NotAnInput, requireInput } from './input.js';
import { labelOutput, namesOutputs } from './labels.js';
import { learnProfiles } from './learn-command.js';
import { makeDirectory } from './make-directory.js';
import { write } from './ordered.js';
import { OUTPUT_NOTES, OutputNotes } from './output-notes.js';
import { loadProfiles, mergeProfileSets, type ProfileSet, profileForFiles } from './profile-set.js';
import type { StatusLine } from './progress.js';
import { newTally, passDocs, passJsonl, recordFailure, recordUnreadable, startWorkers, summary } from './run.js';
import { UsageError } from './usage-error.js';
import { writeWholeFile } from './whole-file.js';
import { type WholeWriter, wholeWrites } from './whole-writes.js';
import type { WorkConfig } from './work.js';

const EXTENSIONS: Readonly<Record<Format, string>> = { text: '.txt', markdown: '.md', json: '.json' };

/** `dechaff [file …]`: cleans the inputs and writes the articles; the exit status. */
export async function runClean(args: CleanArgs, status: StatusLine): Promise<number> {
  const exclude = args.profiles === undefined ? [] : [{ path: args.profiles, role: 'read by --profiles' }];
  const skipFolders = args.outDir === undefined ? [] : [args.outDir];
  refuseMistypedCommand(args.inputs[0]);
  const inputs = await expandInputs(args.inputs, { exclude, skipFolders });
  requireInput(inputs);
  if (args.url !== undefined && inputs.files.length > 1) {
    throw new UsageError(`--url names one page's URL; got ${inputs.files.length} files`);
  }
  const outPaths =
    args.outDir === undefined ? undefined : await planOutputs(inputs.files, args.outDir, args.format, exclude);
  const notes =
    args.outDir !== undefined && (await insideAny(args.outDir, inputs.folders)) ? new OutputNotes() : undefined;
  const files = outPaths ? [...outPaths.keys()] : inputs.files;
  const named = !outPaths && !args.jsonl && namesOutputs(inputs);
  if (named && args.format === 'json' && args.outField === 'file') {
    throw new UsageError('--out-field file would clash with the field naming each input; choose another');
  }
  const profiles = await runProfiles(args, files, status);
  const config = workConfig(args, profiles, named);
  const { pool, workers, threaded } = startWorkers(args.workers, files, args.jsonl, config);
  // Why only once threads clean: a stop signal is caught to hold it back, and this thread, cleaning a lone document
  // itself, would answer it only when done.
  let out: WholeWriter | undefined;
  const tally = newTally(status.clock);
  const pass = { pool, workers, status, tally, label: 'cleaning', report: true };
  recordUnreadable(status, tally, inputs.unreadable);
  const toStdout = (output: string | Uint8Array): Promise<void> => {
    if (out === undefined && threaded()) out = wholeWrites(process.stdout);
    return out ? out.write(output) : write(process.stdout, output);
  };
  const made = new Set<string>();
  // Why not stop: like a file that cannot be read, one output that cannot be written fails alone.
  const toFile = async (file: InputFile, path: string, output: string): Promise<void> => {
    try {
      const dir = dirname(path);
      if (!made.has(dir)) await makeDirectory(dir);
      made.add(dir);
      await writeWholeFile(path, output);
      if (file.path !== '-') await notes?.add(path, file.path, Buffer.byteLength(output));
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      recordFailure(pass, `${file.name}: ${code === undefined ? message : `cannot write ${path} (${code})`}`);
    }
  };
  try {
    if (args.jsonl) await passJsonl(files, 'clean-lines', pass, toStdout);
    else {
      await passDocs(files, 'clean-docs', pass, async (file, output, index) => {
        const path = outPaths?.get(file);
        if (path !== undefined) await toFile(file, path, output);
        else await toStdout(named ? labelOutput(file, output, index, args.format, args.outField) : output);
      });
    }
  } finally {
    out?.release();
    status.stop();
    await pool.close();
    await notes?.close();
  }
  const several = files.length + inputs.unreadable.length > 1;
  if (!args.quiet && (args.jsonl || several)) status.message(summary(tally, 'cleaned'));
  return tally.failed > 0 ? 1 : 0;
}

/**
 * The site profiles the run cleans with: those `--profiles` reads (for plain files, the one they are cleaned with,
 * {@link profileForFiles}), joined with those `--learn` learns from the inputs first.
 */
async function runProfiles(
  args: CleanArgs,
  files: readonly InputFile[],
  status: StatusLine,
): Promise<ProfileSet | undefined> {
  let profiles: ProfileSet | undefined;
  if (args.profiles !== undefined) {
    profiles = await loadProfiles(args.profiles);
    if (!args.jsonl) profiles = profileForFiles(profiles, args.site, args.profiles);
  }
  if (!args.learn) return profiles;
  // Why not one found in a folder: it has no size only when it cannot be looked at (a broken link); it is
  // reported as unreadable, as in any run, not refused as a pipe.
  const pipe = files.find((f) => f.size === undefined && !f.inFolder);
  if (pipe) throw new UsageError(`--learn reads its input twice, and ${pipe.name} is not a regular file`);
  const learned = await learnProfiles({ ...args, files }, status, newTally(status.clock), false);
  return profiles ? mergeProfileSets(profiles, learned) : learned;
}

/** What each worker needs to clean a document as `args` say; `named` when each output is labelled with its file. */
function workConfig(args: CleanArgs, profiles: ProfileSet | undefined, named: boolean): WorkConfig {
  return {
    format: args.format,
    explain: args.explain,
    // Why not with --out-dir: the listing goes into files then, which a terminal at standard output never shows.
    color: args.outDir === undefined && colorFor(process.stdout),
    field: args.field,
    outField: args.outField,
    mode: args.mode,
    lang: args.lang,
    profiles,
    grouping: args.grouping,
    urlField: args.urlField,
    url: args.url,
    oneLine: named,
  };
}

/**
 * Refuses a first input that is missing and reads as a command word (`dechaff clean page.txt`, `dechaff lern`),
 * saying that cleaning takes none and naming the one command there is.
 */
function refuseMistypedCommand(first: string | undefined): void {
  // Why: `dechaff --quiet clean page.txt` said only "no such file: clean", which leaves one to guess why.
  // Why lstat: a link in a loop or a broken one is there, and is reported for what it is (ELOOP, no such file).
  if (first === undefined || !/^[a-z]+$/.test(first) || lstatSync(first, { throwIfNoEntry: false })) return;
  throw new UsageError(`no such file or command: ${first}; cleaning takes no command word, and the one is 'learn'`);
}

/**
 * Whether `dir` is one of `folders` (real paths) or inside one: its outputs are found when they are read, so
 * they are listed in {@link OUTPUT_NOTES} to be told from pages.
 */
async function insideAny(dir: string, folders: readonly string[]): Promise<boolean> {
  const real = await realpath(dir);
  return folders.some((folder) => real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep));
}

/**
 * Where each input's output goes under `--out-dir` (its relative path with the format's extension), and makes
 * that folder. Refuses, before any work, two inputs written to one path, an output that would overwrite its own
 * input (`dechaff -o pages pages` with text output writes `.txt` over `.txt`) and an `--out-dir` that cannot be
 * made, and an output that would overwrite a file the run reads otherwise (`kept`: the `--profiles` file). Leaves
 * out a file found in an input folder that another input's output overwrites: it is this run's output from an
 * earlier run, not a page.
 */
async function planOutputs(
  files: readonly InputFile[],
  outDir: string,
  format: Format,
  kept: readonly NotAnInput[],
): Promise<Map<InputFile, string>> {
  const planned = files.map((file) => {
    const ext = extname(file.rel);
    return { file, path: join(outDir, `${ext ? file.rel.slice(0, -ext.length) : file.rel}${EXTENSIONS[format]}`) };
  });
  // Why real paths: an output overwrites what its path leads to; the catch: a path with nothing there yet, or
  // a broken link in an input folder (listed, to be reported when it fails to read), overwrites no input.
  const realOf = async (path: string): Promise<string | undefined> => realpath(path).catch(() => undefined);
  const targets = await Promise.all(planned.map(({ path }) => realOf(path)));
  const sources = await Promise.all(planned.map(({ file }) => (file.path === '-' ? undefined : realOf(file.path))));
  // Why: `dechaff -f json --profiles clean/site.json -o clean pages/` wrote pages/site.txt's article over the profiles.
  const keptPaths = await Promise.all(kept.map(async (f) => (f.path === '-' ? undefined : await realOf(f.path))));
  const paths = new Map<InputFile, string>();
  const taken = new Map<string, string>();
  for (const [i, { file, path }] of planned.entries()) {
    const source = sources[i];
    // Why: `dechaff -f markdown -o pages pages` run again finds its a.md next to a.txt, which writes it.
    if (file.inFolder && source !== undefined && targets.some((t, j) => j !== i && t === source)) continue;
    if (source !== undefined && targets[i] === source) {
      throw new UsageError(`${file.name} would be overwritten by its own output; choose another --out-dir`);
    }
    const keep = kept.find((_, j) => keptPaths[j] !== undefined && keptPaths[j] === targets[i]);
    if (keep !== undefined) {
      throw new UsageError(`${file.name} would be written over ${keep.path}, ${keep.role}; choose another --out-dir`);
    }
    const other = taken.get(path);
    if (other !== undefined) throw new UsageError(`${other} and ${file.name} would both be written to ${path}`);
    taken.set(path, file.name);
    paths.set(file, path);
  }
  await makeDirectory(outDir).catch((error: Error) => {
    throw new UsageError(`--out-dir: ${error.message}`);
  });
  return paths;
}
