// Which prompt files of a replayed commit have a front-matter id line for which id, kept up to date
// commit by commit from each commit's changes, as the citing index is (citing-index.ts). The
// recorder's uniqueness check of front-matter ids (TreeView.stableIdFiles) went over every file of
// the tree at each commit staging a prompt with an id, matching each against the source globs:
// O(prompts) work at each of the 1,093 such commits of the bench's history (10,000 prompts), about
// a third of the replay thread's CPU (bench HISTORY, session 31). It now looks up the ids staged.
import type { IndexEntry } from '../../lib/git/index.ts';
import { FilesByKey } from './files-by-key.ts';

/** The id keys of prompt files (stableIdKeys), read once per blob and format for the whole run. */
export interface StableIdKeys {
  /** The id keys of each file (path, blob id), by path, reading those not known yet. */
  keys(files: [string, string][]): Promise<Map<string, readonly string[]>>;
}

export class StableIdIndex {
  /** Prompt paths by the ids of their blobs' id lines; pending: those whose id lines were not read when last asked. */
  #files = new FilesByKey();

  /** The index of a tree's prompt files (path -> blob id). */
  static of(prompts: Iterable<[string, string]>): StableIdIndex {
    const index = new StableIdIndex();
    for (const [file, oid] of prompts) index.set(file, oid);
    return index;
  }

  /** A prompt file now holds blob `oid`: its id lines are read when first asked. */
  set(file: string, oid: string): void {
    this.#files.set(file, oid);
  }

  /** A prompt file no longer in the tree. */
  remove(file: string): void {
    this.#files.remove(file);
  }

  /**
   * The prompt files of `tree` with an id line for one of `ids` and their blobs, those `taken`
   * (the pathspecs' match) says yes to: what the whole tree's files, filtered by the pathspecs and
   * their blobs' id lines, give (in another order; the recorder sorts them).
   */
  async files(ids: string[], tree: Map<string, string>, keys: StableIdKeys, taken: (file: string) => boolean): Promise<IndexEntry[]> {
    await this.#resolve(keys);
    const files = new Set<string>();
    for (const id of new Set(ids)) for (const file of this.#files.filedUnder(id)) if (taken(file)) files.add(file);
    return [...files].map((file) => ({ path: file, oid: tree.get(file)! }));
  }

  /** How many prompt files' id lines are still to be read (their blobs, when `lines` is asked). */
  get pending(): number {
    return this.#files.pendingCount;
  }

  /**
   * Every id line of the tree's prompt files (`tree`: path -> blob id) as `[key, path, blob]`, the
   * pending files read first: the hook's list of front-matter ids for this tree
   * (lib/recorder/stable-id-list-fs.ts), as its one search of the tree would build it.
   */
  async lines(tree: Map<string, string>, keys: StableIdKeys): Promise<{ key: string; path: string; oid: string }[]> {
    await this.#resolve(keys);
    const lines: { key: string; path: string; oid: string }[] = [];
    for (const [file, ids] of this.#files.filed()) for (const key of ids) lines.push({ key, path: file, oid: tree.get(file)! });
    return lines;
  }

  /**
   * An independent copy, for a commit whose parent has other children still to replay: its maps
   * forked (forked-map.ts), not copied.
   */
  copy(): StableIdIndex {
    const copy = new StableIdIndex();
    copy.#files = this.#files.fork();
    return copy;
  }

  /** The index is no longer needed: the maps it shares with copies are theirs (see ForkedMap.dispose). */
  dispose(): void {
    this.#files.dispose();
  }

  /** Files the pending files under the ids of their blobs' id lines (a file with none under nothing). */
  async #resolve(keys: StableIdKeys): Promise<void> {
    if (this.#files.pendingCount === 0) return;
    const pending = [...this.#files.pending()];
    const known = await keys.keys(pending);
    // A file set again or removed while the keys were read is left as it now is.
    for (const [file, oid] of pending) if (this.#files.pendingBlob(file) === oid) this.#files.file(file, known.get(file)!);
  }
}
