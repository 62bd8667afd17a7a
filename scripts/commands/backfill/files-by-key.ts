// Prompt files filed under keys read from their blobs (the clauses they cite, the front-matter ids
// they give), kept up to date commit by commit on forked maps: what the citing index
// (citing-index.ts) and the stable-id index (stable-id-index.ts) both keep, each reading its keys
// its own way. A file set to a new blob is pending until its keys are read, then filed under them.
import { ForkedMap } from './forked-map.ts';

export class FilesByKey {
  /** Key -> the paths filed under it. Lists are replaced, never changed in place: forks share them. */
  #byKey = new ForkedMap<string, readonly string[]>();
  /** Path -> the keys it was filed under (none: not kept). */
  #filed = new ForkedMap<string, readonly string[]>();
  /** Paths (with their blob) whose keys were not read yet. */
  #pending = new ForkedMap<string, string>();

  /** A file now holds blob `oid`: pending until its keys are read (`file`). */
  set(file: string, oid: string): void {
    this.remove(file);
    this.#pending.set(file, oid);
  }

  /** A file no longer in the tree. */
  remove(file: string): void {
    this.#pending.delete(file);
    const filed = this.#filed.get(file);
    if (!filed) return;
    this.#filed.delete(file);
    for (const key of filed) {
      const paths = this.#byKey.get(key)!.filter((other) => other !== file);
      if (paths.length === 0) this.#byKey.delete(key);
      else this.#byKey.set(key, paths);
    }
  }

  /** The pending file, with the keys its blob's keys give (each once), is pending no more. */
  file(file: string, keys: readonly string[]): void {
    this.#pending.delete(file);
    const unique = [...new Set(keys)];
    if (unique.length === 0) return;
    this.#filed.set(file, unique);
    for (const key of unique) this.#byKey.set(key, [...(this.#byKey.get(key) ?? []), file]);
  }

  /** The paths filed under `key`. */
  filedUnder(key: string): readonly string[] {
    return this.#byKey.get(key) ?? [];
  }

  /** The filed files and the keys each is filed under. */
  filed(): MapIterator<[string, readonly string[]]> {
    return this.#filed.entries();
  }

  /** The pending files and their blobs (a file may be filed while this is iterated). */
  pending(): MapIterator<[string, string]> {
    return this.#pending.entries();
  }

  /** The blob of a pending file, undefined once it is filed or gone. */
  pendingBlob(file: string): string | undefined {
    return this.#pending.get(file);
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  /**
   * An independent copy, for a commit whose parent has other children still to replay: its maps
   * forked (forked-map.ts), not copied.
   */
  fork(): FilesByKey {
    const copy = new FilesByKey();
    copy.#byKey = this.#byKey.fork();
    copy.#filed = this.#filed.fork();
    copy.#pending = this.#pending.fork();
    return copy;
  }

  /** No longer needed: the maps it shares with forks are theirs (see ForkedMap.dispose). */
  dispose(): void {
    this.#byKey.dispose();
    this.#filed.dispose();
    this.#pending.dispose();
  }
}
