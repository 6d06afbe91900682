/**
 * `value`, frozen in place with every object and array reachable through its fields (not into functions). Why: a
 * caller could change an exported constant (`MODE_SETTINGS.balanced.goodMinWords = 99`, `DEFAULT_DETECTORS.push(…)`,
 * a word pushed into a built-in pack), which changed what every later call gave.
 * @example deepFrozen({ words: ['Share'] }).words.push('Tweet') // throws a TypeError
 */
export function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const field of Object.values(value)) deepFrozen(field);
  }
  return value;
}
