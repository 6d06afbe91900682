import { isPlainObject } from './is-plain-object.js';
import { quoteValue } from './quote-value.js';

/** Base class of every error dechaff throws on purpose; `code` tells them apart without `instanceof`. */
export class DechaffError extends Error {
  /** A stable, machine-readable code. */
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DechaffError';
    this.code = code;
  }
}

/** A function was given an input of the wrong type: `clean()` a non-string, `learnProfile()` a non-string page, `mergeProfiles()` no profile. */
export class InvalidInputError extends DechaffError {
  /**
   * @param received What was given instead ("null", "number", …).
   * @param expected What the function expects, naming it.
   */
  constructor(received: string, expected = 'clean() expects a string') {
    super('ERR_INVALID_INPUT', `${expected}, received ${received}`);
    this.name = 'InvalidInputError';
  }
}

/** The input is longer than `maxInputLength`; split it, or raise the limit. */
export class InputTooLargeError extends DechaffError {
  /** The input's length in UTF-16 code units. */
  readonly length: number;
  /** The limit in force. */
  readonly limit: number;
  constructor(length: number, limit: number) {
    super('ERR_INPUT_TOO_LARGE', `input is ${length} characters, over the limit of ${limit} (options.maxInputLength)`);
    this.name = 'InputTooLargeError';
    this.length = length;
    this.limit = limit;
  }
}

/**
 * An option has a value outside its documented range, or is no option. The message quotes a value only in part
 * (a string cut after 60 characters, its control characters escaped); `value` holds it whole.
 */
export class InvalidOptionError extends DechaffError {
  /** The option at fault (`'lang'`, `'profileThresholds'`, a misspelt name), or undefined when the options are no object. */
  readonly option: string | undefined;
  /** What was given for it, in full. */
  readonly value: unknown;
  /**
   * @param message What is wrong, quoting the value with `quoteValue`.
   * @param option The option at fault.
   * @param value What was given for it.
   * @param options Its `cause`: what was thrown while reading the option, when reading it threw.
   */
  constructor(message: string, option?: string, value?: unknown, options?: ErrorOptions) {
    super('ERR_INVALID_OPTION', message, options);
    this.name = 'InvalidOptionError';
    this.option = option;
    this.value = value;
  }
}

/**
 * A detector of the caller's own (`options.detectors`) threw while asked about a line; `cause` is what it threw, and
 * the message names the detector and quotes the line and the error's message in part.
 */
export class DetectorError extends DechaffError {
  /** The `id` of the detector that threw. */
  readonly detector: string;
  /**
   * @param detector The detector's `id`.
   * @param line The text of the line it was asked about.
   * @param cause What it threw.
   */
  constructor(detector: string, line: string, cause: unknown) {
    const what = thrownText(cause);
    super('ERR_DETECTOR', `detectors: ${quoteValue(detector)} threw on the line ${quoteValue(line)} (${what})`, {
      cause,
    });
    this.name = 'DetectorError';
    this.detector = detector;
  }
}

/**
 * The name of a value's type for an error message: "null", "an array", bytes or a String object with what to do
 * instead, an object that is no plain object by its class, or its `typeof`. Never throws (a revoked Proxy is an
 * "object"). Why the bytes and the String object: `clean(buffer)` and `clean(new String(text))` said only "received
 * object", though both hold the text and each wants one call to give it; why the class: options given as a `Map`
 * were refused as "got object", which reads as what was asked for.
 * @example typeName(new TextEncoder().encode('a')) // "bytes (Uint8Array); decode them to a string first"
 * @example typeName(new Map()) // "an object of class Map"
 */
export function typeName(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      const name = String(value.constructor?.name ?? 'buffer');
      return `bytes (${name}); decode them to a string first`;
    }
    if (value instanceof String) return 'a String object; give its string (String(value))';
    if (typeof value === 'object' && !isPlainObject(value)) return `an object ${classOf(value)}`;
  } catch {
    // A Proxy whose traps throw is named by its typeof.
  }
  return typeof value;
}

/** "of class Map" for an object made by a named class, else "with a prototype of its own" (`Object.create(base)`). */
function classOf(value: object): string {
  const prototype = Object.getPrototypeOf(value) as object;
  const made = Object.hasOwn(prototype, 'constructor')
    ? (prototype as { constructor: unknown }).constructor
    : undefined;
  const name = typeof made === 'function' ? made.name : undefined;
  // Why the shape: a class's `name` may be anything a static getter gives, and a message stays short and one line.
  return typeof name === 'string' && CLASS_NAME.test(name) ? `of class ${name}` : 'with a prototype of its own';
}

const CLASS_NAME = /^[\p{L}_$][\p{L}\p{N}_$]{0,59}$/u;

/**
 * What a caller's code threw, as an error message quotes it: an error's name and its message in part, anything else
 * as {@link quoteValue} quotes a value. Never throws: an error whose `message` getter throws is named as such.
 * @example thrownText(new RangeError('no mode')) // "RangeError: 'no mode'"
 */
export function thrownText(thrown: unknown): string {
  try {
    return thrown instanceof Error ? `${String(thrown.name)}: ${quoteValue(thrown.message)}` : quoteValue(thrown);
  } catch {
    return 'an error that cannot be read';
  }
}
