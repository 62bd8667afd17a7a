// Which prompt files of a replayed commit cite which clauses, kept up to date commit by commit from
// each commit's changes, as the source index is (source-index.ts). A replayed commit that changes
// clauses asked the citation cache about every prompt file of its tree, and matched each against
// the source globs first: O(prompts) work at each of the 201 clause commits of the bench's
// history (10,000 prompts), a fifth of the replay. It now looks up the clauses it changes.
import { detectFormat } from '../../lib/formats/index.ts';
import type { IndexEntry } from '../../lib/git/index.ts';
import type { CitationCache } from '../../lib/recorder/citations-cache-fs.ts';
import { FilesByKey } from './files-by-key.ts';

export class CitingIndex {
  /** Prompt paths by the clause ids their cached citations name; pending: those the cache did not know when last asked. */
  #files = new FilesByKey();
  readonly #cache: CitationCache;

  constructor(cache: CitationCache) {
    this.#cache = cache;
  }

  /** The index of a tree's prompt files (path -> blob id). */
  static of(prompts: Iterable<[string, string]>, cache: CitationCache): CitingIndex {
    const index = new CitingIndex(cache);
    for (const [file, oid] of prompts) index.set(file, oid);
    return index;
  }

  /** A prompt file now holds blob `oid`: what it cites is looked up when first asked. */
  set(file: string, oid: string): void {
    this.#files.set(file, oid);
  }

  /** A prompt file no longer in the tree. */
  remove(file: string): void {
    this.#files.remove(file);
  }

  /**
   * The prompt files that may cite one of `clauseIds` (ReplayIndex.promptsCiting): those whose
   * citations name one, and those whose citations the cache does not know yet.
   */
  citing(clauseIds: string[], tree: Map<string, string>): IndexEntry[] {
    this.#resolve();
    const files = new Set<string>();
    for (const clause of clauseIds) for (const file of this.#files.filedUnder(clause)) files.add(file);
    for (const [file] of this.#files.pending()) files.add(file);
    return [...files].map((file) => ({ path: file, oid: tree.get(file)! }));
  }

  /**
   * An independent copy, for a commit whose parent has other children still to replay: its maps
   * forked (forked-map.ts), not copied.
   */
  copy(): CitingIndex {
    const copy = new CitingIndex(this.#cache);
    copy.#files = this.#files.fork();
    return copy;
  }

  /** The index is no longer needed: the maps it shares with copies are theirs (see ForkedMap.dispose). */
  dispose(): void {
    this.#files.dispose();
  }

  /** Files the pending files under the clauses the cache says they cite. */
  #resolve(): void {
    for (const [file, oid] of this.#files.pending()) {
      const entry = this.#cache.get(oid, detectFormat(file));
      if (entry) this.#files.file(file, entry.codex ?? []);
    }
  }
}
