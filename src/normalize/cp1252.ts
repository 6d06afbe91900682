/**
 * What windows-1252 reads the bytes 0x80–0x9F as, in byte order: `€` for 0x80 … `Ÿ` for 0x9F. The five bytes it
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1 control of the same number, as browsers decode
 * them (WHATWG Encoding). Bytes 0xA0–0xFF read as the character of the same number, as in Latin-1.
 */
export const CP1252_80_TO_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The byte of each character windows-1252 reads 0x80–0x9F as, where that character is not the byte's own number. */
const LOOK_ALIKE_BYTES: ReadonlyMap<number, number> = new Map(
  [...CP1252_80_TO_9F]
    .map((ch, i): [number, number] => [ch.charCodeAt(0), 0x80 + i])
    .filter(([code, byte]) => code !== byte),
);

/**
 * The byte 0x80–0xBF that a character stands for when a UTF-8 continuation byte was read as Latin-1 (U+0080–U+00BF)
 * or as windows-1252 (those, and the look-alikes `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ`); -1 for any
 * other character.
 * @example continuationByte(0x2122) // 0x99, the '™' of 'â€™'
 */
export function continuationByte(code: number): number {
  if (code >= 0x80 && code <= 0xbf) return code;
  return LOOK_ALIKE_BYTES.get(code) ?? -1;
}

/** {@link continuationByte}'s characters as the body of a regular expression's class. */
export const CONTINUATION_CLASS = `\\u0080-\\u00BF${[...LOOK_ALIKE_BYTES.keys()]
  .map((code) => `\\u${code.toString(16).padStart(4, '0')}`)
  .join('')}`;
