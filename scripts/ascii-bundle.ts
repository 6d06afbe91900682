import type { Options } from 'tsup';

type Plugin = NonNullable<Options['plugins']>[number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One number of a source map's mappings, as a base-64 variable-length quantity. */
function encodeVlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** The numbers of one segment of a source map's mappings. */
function decodeVlqs(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Characters an escape adds: `\uXXXX` stands for one code unit. */
const ADDED = 5;

/**
 * `code` with every code unit beyond ASCII written as a `\uXXXX` escape, and the `mappings` of its source map with
 * each generated column moved past the escapes before it on its line.
 * @example escapeNonAscii('/[»›]/u', 'AAAA').code // '/[\\u00bb\\u203a]/u'
 */
export function escapeNonAscii(code: string, mappings: string): { code: string; mappings: string } {
  const lines = code.split('\n');
  const mapLines = mappings.split(';');
  const escaped = lines.map((line, l) => {
    if (!/[^\0-\x7f]/.test(line)) return line;
    const added = new Int32Array(line.length + 1);
    let out = '';
    for (let i = 0; i < line.length; i++) {
      const unit = line.charCodeAt(i);
      added[i + 1] = (added[i] as number) + (unit < 0x80 ? 0 : ADDED);
      out += unit < 0x80 ? line[i] : `\\u${unit.toString(16).padStart(4, '0')}`;
    }
    let column = 0;
    let moved = 0;
    mapLines[l] = (mapLines[l] ?? '')
      .split(',')
      .map((segment) => {
        if (segment === '') return segment;
        const [delta = 0, ...rest] = decodeVlqs(segment);
        column += delta;
        const to = column + (added[Math.min(column, line.length)] as number);
        const out = encodeVlq(to - moved) + rest.map(encodeVlq).join('');
        moved = to;
        return out;
      })
      .join(',');
    return out;
  });
  return { code: escaped.join('\n'), mappings: mapLines.join(';') };
}

/**
 * A tsup plugin that leaves every bundle ASCII. Why: esbuild escapes strings but leaves regular expression literals
 * and comments as written, and one character beyond ASCII makes Node decode the file as UTF-8 and V8 keep and scan
 * it as two-byte text: 29 M of the 340 M instructions the library's import cost (tools/first.mjs under valgrind).
 * An escape means the same character in a regular expression (with or without `u`; a surrogate pair's two escapes
 * are one code point), a string, a template and a comment; not in a `String.raw` template read as text, of which
 * the library has none (its raw templates are the sources of expressions). The chunk's source map is moved to match.
 */
export const asciiBundle: Plugin = {
  name: 'ascii-bundle',
  renderChunk(code, chunk) {
    if (!/[^\0-\x7f]/.test(code)) return undefined;
    const map = typeof chunk.map === 'string' ? JSON.parse(chunk.map) : chunk.map;
    const result = escapeNonAscii(code, map?.mappings ?? '');
    if (map) chunk.map = { ...map, mappings: result.mappings };
    return { code: result.code };
  },
};
