import { counted } from './amounts.js';
import type { Grouping, LearnArgs } from './args.js';
import { expandInputs, type InputFile, requireInput } from './input.js';
import { printable } from './printable.js';
import { mergeProfileSets, type ProfileSet, profileSet } from './profile-set.js';
import type { StatusLine } from './progress.js';
import { newTally, passDocs, passJsonl, recordUnreadable, startWorkers, summary, type Tally } from './run.js';
import { UsageError } from './usage-error.js';
import { openWholeFile } from './whole-file.js';
import { wholeWrites } from './whole-writes.js';
import type { WorkConfig } from './work.js';

/** What a learning pass reads and how it groups pages into sites. */
export interface LearnPlan {
  readonly files: readonly InputFile[];
  readonly jsonl: boolean;
  readonly field: string;
  readonly grouping: Grouping;
  readonly workers: number;
}

/**
 * Learns one profile per site from the inputs, in parallel: each worker counts the pages it is given,
 * and the workers' profiles are merged at the end (merging is associative and commutative, so how the
 * pages were split between workers does not change the result).
 */
export async function learnProfiles(
  plan: LearnPlan,
  status: StatusLine,
  tally: Tally,
  report: boolean,
): Promise<ProfileSet> {
  const config: WorkConfig = {
    format: 'json',
    explain: false,
    color: false,
    field: plan.field,
    outField: '',
    mode: undefined,
    lang: undefined,
    profiles: undefined,
    grouping: plan.grouping,
    urlField: '',
    url: undefined,
    oneLine: false,
  };
  const { pool, workers } = startWorkers(plan.workers, plan.files, plan.jsonl, config);
  const pass = { pool, workers, status, tally, label: 'learning', report };
  try {
    if (plan.jsonl) await passJsonl(plan.files, 'learn-lines', pass);
    else await passDocs(plan.files, 'learn-docs', pass);
    const results = await pool.runOnEach({ kind: 'learned' });
    return results.reduce((all, r) => mergeProfileSets(all, r.profiles ?? profileSet([])), profileSet([]));
  } finally {
    status.stop();
    await pool.close();
  }
}

/** `dechaff learn`: writes the profiles of the inputs' sites as JSON; the exit status. */
export async function runLearn(args: LearnArgs, status: StatusLine): Promise<number> {
  const exclude = args.out === undefined ? [] : [{ path: args.out, role: 'written by this run' }];
  const inputs = await expandInputs(args.inputs, { exclude });
  const { files } = inputs;
  requireInput(inputs);
  // Why now: find out before an hour of learning, not after, that the profiles cannot be saved.
  const file =
    args.out === undefined
      ? undefined
      : await openWholeFile(args.out).catch((error: Error) => {
          throw new UsageError(`--out: ${error.message}`);
        });
  const tally = newTally(status.clock);
  recordUnreadable(status, tally, inputs.unreadable);
  let set: ProfileSet;
  try {
    set = await learnProfiles({ ...args, files }, status, tally, true);
  } catch (error) {
    await file?.discard();
    throw error;
  }
  // Why: a run whose every record failed, or that found no page, replaced the profiles learned before with none;
  // and to standard output (`dechaff learn < /dev/null`) it wrote a set of no profile and exited 0, quiet with -q.
  const unlearned = tally.read === tally.failed;
  const json = `${JSON.stringify(set)}\n`;
  if (unlearned) await file?.discard();
  else if (file === undefined) {
    // Why: stopped while a reader that lags takes the profiles, a run would leave it half of them.
    const out = wholeWrites(process.stdout);
    await out.write(json);
    out.release();
  } else await file.commit(json);
  if (!args.quiet) {
    status.message(`${summary(tally, 'learned')}; ${counted(Object.keys(set.sites).length, 'site profile')}`);
  }
  if (unlearned) {
    // Why: the note that an earlier file is kept read as a promise when there was none.
    const kept = file?.replaces ? ' (an earlier one is kept)' : '';
    const what = file === undefined ? 'no profiles written' : `${printable(args.out ?? '')} not written${kept}`;
    status.message(`dechaff: no page learned; ${what}`);
    return 1;
  }
  return tally.failed > 0 ? 1 : 0;
}
