/**
 * `clean()`'s stages timed one by one, on the real code path (`runStages` in src/clean.ts calls back after
 * each stage), so the speed benchmark shows where the time goes.
 */
import { runStages as run } from '../../src/clean.js';
import { resolveOptions } from '../../src/options.js';

/** The stages in pipeline order, as the benchmark names them. */
export const STAGE_NAMES = ['normalize', 'segment+language', 'repair', 'detect+extent', 'structure', 'render'] as const;

/** What a stage-by-stage run keeps alive, in the order `clean()` creates it. */
export interface StageOutputs {
  readonly text: string;
  readonly removed: number;
}

/**
 * Runs the stages of `clean()` on `input` with default options, adding each stage's wall time (ms) to
 * `elapsed[stage]`. `after` is called between stages with everything still alive (for heap sampling).
 */
export function runStages(input: string, elapsed?: Float64Array, after?: (stage: number) => void): StageOutputs {
  let t = performance.now();
  const article = run(input, resolveOptions(), (stage) => {
    const now = performance.now();
    if (elapsed) elapsed[stage] = (elapsed[stage] ?? 0) + (now - t);
    after?.(stage);
    t = performance.now();
  });
  return { text: article.text, removed: article.removed.length };
}
