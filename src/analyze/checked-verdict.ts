import { InvalidOptionError, typeName } from '../errors.js';
import { isRecord } from '../is-record.js';
import { quoteValue } from '../quote-value.js';
import type { Line } from '../segment/segment.js';
import { type Detector, isLineRemovalKind, LINE_REMOVAL_KINDS, type Verdict } from '../types.js';

/**
 * A caller's detector's verdict, once it has a verdict's shape: an object with a `kind` a whole line is removed as
 * (not `affix`, which is a piece of a line the article shows in part), a string `reason`, and `barrier` and `closes`
 * true, false or left out. Throws {@link InvalidOptionError} naming the detector and the line otherwise. Why: any
 * truthy value was taken for a verdict, and its fields went into `article.removed` as given, so a misspelt kind, an
 * `affix` or a missing reason broke the article's contract with no word of where it came from.
 * @example checkedVerdict({ kind: 'nav', reason: 'print button' }, printButton, line) // the verdict
 */
export function checkedVerdict(given: unknown, detector: Detector, line: Line): Verdict {
  const problem = verdictProblem(given);
  if (problem === undefined) return given as Verdict;
  const message = `detectors: ${quoteValue(detector.id)} gave a verdict on ${quoteValue(line.text)} that ${problem}`;
  throw new InvalidOptionError(message, 'detectors', given);
}

/** What is wrong with a verdict, or undefined when nothing is. */
function verdictProblem(given: unknown): string | undefined {
  if (!isRecord(given)) return `is no object but ${typeName(given)}`;
  const { kind, reason, barrier, closes } = given;
  if (!isLineRemovalKind(kind)) {
    const what = kind === 'affix' ? 'a piece of a line shown in part, not a line' : 'no removal kind of a line';
    return `has kind ${quoteValue(kind)}, ${what} (have: ${LINE_REMOVAL_KINDS.join(', ')})`;
  }
  if (typeof reason !== 'string') return `has a reason that is no string but ${typeName(reason)}`;
  if (barrier !== undefined && typeof barrier !== 'boolean')
    return `has a barrier that is no boolean but ${typeName(barrier)}`;
  if (closes !== undefined && typeof closes !== 'boolean')
    return `has closes that is no boolean but ${typeName(closes)}`;
  return undefined;
}
