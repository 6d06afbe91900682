import { DEFAULT_DETECTORS } from '../detectors/index.js';
import { MEMO_MAX_CHARS } from '../line-memo.js';
import { mapPacked } from '../map-packed.js';
import type { Line } from '../segment/segment.js';
import type { DetectContext, Detector, RemovalKind, Verdict } from '../types.js';
import { duplicateOf } from './duplicates.js';
import { ownContext } from './own-context.js';
import { askOwnDetector } from './own-detector.js';

/**
 * The detectors whose verdict on a line depends only on its `rawText` (the text itself and every feature segment
 * and repair derive from it) and on the context's pack and settings: never on the line's position, its blank
 * line before or its neighbours. A detector that starts reading more must leave this set.
 */
const LINE_LOCAL: ReadonlySet<Detector> = new Set(DEFAULT_DETECTORS);
const isLineLocal = (detector: Detector): boolean => LINE_LOCAL.has(detector);

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
  // Why a memo: menus, share bars and footers repeat their lines through a page (a fifth of the lines of the
  // dev pages). Detectors that read only what a line's text determines give a repeated line the verdict they
  // gave it before, so they are asked once per distinct line; a caller's own detector may read the line's
  // neighbours, and then every line is asked. Only short lines are looked up (MEMO_MAX_CHARS): looking up every
  // paragraph hashed each whole (the memo's get and set were 1.1 % of a CPU profile of clean() on the dev pages).
  const builtIn = detectors.every(isLineLocal);
  // Why: a caller's detector that wrote to a line (`line.start = …`) moved the offsets of its removal off the input,
  // unsaid; frozen, the write throws in strict code (a DetectorError) and does nothing in sloppy code.
  if (!builtIn) freezeLines(lines);
  // Why: the pack and thresholds serve later calls too; a caller's detector is shown read-only views of them.
  const shown = builtIn ? ctx : ownContext(ctx);
  const memo = builtIn ? new Map<string, Verdict | null>() : undefined;
  // Why: a line repeated across a removed line or a figure is repeated right after itself in the article's text, and
  // cleaning that text again removes it (a heading over a photo and again under it, test/properties.test.ts).
  let above = -1;
  return mapPacked(lines, (line, i) => {
    const seen = line.rawText.length <= MEMO_MAX_CHARS ? memo : undefined;
    let verdict = seen?.get(line.rawText);
    if (verdict === undefined) {
      verdict = null;
      for (const detector of detectors) {
        // Why only a caller's is checked: the built-in detectors' verdicts are checked by their tests, and this is a
        // hot loop.
        const given =
          builtIn || isLineLocal(detector) ? detector.detect(line, ctx) : askOwnDetector(detector, line, shown);
        if (given) {
          verdict = inOneShape(given);
          break;
        }
      }
      seen?.set(line.rawText, verdict);
    }
    const found = verdict ?? duplicateOf(lines, i, ctx.settings.captionSimilarity, above);
    const kept = found && keep[found.kind] ? undefined : found;
    if (kept === undefined && line.credit === undefined) above = i;
    return kept;
  });
}

/**
 * The verdict rebuilt as a literal of one of two shapes, with or without the wall fields. Why: the detectors build
 * their verdicts in more shapes (optional fields, spreads), and the many loads of `kind` and `barrier` in later
 * stages went megamorphic in V8, which costs a lookup in a global cache each.
 */
function inOneShape(verdict: Verdict): Verdict {
  const { kind, reason, barrier, closes } = verdict;
  return barrier === undefined && closes === undefined
    ? { kind, reason }
    : { kind, reason, barrier: barrier === true, closes: closes === true };
}

/** Freezes each line and the list of them, so that no detector can change what later stages read. */
function freezeLines(lines: readonly Line[]): void {
  for (const line of lines) Object.freeze(line);
  Object.freeze(lines);
}
