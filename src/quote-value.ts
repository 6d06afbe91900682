/** How many characters of a string an error message quotes; the rest is counted, not shown. */
export const QUOTED_MAX_CHARS = 60;

/**
 * A value a caller gave, as an error message quotes it: a string in single quotes with its control, format and
 * separator characters, lone surrogates, quotes and backslashes escaped, cut after {@link QUOTED_MAX_CHARS}
 * characters with its length said; a number, boolean, bigint or symbol as written (a bigint's or symbol's text cut
 * alike); anything else by its type. Never throws. Why: messages quoted a value whole, so a 1 MB `lang` put 1 MB into
 * the message, a newline broke the line it is printed on, and an object without a prototype (no `toString`) threw a
 * TypeError instead of the error meant. The full value stays on the error (`InvalidOptionError.value`).
 * @example quoteValue('de\nAT') // "'de\\nAT'"
 * @example quoteValue('x'.repeat(100)) // "'xxx…' (100 characters, the first 60 shown)" (60 x)
 */
export function quoteValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `'${escaped(value.slice(0, QUOTED_MAX_CHARS))}${cutNote(value)}`;
    case 'bigint':
      return `${cut(String(value))}n`;
    case 'symbol':
      return `Symbol(${cut(value.description ?? '')})`;
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** `'` after a string shown whole; `…'` and its length after one cut. */
function cutNote(value: string): string {
  return value.length <= QUOTED_MAX_CHARS
    ? "'"
    : `…' (${value.length} characters, the first ${QUOTED_MAX_CHARS} shown)`;
}

/** A text cut after {@link QUOTED_MAX_CHARS} characters and escaped, with `…` where it was cut. */
function cut(text: string): string {
  return escaped(text.slice(0, QUOTED_MAX_CHARS)) + (text.length > QUOTED_MAX_CHARS ? '…' : '');
}

// Control and format characters (an escape sequence, a bidi override), line and paragraph separators, lone
// surrogates (a cut may leave one; `u` reads a pair as one character), a quote and a backslash.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}'\\]/gu;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', "'": "\\'", '\\': '\\\\' };

/** The text with every {@link UNSAFE} character written as an escape. */
function escaped(text: string): string {
  return text.replace(UNSAFE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
