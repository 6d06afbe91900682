/**
 * Adds index `at` to the places of `key`: the lines that read as one text, or open with one label, gathered by key.
 * @example addPlace(places, 'read more', 41) // places.get('read more') is [..., 41]
 */
export function addPlace<K>(places: Map<K, number[]>, key: K, at: number): void {
  const found = places.get(key);
  if (found) found.push(at);
  else places.set(key, [at]);
}
