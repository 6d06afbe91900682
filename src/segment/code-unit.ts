/**
 * `text.charCodeAt(index)` for the per-character loops of the hot path; `index` must lie inside `text`.
 *
 * Why not the method: V8 remembers at most four string shapes per call site, and the strings of a page come in
 * more (flat, sliced out of the page, or concatenated; one or two bytes a character). On real pages a loop's
 * `text.charCodeAt` turns megamorphic, and every character then pays a generic property lookup and call.
 * Calling the one built-in function directly lets the optimizing compiler read the character in place.
 *
 * Why in bounds only: every caller shares this function's call site, and one index past the end (which gives
 * NaN) makes V8 stop reading characters in place for all of them. Checks at a text's edges keep the method.
 *
 * Why the closure: the built-in must be a `const` for the compiler to fold it in, and bundlers turn a module's
 * top-level `const` into a `var`; a `const` inside a function stays one.
 * @example codeUnitAt('A€', 1) // 0x20ac
 */
export const codeUnitAt: (text: string, index: number) => number = (() => {
  const charCodeAt = String.prototype.charCodeAt;
  return (text: string, index: number): number => charCodeAt.call(text, index);
})();
