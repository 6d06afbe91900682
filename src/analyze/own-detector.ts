import { DetectorError, InvalidOptionError } from '../errors.js';
import { isRecord } from '../is-record.js';
import { quoteValue } from '../quote-value.js';
import type { Line } from '../segment/segment.js';
import type { DetectContext, Detector, Verdict } from '../types.js';
import { checkedVerdict } from './checked-verdict.js';

/**
 * What a caller's own detector says of a line, its verdict's fields read once and checked ({@link checkedVerdict}).
 * Throws {@link DetectorError} when the detector throws (or a getter of its verdict does), with what it threw as
 * `cause`, and {@link InvalidOptionError} when it answers with a promise. Why: an exception of a caller's detector came
 * out of `clean()` as it was, with no word of which detector or line, untyped among the library's own errors.
 * @example askOwnDetector(printButton, line, ctx) // { kind: 'share', reason: 'print button' } or undefined
 */
export function askOwnDetector(detector: Detector, line: Line, ctx: DetectContext): Verdict | undefined {
  let answer: unknown;
  let promised = false;
  try {
    const given: unknown = detector.detect(line, ctx);
    promised = isRecord(given) && typeof given.then === 'function';
    // Why each field read once: a getter read again later could give what was never checked.
    answer = isRecord(given)
      ? { kind: given.kind, reason: given.reason, barrier: given.barrier, closes: given.closes }
      : given;
  } catch (error) {
    throw new DetectorError(detector.id, line.text, error);
  }
  if (promised) {
    const message = `detectors: ${quoteValue(detector.id)} answered with a promise; detect() must answer at once`;
    throw new InvalidOptionError(message, 'detectors', detector);
  }
  return answer ? checkedVerdict(answer, detector, line) : undefined;
}
