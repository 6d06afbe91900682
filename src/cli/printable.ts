/**
 * Text made safe to print on a terminal as part of one line: control and format characters (a newline in a file
 * name, the bytes of a binary or broken line quoted by a JSON parse error, an escape sequence in scraped text, a
 * right-to-left override), line separators and lone surrogates are written as escapes, the way JSON writes them,
 * instead of breaking the line or acting on the terminal.
 * @example printable('a\nb\x1b[2J') // 'a\\nb\\u001b[2J'
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Why more than control characters: a right-to-left override (`\u202e`, a format character) in a file name or a broken
// record turned the rest of the message around on the terminal, and a byte order mark or a line separator quoted by a
// parse error was invisible; a lone surrogate would be written as U+FFFD.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
