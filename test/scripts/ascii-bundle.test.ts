import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../scripts/ascii-bundle.js';

describe('escapeNonAscii', () => {
  it('leaves only ASCII, with the same meaning in expressions with and without u, strings and comments', () => {
    const code = "// ’\nexport const a = [/[»›]+$/u, /[»›]+$/, /🔥/u, '“x”'];";
    const { code: escaped } = escapeNonAscii(code, 'AAAA;AAAA');
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    const run = (text: string) => new Function(text.replace('export const a =', 'return'))();
    const [was, now] = [run(code), run(escaped)];
    expect(now.map(String)).not.toEqual(was.map(String));
    for (const [i, sample] of ['a »›', 'a »›', 'x 🔥'].entries()) {
      expect(now[i].exec(sample)?.[0]).toBe(was[i].exec(sample)?.[0]);
    }
    expect(now[3]).toBe(was[3]);
  });

  it('moves each generated column past the escapes before it on its line', () => {
    // Line 2 maps its columns 0 and 9 (the ';' after two escaped characters, now at column 19) to the source's 0 and 9.
    const { mappings } = escapeNonAscii('a\nvar b=»»x;', 'AAAA;AACA,SAAS');
    expect(mappings).toBe('AAAA;AACA,mBAAS');
  });
});
