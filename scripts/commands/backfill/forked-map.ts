// The file maps and indexes backfill keeps per replayed commit, forked at a branch point instead of
// copied. A commit with two children (a main-line commit and a feature branch's first) needs its
// map twice, each child changing its own: the first child copied the tree's 10,600 paths and the
// indexes' 10,000 ids and citations at each of the bench history's 199 branch points (about 1.2 s
// of the replay's thread, session 21). Forked, both children read through the map they share,
// frozen, and keep only what they change; once one of them is gone (a feature branch merged), the
// other folds its changes into the shared map, which is its own again: O(changes), not O(paths).
//
// A fork reads exactly as a copy would: the same values, and the same order of keys (a changed
// value keeps its key's place, a new key goes last, a key deleted and set again goes last).

/** The map some forks read through, frozen while more than one of them lives. */
interface Shared<K, V> {
  map: Map<K, V>;
  forks: Set<ForkedMap<K, V>>;
}

export class ForkedMap<K, V> extends Map<K, V> {
  #shared: Shared<K, V>;
  // What this fork changed of the shared map while other forks read it too (all empty while it
  // is the map's only fork: it then changes the map in place).
  /** Keys of the shared map (not removed here) with a value of this fork's. */
  #changed = new Map<K, V>();
  /** Keys of the shared map this fork deleted. */
  #removed = new Set<K>();
  /** Keys the shared map lacks, or that this fork deleted and set again, in the order set. */
  #added = new Map<K, V>();

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    // Map's constructor would call `set` before the fields exist: the entries go in below.
    super();
    this.#shared = { map: new Map(entries), forks: new Set([this]) };
  }

  /** Whether this is the only fork of its map (it changes the map in place). */
  get #alone(): boolean {
    return this.#shared.forks.size === 1;
  }

  /**
   * A map equal to this one that changes independently of it, made in O(what this one changed
   * since its map was last its own): this one's map is shared, frozen until one of them is disposed.
   */
  fork(): ForkedMap<K, V> {
    const fork = new ForkedMap<K, V>();
    fork.#shared = this.#shared;
    this.#shared.forks.add(fork);
    fork.#changed = new Map(this.#changed);
    fork.#removed = new Set(this.#removed);
    fork.#added = new Map(this.#added);
    return fork;
  }

  /**
   * This map is no longer needed: the map it shared is left to the other forks, and when one is
   * left, it folds its changes into it. The map is empty afterwards.
   */
  dispose(): void {
    this.#leave();
    this.#shared = { map: new Map(), forks: new Set([this]) };
  }

  override get(key: K): V | undefined {
    if (this.#alone) return this.#shared.map.get(key);
    if (this.#added.has(key)) return this.#added.get(key);
    if (this.#removed.has(key)) return undefined;
    if (this.#changed.has(key)) return this.#changed.get(key);
    return this.#shared.map.get(key);
  }

  override has(key: K): boolean {
    if (this.#alone) return this.#shared.map.has(key);
    return this.#added.has(key) || (!this.#removed.has(key) && this.#shared.map.has(key));
  }

  override set(key: K, value: V): this {
    if (this.#alone) this.#shared.map.set(key, value);
    else if (this.#added.has(key)) this.#added.set(key, value);
    else if (!this.#removed.has(key) && this.#shared.map.has(key)) this.#changed.set(key, value);
    else this.#added.set(key, value);
    return this;
  }

  override delete(key: K): boolean {
    if (this.#alone) return this.#shared.map.delete(key);
    if (this.#added.delete(key)) return true;
    if (this.#removed.has(key) || !this.#shared.map.has(key)) return false;
    this.#removed.add(key);
    this.#changed.delete(key);
    return true;
  }

  override clear(): void {
    this.dispose();
  }

  override get size(): number {
    if (this.#alone) return this.#shared.map.size;
    return this.#shared.map.size - this.#removed.size + this.#added.size;
  }

  override entries(): MapIterator<[K, V]> {
    return this.#alone ? this.#shared.map.entries() : (this.#forkEntries() as MapIterator<[K, V]>);
  }

  override keys(): MapIterator<K> {
    return this.#alone ? this.#shared.map.keys() : (this.#forkKeys() as MapIterator<K>);
  }

  override values(): MapIterator<V> {
    return this.#alone ? this.#shared.map.values() : (this.#forkValues() as MapIterator<V>);
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  /** The shared map's entries as this fork changed them, then the keys it added. */
  *#forkEntries(): Generator<[K, V], undefined, unknown> {
    const changed = this.#changed;
    const removed = this.#removed;
    for (const entry of this.#shared.map) {
      if (removed.has(entry[0])) continue;
      yield changed.has(entry[0]) ? [entry[0], changed.get(entry[0])!] : entry;
    }
    yield* this.#added;
  }

  *#forkKeys(): Generator<K, undefined, unknown> {
    for (const [key] of this.#forkEntries()) yield key;
  }

  *#forkValues(): Generator<V, undefined, unknown> {
    for (const [, value] of this.#forkEntries()) yield value;
  }

  #leave(): void {
    const { forks } = this.#shared;
    forks.delete(this);
    this.#changed = new Map();
    this.#removed = new Set();
    this.#added = new Map();
    if (forks.size === 1) for (const last of forks) last.#fold();
  }

  /** The only fork left puts its changes into the map, in a copy's order. */
  #fold(): void {
    const { map } = this.#shared;
    for (const [key, value] of this.#changed) map.set(key, value);
    for (const key of this.#removed) map.delete(key);
    for (const [key, value] of this.#added) map.set(key, value);
    this.#changed = new Map();
    this.#removed = new Set();
    this.#added = new Map();
  }
}
