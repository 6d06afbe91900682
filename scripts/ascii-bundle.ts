import { decode, encode } from '@jridgewell/sourcemap-codec';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['plugins']>[number];

/** Characters an escape adds: `\uXXXX` stands for one code unit. */
const ADDED = 5;

/**
 * `code` with every code unit beyond ASCII written as a `\uXXXX` escape, and the `mappings` of its source map with
 * each generated column moved past the escapes before it on its line.
 * @example escapeNonAscii('/[»›]/u', 'AAAA').code // '/[\\u00bb\\u203a]/u'
 */
export function escapeNonAscii(code: string, mappings: string): { code: string; mappings: string } {
  const lines = code.split('\n');
  const decoded = decode(mappings);
  const escaped = lines.map((line, l) => {
    if (!/[^\0-\x7f]/.test(line)) return line;
    const added = new Int32Array(line.length + 1);
    let out = '';
    for (let i = 0; i < line.length; i++) {
      const unit = line.charCodeAt(i);
      added[i + 1] = (added[i] as number) + (unit < 0x80 ? 0 : ADDED);
      out += unit < 0x80 ? line[i] : `\\u${unit.toString(16).padStart(4, '0')}`;
    }
    for (const segment of decoded[l] ?? []) segment[0] += added[Math.min(segment[0], line.length)] as number;
    return out;
  });
  return { code: escaped.join('\n'), mappings: encode(decoded) };
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
