/** Base class of every error dechaff throws on purpose; `code` tells them apart without `instanceof`. */
export class DechaffError extends Error {
  /** A stable, machine-readable code. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
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

/** An option has a value outside its documented range. */
export class InvalidOptionError extends DechaffError {
  constructor(message: string) {
    super('ERR_INVALID_OPTION', message);
    this.name = 'InvalidOptionError';
  }
}

/** The name of a value's type for an error message: "null", "an array" or its `typeof`. */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
