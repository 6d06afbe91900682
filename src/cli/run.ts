import { counted, formatBytes, formatDuration } from './amounts.js';
import { type DocBatch, docBatches, type JsonlBatch, jsonlBatches } from './batches.js';
import type { InputFile, UnreadableFolder } from './input.js';
import { lazyRunner } from './lazy-runner.js';
import { byDocumentSize } from './lone-document.js';
import { runInOrder } from './ordered.js';
import { type TaskRunner, WorkerPool } from './pool.js';
import { printable } from './printable.js';
import type { StatusLine } from './progress.js';
import { createWork, type Task, type TaskResult, type WorkConfig } from './work.js';
import type { WorkClock } from './work-clock.js';

/** The worker script, built next to the command's own file. */
const WORKER_SCRIPT = new URL('./cli-worker.js', import.meta.url);

/**
 * Up to `requested` worker threads for the inputs, no more than there are documents, started at the first task (an
 * input with no work starts none). A lone document is cleaned on this thread unless it is over a megabyte
 * ({@link byDocumentSize}), which costs less than a thread costs to start. `threaded` says whether threads were
 * started, which leaves this thread free to answer a signal at once.
 */
export function startWorkers(
  requested: number,
  files: readonly InputFile[],
  jsonl: boolean,
  config: WorkConfig,
): { pool: TaskRunner<Task, TaskResult>; workers: number; threaded: () => boolean } {
  const workers = jsonl ? requested : Math.min(requested, files.length);
  const threads = lazyRunner(() => new WorkerPool<Task, TaskResult>(WORKER_SCRIPT, workers, config));
  const threaded = (): boolean => threads.started;
  if (jsonl || files.length > 1) return { pool: threads, workers, threaded };
  const work = createWork(config);
  const inline = {
    run: async (task: Task) => work(task),
    runOnEach: async (task: Task) => [work(task)],
    close: async () => undefined,
  };
  return { pool: byDocumentSize(inline, threads), workers, threaded };
}

/** Batches under way per worker: two sent ahead to it and one waiting, so no worker idles. */
const IN_FLIGHT_PER_WORKER = 3;

/** Counts of a run, for the progress line and the summary. */
export interface Tally {
  /** Records read (JSONL lines that are not blank, or files). */
  read: number;
  failed: number;
  bytes: number;
  /** What the run's time is measured on: the time worked, without the time stopped (Ctrl-Z). */
  readonly clock: WorkClock;
  /** When the run started, on {@link clock}. */
  readonly started: number;
}

/** A new, empty {@link Tally}, its time measured on `clock` from now. */
export const newTally = (clock: WorkClock): Tally => ({ read: 0, failed: 0, bytes: 0, clock, started: clock.now() });

/** How one pass over the inputs runs. */
export interface Pass {
  readonly pool: TaskRunner<Task, TaskResult>;
  readonly workers: number;
  readonly status: StatusLine;
  readonly tally: Tally;
  /** The progress line's label. */
  readonly label: string;
  /** Report each failed record on standard error (the first pass of `--learn` leaves that to the second). */
  readonly report: boolean;
}

/**
 * Sends the JSONL inputs through the workers with `kind` and hands each batch's output lines, in input
 * order, to `write`; failures are reported as `file:line: reason` (a read error at the line it stopped).
 */
export async function passJsonl(
  files: readonly InputFile[],
  kind: 'clean-lines' | 'learn-lines',
  pass: Pass,
  write?: (bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  const total = totalBytes(files);
  await runInOrder(
    jsonlBatches(files),
    (batch) =>
      batch.error === undefined
        ? pass.pool.run({ kind, data: batch.data })
        : Promise.resolve({ outputs: [], failures: [{ index: 0, reason: batch.error }], records: 1 }),
    async (batch: JsonlBatch, result) => {
      if (write && result.lines && result.lines.length > 0) await write(result.lines);
      for (const f of result.failures)
        recordFailure(pass, `${batch.file.name}:${batch.firstLine + f.index}: ${f.reason}`);
      tallied(pass, result.records, batch.bytes, total);
    },
    pass.workers * IN_FLIGHT_PER_WORKER,
  );
}

/**
 * Sends whole documents through the workers with `kind`; `deliver` gets each one's output in input order, with
 * how many were delivered before it (a failed document is reported, not delivered).
 */
export async function passDocs(
  files: readonly InputFile[],
  kind: 'clean-docs' | 'learn-docs',
  pass: Pass,
  deliver?: (file: InputFile, output: string, index: number) => Promise<void>,
): Promise<void> {
  const total = totalBytes(files);
  let index = 0;
  await runInOrder(
    docBatches(files),
    (batch) => pass.pool.run({ kind, items: batch.texts }),
    async (batch: DocBatch, result) => {
      const reasons = new Map(result.failures.map((f) => [f.index, f.reason]));
      for (const [i, file] of batch.files.entries()) {
        const reason = batch.errors[i] ?? reasons.get(i);
        const output = result.outputs[i];
        if (reason !== undefined) recordFailure(pass, `${file.name}: ${reason}`);
        else if (deliver && typeof output === 'string') await deliver(file, output, index++);
      }
      tallied(pass, result.records, batch.bytes, total);
    },
    pass.workers * IN_FLIGHT_PER_WORKER,
  );
}

/**
 * Counts a record as failed and, unless the pass leaves that to another, says why on standard error, in one line
 * whatever control characters its name or the quoted input hold.
 */
export function recordFailure(pass: Pick<Pass, 'tally' | 'status' | 'report'>, message: string): void {
  pass.tally.failed++;
  if (pass.report) pass.status.message(`dechaff: ${printable(message)}`);
}

/**
 * Counts each folder found in an input folder that could not be read as an input read and failed, and says why
 * (`dechaff: pages/locked: cannot read (EACCES)`), as for a file there that cannot be read.
 */
export function recordUnreadable(status: StatusLine, tally: Tally, folders: readonly UnreadableFolder[]): void {
  for (const folder of folders) {
    tally.read++;
    recordFailure({ tally, status, report: true }, `${folder.path}: cannot read (${folder.code})`);
  }
}

function tallied(pass: Pass, records: number, bytes: number, totalBytes: number | undefined): void {
  const { tally } = pass;
  tally.read += records;
  tally.bytes += bytes;
  const elapsedMs = tally.clock.now() - tally.started;
  const { label, workers } = pass;
  pass.status.update({ label, records: tally.read, bytes: tally.bytes, totalBytes, elapsedMs, workers });
}

const totalBytes = (files: readonly InputFile[]): number | undefined =>
  files.every((f) => f.size !== undefined) ? files.reduce((n, f) => n + (f.size ?? 0), 0) : undefined;

/**
 * The summary line: what was read, done and failed, how much and how fast, over the time worked (the time the run
 * was stopped left out, as in the progress line's rate). Scripts may rely on what comes before the parenthesis
 * (the README shows it); the parenthesis is for people.
 * @example summary(tally, 'cleaned') // 'dechaff: 3 read, 2 cleaned, 1 failed (48.3 KB in 42 ms, 71 records/s)'
 */
export function summary(tally: Tally, done: string): string {
  const seconds = (tally.clock.now() - tally.started) / 1000;
  const ok = tally.read - tally.failed;
  const rate = tally.read / Math.max(seconds, 1e-3);
  // Why two digits under one a second: two pages learned in 4 s on a busy machine read "0 records/s".
  const perSecond = rate >= 1 || rate === 0 ? Math.round(rate) : Number(rate.toPrecision(2));
  return (
    `dechaff: ${tally.read} read, ${ok} ${done}, ${tally.failed} failed ` +
    `(${formatBytes(tally.bytes)} in ${formatDuration(seconds)}, ${counted(perSecond, 'record')}/s)`
  );
}
