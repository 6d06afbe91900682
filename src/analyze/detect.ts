import type { Line } from '../segment/segment.js';
import type { DetectContext, Detector, RemovalKind, Verdict } from '../types.js';
import { duplicateOf } from './duplicates.js';

/**
 * Stage 4, line by line: asks each detector about each line (the first verdict wins), then adds the
 * document-level duplicates. Verdicts of kinds the caller keeps are dropped, so those lines stay text.
 */
export function detect(
  lines: readonly Line[],
  ctx: DetectContext,
  detectors: readonly Detector[],
  keep: Readonly<Partial<Record<RemovalKind, boolean>>>,
): (Verdict | undefined)[] {
  return lines.map((line, i) => {
    let verdict: Verdict | undefined;
    for (const detector of detectors) {
      verdict = detector.detect(line, ctx);
      if (verdict) break;
    }
    verdict ??= duplicateOf(lines, i, ctx.settings.captionSimilarity);
    return verdict && keep[verdict.kind] ? undefined : verdict;
  });
}
