/**
 * A set that can be read and not changed: it has no `add`, `delete` or `clear`, and the set it reads is out of reach.
 * @example readOnlySet(new Set(['the'])).has('the') // true
 */
export function readOnlySet<T>(set: ReadonlySet<T>): ReadonlySet<T> {
  return Object.freeze(new SetView(set));
}

/**
 * A map that can be read and not changed: it has no `set`, `delete` or `clear`, and the map it reads is out of reach.
 * @example readOnlyMap(new Map([['june', 6]])).get('june') // 6
 */
export function readOnlyMap<K, V>(map: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  return Object.freeze(new MapView(map));
}

class SetView<T> implements ReadonlySet<T> {
  readonly #set: ReadonlySet<T>;
  constructor(set: ReadonlySet<T>) {
    this.#set = set;
  }
  get size(): number {
    return this.#set.size;
  }
  has(value: T): boolean {
    return this.#set.has(value);
  }
  forEach(each: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const value of this.#set) each.call(thisArg, value, value, this);
  }
  entries() {
    return this.#set.entries();
  }
  keys() {
    return this.#set.keys();
  }
  values() {
    return this.#set.values();
  }
  [Symbol.iterator]() {
    return this.#set[Symbol.iterator]();
  }
}

class MapView<K, V> implements ReadonlyMap<K, V> {
  readonly #map: ReadonlyMap<K, V>;
  constructor(map: ReadonlyMap<K, V>) {
    this.#map = map;
  }
  get size(): number {
    return this.#map.size;
  }
  has(key: K): boolean {
    return this.#map.has(key);
  }
  get(key: K): V | undefined {
    return this.#map.get(key);
  }
  forEach(each: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#map) each.call(thisArg, value, key, this);
  }
  entries() {
    return this.#map.entries();
  }
  keys() {
    return this.#map.keys();
  }
  values() {
    return this.#map.values();
  }
  [Symbol.iterator]() {
    return this.#map[Symbol.iterator]();
  }
}
