/**
 * Text made safe to print on a terminal as part of one line: control characters (a newline in a file name, the
 * bytes of a binary or broken line quoted by a JSON parse error, an escape sequence in scraped text) are written
 * as escapes, the way JSON writes them, instead of breaking the line or acting on the terminal.
 * @example printable('a\nb\x1b[2J') // 'a\\nb\\u001b[2J'
 */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
