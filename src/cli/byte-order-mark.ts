/**
 * `text` without a byte order mark (U+FEFF) opening it. Why: editors on Windows write one at the start of a UTF-8
 * file, and it is no character of the page, the JSON Lines record or the profiles file that follows.
 * @example withoutByteOrderMark('\ufeff{"text": "…"}') // '{"text": "…"}'
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
