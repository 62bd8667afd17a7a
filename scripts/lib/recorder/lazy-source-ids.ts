// The ids of a tree's prompt and clause files, looked up on demand. A commit that edits one
// prompt asks a handful of questions of 10,000 files (does the clause it cites exist? does another
// file give its id?); building two maps of every id first cost the hook 15-20 ms of CPU and the
// garbage collection after it, growing with the repository. Here the first questions are answered
// by a pass over the list; only a caller that asks more or walks every id (a "did you mean"
// suggestion) gets the maps, built once, with the very same contents `indexSources` gives.
// A pass is no free lunch: 1-2 ms of CPU at 10,000 files in a hook's cold code (measured at load
// 15-20), against 15-25 ms for the maps; so the recorder asks for this only when a commit stages
// a prompt or two (a few lookups each: its own id, the clauses it cites, its fork source).
import type { IndexEntry } from '../git/index.ts';
import { isSkippedEntry, type SourceFileInfo } from '../prompt/locate.ts';
import type { SourceIndex } from './view.ts';

/** An entry whose kind and id are known (`source` null: no prompt or clause). */
export type DescribedEntry = IndexEntry & { source: SourceFileInfo | null };

/**
 * The paths (in index order, no symbolic link) that give `kind` `id`, undefined for none: what a
 * pass over the list answers, or the hook's cached list without parsing it (source-list-cache-fs.ts,
 * which indexes itself once a commit asks many ids: its lookups never fall back to the maps here).
 */
export type PathsOf = (kind: SourceFileInfo['kind'], id: string) => string[] | undefined;

/** Lookups answered by a scan before one pass builds an index (about that pass's cost). */
const SCANS_BEFORE_INDEXING = 8;

type Lookup<V> = (kind: SourceFileInfo['kind'], id: string) => V;

/**
 * Lookups answered by `scan` (a pass over a list, a search of a text) for the first few, then by
 * the index `build` makes once: a commit of a prompt or two asks a handful of ids, one of 50
 * prompts 100-150, and a scan each would read the list that many times. The one shape of the
 * three places that looked ids up this way (a list of entries, the hook's cached text, the maps
 * handed to the recorder).
 */
export function scanThenIndex<V>(scan: Lookup<V>, build: () => Lookup<V>): Lookup<V> {
  let scansLeft = SCANS_BEFORE_INDEXING;
  let indexed: Lookup<V> | undefined;
  return (kind, id) => {
    if (!indexed && scansLeft-- > 0) return scan(kind, id);
    indexed ??= build();
    return indexed(kind, id);
  };
}

/** PathsOf over a list of entries (read on first use): scanned, then mapped by kind and id. */
export function pathsOfEntries(all: () => readonly SourceListEntry[]): PathsOf {
  return scanThenIndex((kind, id) => scanPaths(all(), kind, id), () => {
    const map = new Map<string, string[]>();
    for (const entry of all()) {
      const source = entry.source;
      if (!source || isSkippedEntry(entry.mode)) continue;
      const key = `${source.kind}\n${source.id}`;
      const paths = map.get(key);
      if (paths) paths.push(entry.path);
      else map.set(key, [entry.path]);
    }
    return (kind, id) => map.get(`${kind}\n${id}`);
  });
}

/** An entry whose kind and id may be known (`source` null: no prompt or clause; absent: not classified). */
type SourceListEntry = IndexEntry & { source?: SourceFileInfo | null };

/** The paths of `entries` (in their order) that give `kind` `id`, symbolic links aside (they give no id, as in indexSources). */
export function scanPaths(entries: readonly SourceListEntry[], kind: SourceFileInfo['kind'], id: string): string[] | undefined {
  let paths: string[] | undefined;
  for (const entry of entries) {
    const source = entry.source;
    if (source && source.id === id && source.kind === kind && !isSkippedEntry(entry.mode)) (paths ??= []).push(entry.path);
  }
  return paths;
}

/**
 * `indexSources` of `entries`, every one of which carries its kind and id (or a PathsOf that
 * answers for them): lookups go through it, and the maps that `mapAll` (indexSources' own pass)
 * fills are built only when something iterates them.
 */
export function lazySourceIndex(entries: readonly DescribedEntry[] | PathsOf, mapAll: () => SourceIndex): SourceIndex {
  const lookup = typeof entries === 'function' ? entries : pathsOfEntries(() => entries);
  let built: SourceIndex | undefined;
  const build = () => (built ??= mapAll());
  return {
    known: { prompts: new LazyMap((id) => lookup('prompt', id), () => build().known.prompts), clauses: new LazyMap((id) => lookup('clause', id), () => build().known.clauses) },
    promptPaths: new LazyMap((id) => lookup('prompt', id)?.[0], () => build().promptPaths),
  };
}

/**
 * A read-only Map whose `get` and `has` go through `lookup` and whose every other use goes to
 * the map `full` builds. Writing to it is a bug: the recorder only reads these.
 */
export class LazyMap<V> extends Map<string, V> {
  readonly #lookup: (key: string) => V | undefined;
  readonly #full: () => Map<string, V>;

  constructor(lookup: (key: string) => V | undefined, full: () => Map<string, V>) {
    super();
    this.#lookup = lookup;
    this.#full = full;
  }

  override get(key: string): V | undefined {
    return this.#lookup(key);
  }

  override has(key: string): boolean {
    return this.#lookup(key) !== undefined;
  }

  override get size(): number {
    return this.#full().size;
  }

  override keys(): MapIterator<string> {
    return this.#full().keys();
  }

  override values(): MapIterator<V> {
    return this.#full().values();
  }

  override entries(): MapIterator<[string, V]> {
    return this.#full().entries();
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.#full()[Symbol.iterator]();
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.#full().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  override set(): this {
    throw new Error('the ids of the sources are read-only');
  }

  override delete(): boolean {
    throw new Error('the ids of the sources are read-only');
  }

  override clear(): void {
    throw new Error('the ids of the sources are read-only');
  }
}
