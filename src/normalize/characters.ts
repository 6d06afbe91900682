/**
 * Character-level normalization rules: what each odd character of scraped text becomes.
 * One table so the normalizer and its tests agree on it.
 */

/** Characters that read as a plain space: no-break, en/em/thin spaces, tabs, ideographic space. */
export const SPACE_LIKE =
  '\t\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000';

/** Characters that are dropped: zero-width marks, BOM, soft hyphen, C0/C1 controls other than newline. */
export const DROPPED =
  '\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF';

/**
 * Characters that end a line: form feed and the Unicode line/paragraph separators; also a lone carriage return
 * that an entity spelled (`&#13;`), which the input's own CR/CRLF rule does not see.
 */
export const LINE_BREAKS = '\r\u000C\u0085\u2028\u2029';

const SPACE_SET = new Set(SPACE_LIKE);
const LINE_BREAK_SET = new Set(LINE_BREAKS);

/**
 * What one input character becomes: `' '`, `'\n'`, `''` (dropped), U+FFFD for a lone surrogate, or itself.
 * @example normalizeChar('\u00A0') // ' '
 */
export function normalizeChar(ch: string): string {
  if (SPACE_SET.has(ch)) return ' ';
  if (LINE_BREAK_SET.has(ch)) return '\n';
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
  return DROPPED_TEST.test(ch) ? '' : ch;
}

const DROPPED_TEST = new RegExp(`^[${DROPPED}]$`);
