/**
 * `clean()`'s stages, run one by one so the speed benchmark can time each. Mirrors `src/clean.ts` step for
 * step; `runStages(input).text` must equal `clean(input).text` (the benchmark checks it on every input).
 */
import { detect } from '../../src/analyze/detect.js';
import { findExtent, scoreLine } from '../../src/analyze/extent.js';
import { detectLanguage } from '../../src/lang/detect-language.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { normalize } from '../../src/normalize/normalize.js';
import { resolveOptions } from '../../src/options.js';
import { creditPatternsFor } from '../../src/repair/caption-credit.js';
import { repair } from '../../src/repair/repair.js';
import { segment } from '../../src/segment/segment.js';
import { structure } from '../../src/structure/assemble.js';

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
  const opts = resolveOptions();
  let t = performance.now();
  const lap = (stage: number): void => {
    const now = performance.now();
    if (elapsed) elapsed[stage] = (elapsed[stage] ?? 0) + (now - t);
    after?.(stage);
    t = performance.now();
  };
  const normalized = normalize(input);
  lap(0);
  const segmented = segment(normalized.text);
  const detected = detectLanguage(segmented, opts.packs);
  const lang = compiledPackFor(detected.pack);
  lap(1);
  const lines = repair(segmented, creditPatternsFor(lang));
  lap(2);
  const verdicts = detect(lines, { lines, lang, settings: opts.settings }, opts.detectors, opts.keep);
  const stopwords = detected.pack ? lang.stopwords : null;
  const extent = findExtent(lines.map((line, i) => scoreLine(line, verdicts[i], stopwords, opts.settings).score));
  lap(3);
  const article = structure({ lines, verdicts, extent, lang, script: detected.script });
  lap(4);
  const removed = article.removed.map(({ index }) => {
    const line = lines[index];
    const start = normalized.origin[line?.start ?? 0] ?? 0;
    const end = Math.max(start, normalized.origin[line?.end ?? 0] ?? start);
    return input.slice(start, end);
  });
  lap(5);
  return { text: article.text, removed: removed.length };
}
