/** Fewest characters of a cut that V8 keeps as a view into the string it was cut from; a shorter cut is copied. */
const MIN_SLICED_LENGTH = 13;

/**
 * `text` in a string of its own, when it may be a cut of a longer string.
 * Why: V8 keeps a cut of 13 characters or more (`slice`, `trimStart`) as a view into the string it was cut from, a
 * representation of its own beside flat strings of one or two bytes a character and the engine's own literals; line
 * texts of both kinds made the string call sites of every later stage (`length`, `charCodeAt`, `includes`) see five
 * or six representations, where V8 tracks four, and each such call went through the generic lookup. Joining two
 * parts makes a flat string.
 * @example ownCopy(page.slice(0, 40)) // the same 40 characters, flat
 */
export function ownCopy(text: string): string {
  return text.length < MIN_SLICED_LENGTH ? text : [text.slice(0, 1), text.slice(1)].join('');
}
