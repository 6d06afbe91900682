/**
 * True for an object that is neither null nor an array: what JSON calls an object, as JSON Lines records, packs and
 * detectors must be (options, whose keys are read, must be plain: `isPlainObject`).
 * @example isRecord({ mode: 'recall' }) // true; isRecord(null), isRecord([]) // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
