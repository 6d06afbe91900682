/**
 * True for an object that is neither null nor an array: what JSON calls an object, as options, profiles and JSON
 * Lines records must be.
 * @example isRecord({ mode: 'recall' }) // true; isRecord(null), isRecord([]) // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
