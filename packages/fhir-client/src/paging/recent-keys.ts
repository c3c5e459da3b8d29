/**
 * A bounded map that forgets the least recently seen entries first, in two generations: entries
 * go into the young map; when it holds half the capacity it becomes the old map and the previous
 * old map is dropped whole. An entry seen again is put back into the young map, so it survives.
 * It holds at most `capacity` items and always the last ⌈capacity / 2⌉ seen. Dropping a whole map
 * costs nothing per entry, where deleting the oldest entry of one Map one at a time makes V8 scan
 * the holes left by earlier deletes, which showed up as the pager's hottest function.
 */
export class RecentMap<V> {
  readonly #half: number;
  #young = new Map<string, V>();
  #old = new Map<string, V>();
  #youngItems = 0;

  constructor(capacity: number) {
    this.#half = Math.ceil(capacity / 2);
  }

  /** Keys held, both generations (a key in both counted twice): at most `capacity` × keys per item. */
  get size(): number {
    return this.#young.size + this.#old.size;
  }

  get(key: string): V | undefined {
    return this.#young.get(key) ?? this.#old.get(key);
  }

  has(key: string): boolean {
    return this.#young.has(key) || this.#old.has(key);
  }

  /** Puts one item under one or more keys (e.g. `Type/id` and `fullUrl`), as the most recent. */
  set(keys: readonly string[] | string, value: V): void {
    if (this.#half === 0) return;
    if (typeof keys === 'string') this.#young.set(keys, value);
    else for (const key of keys) this.#young.set(key, value);
    if (++this.#youngItems >= this.#half) {
      this.#old = this.#young;
      this.#young = new Map();
      this.#youngItems = 0;
    }
  }

  /** Every key, older generation first, each once. */
  keys(): string[] {
    const keys: string[] = [];
    for (const key of this.#old.keys()) if (!this.#young.has(key)) keys.push(key);
    for (const key of this.#young.keys()) keys.push(key);
    return keys;
  }
}

/** Keys remembered in a {@link RecentMap}: what the pager uses for include dedupe and loop detection. */
export class RecentKeys {
  readonly #map: RecentMap<true>;

  constructor(capacity: number, initial: Iterable<string> = []) {
    this.#map = new RecentMap(capacity);
    for (const key of initial) this.touch(key);
  }

  get size(): number {
    return this.#map.size;
  }

  has(key: string): boolean {
    return this.#map.has(key);
  }

  /** Adds `key`, or marks it the most recent. */
  touch(key: string): void {
    this.#map.set(key, true);
  }

  /** The keys, oldest first (so that re-adding them in order rebuilds the same recency). */
  toArray(): string[] {
    return this.#map.keys();
  }
}
