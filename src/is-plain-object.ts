/**
 * True for a plain object: one whose prototype is `Object.prototype` (of any realm: a `vm` context's, an iframe's)
 * or none. Options must be one. Why: a `Map`'s entries and a class instance's fields held by its prototype are no
 * keys that `Object.keys` lists, so `clean(text, new Map([['mode', 'precision']]))` was cleaned in the balanced mode,
 * unsaid. A Proxy is judged by what its `getPrototypeOf` trap gives, and a revoked one throws, as reading it does.
 * @example isPlainObject({ mode: 'recall' }) // true; isPlainObject(new Map()), isPlainObject([]) // false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
