/**
 * `items.map(fn)` that always returns a packed array, whichever V8 tier runs the caller.
 *
 * Why: the lines, their verdicts and their scores are read by index in every stage after the detectors. The
 * built-in `map` returns a packed array, but once the optimizing compiler inlines it into the caller it
 * preallocates a holey one; the arrays then changed their elements kind after warm-up, and each of the ~25
 * functions that read them (findExtent, reviseShortLines, structure, …) deoptimized on a wrong map and was
 * compiled again, a round of pages after another. Arrays grown by `push` stay packed in every tier.
 * @example mapPacked(['a', 'bb'], (s, i) => s.length + i) // [1, 3]
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const result: U[] = [];
  for (let i = 0; i < items.length; i++) result.push(fn(items[i] as T, i));
  return result;
}
