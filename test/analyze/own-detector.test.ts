import { describe, expect, it } from 'vitest';
import { askOwnDetector } from '../../src/analyze/own-detector.js';
import { clean } from '../../src/clean.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { DechaffError, DetectorError, InvalidOptionError } from '../../src/errors.js';
import type { Detector } from '../../src/types.js';
import { docOf, expectWellFormedRemovals, thrownBy } from '../helpers.js';

const PAGE = [
  'Council Approves the New Bridge',
  'Print',
  'The city council voted on Tuesday to fund the new bridge over the river, ending a decade of debate.',
  'Work is to start in the spring and take two years, the mayor said after the vote.',
].join('\n\n');
const onPrint = (answer: () => unknown): Detector => ({
  id: 'print-button',
  detect: (line) => (line.text === 'Print' ? (answer() as never) : undefined),
});

describe('askOwnDetector', () => {
  it('gives the verdict of a detector that answers, rebuilt from its fields read once', () => {
    const { line, ctx } = docOf('Print');
    let reads = 0;
    const verdict = {
      get kind() {
        reads++;
        return 'share';
      },
      reason: 'print button',
    };
    expect(
      askOwnDetector(
        onPrint(() => verdict),
        line,
        ctx,
      ),
    ).toEqual({ kind: 'share', reason: 'print button' });
    expect(reads).toBe(1);
    expect(
      askOwnDetector(
        onPrint(() => undefined),
        line,
        ctx,
      ),
    ).toBeUndefined();
  });

  it('wraps what a detector throws in a DetectorError naming it and the line, the original as its cause', () => {
    const { line, ctx } = docOf('Print');
    const boom = new RangeError('index out of range');
    const error = thrownBy<DetectorError>(() =>
      askOwnDetector(
        onPrint(() => {
          throw boom;
        }),
        line,
        ctx,
      ),
    );
    expect(error).toBeInstanceOf(DetectorError);
    expect(error).toBeInstanceOf(DechaffError);
    expect([error.code, error.detector, error.cause]).toEqual(['ERR_DETECTOR', 'print-button', boom]);
    expect(error.message).toBe(
      "detectors: 'print-button' threw on the line 'Print' (RangeError: 'index out of range')",
    );
  });

  it('wraps a throw that is no Error, and a getter of the verdict that throws', () => {
    const { line, ctx } = docOf('Print');
    const thrown = thrownBy<DetectorError>(() =>
      askOwnDetector(
        onPrint(() => {
          throw 'x'.repeat(100_000);
        }),
        line,
        ctx,
      ),
    );
    expect(thrown).toBeInstanceOf(DetectorError);
    expect(thrown.message.length).toBeLessThan(300);
    const getter = {
      get kind(): string {
        throw new Error('no kind');
      },
    };
    expect(() =>
      askOwnDetector(
        onPrint(() => getter),
        line,
        ctx,
      ),
    ).toThrow(DetectorError);
  });

  it('refuses a promise: detect() answers at once', () => {
    const { line, ctx } = docOf('Print');
    expect(() =>
      askOwnDetector(
        onPrint(async () => ({ kind: 'share', reason: 'x' })),
        line,
        ctx,
      ),
    ).toThrow(/^detectors: 'print-button' answered with a promise; detect\(\) must answer at once$/);
    expect(() =>
      askOwnDetector(
        onPrint(() => Promise.resolve(undefined)),
        line,
        ctx,
      ),
    ).toThrow(InvalidOptionError);
  });
});

describe('clean with a detector of the caller’s own', () => {
  it('throws a DetectorError when the detector throws, beside the built-in ones or alone', () => {
    const broken = onPrint(() => {
      throw new TypeError('cannot read x');
    });
    expect(() => clean(PAGE, { detectors: [broken] })).toThrow(DetectorError);
    expect(() => clean(PAGE, { detectors: [broken, ...DEFAULT_DETECTORS] })).toThrow(DetectorError);
  });

  it('removes the whole line whatever offsets or text a verdict carries besides its kind and reason', () => {
    const odd = onPrint(() => ({ kind: 'share', reason: 'print button', start: Number.NaN, end: -5, text: 'zzz' }));
    const article = clean(PAGE, { detectors: [odd, ...DEFAULT_DETECTORS] });
    expectWellFormedRemovals(PAGE, article);
    expect(article.removed).toContainEqual({
      kind: 'share',
      reason: 'print button',
      text: 'Print',
      start: PAGE.indexOf('Print'),
      end: PAGE.indexOf('Print') + 5,
    });
  });

  it('keeps a detector from moving a line’s offsets: the write throws, as a DetectorError', () => {
    const mover: Detector = {
      id: 'mover',
      detect: (line) => {
        (line as { start: number }).start = -5;
        return undefined;
      },
    };
    const error = thrownBy<DetectorError>(() => clean(PAGE, { detectors: [mover] }));
    expect(error).toBeInstanceOf(DetectorError);
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
