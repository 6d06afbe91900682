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

/** What a set and a map have in common: a set reads as a map of each value to itself. */
interface Readable<K, V, Item> {
  readonly size: number;
  has(key: K): boolean;
  entries(): MapIterator<[K, V]>;
  keys(): MapIterator<K>;
  values(): MapIterator<V>;
  [Symbol.iterator](): MapIterator<Item>;
}

/** The reads a set's view and a map's view share, passed on to the collection they view. */
class CollectionView<K, V, Item> {
  readonly #source: Readable<K, V, Item>;
  constructor(source: Readable<K, V, Item>) {
    this.#source = source;
  }
  get size(): number {
    return this.#source.size;
  }
  has(key: K): boolean {
    return this.#source.has(key);
  }
  forEach(each: (value: V, key: K, view: this) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#source.entries()) each.call(thisArg, value, key, this);
  }
  entries() {
    return this.#source.entries();
  }
  keys() {
    return this.#source.keys();
  }
  values() {
    return this.#source.values();
  }
  [Symbol.iterator]() {
    return this.#source[Symbol.iterator]();
  }
}

class SetView<T> extends CollectionView<T, T, T> implements ReadonlySet<T> {}

class MapView<K, V> extends CollectionView<K, V, [K, V]> implements ReadonlyMap<K, V> {
  readonly #map: ReadonlyMap<K, V>;
  constructor(map: ReadonlyMap<K, V>) {
    super(map);
    this.#map = map;
  }
  get(key: K): V | undefined {
    return this.#map.get(key);
  }
}
