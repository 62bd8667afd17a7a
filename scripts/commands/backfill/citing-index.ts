// Which prompt files of a replayed commit cite which clauses, kept up to date commit by commit from
// each commit's changes, as the source index is (source-index.ts). A replayed commit that changes
// clauses asked the citation cache about every prompt file of its tree, and matched each against
// the source globs first: O(prompts) work at each of the 201 clause commits of the bench's
// history (10,000 prompts), a fifth of the replay. It now looks up the clauses it changes.
import { detectFormat } from '../../lib/formats/index.ts';
import type { IndexEntry } from '../../lib/git/index.ts';
import type { CitationCache } from '../../lib/recorder/citations-cache-fs.ts';
import { ForkedMap } from './forked-map.ts';

export class CitingIndex {
  /** Clause id -> prompt paths whose cached citations name it. Lists are replaced, never changed in place: copies share them. */
  #byClause = new ForkedMap<string, readonly string[]>();
  /** Prompt path -> the clause ids it was filed under. */
  #cites = new ForkedMap<string, readonly string[]>();
  /** Prompt paths (with their blob) whose citations the cache did not know when last asked. */
  #pending = new ForkedMap<string, string>();
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
    this.remove(file);
    this.#pending.set(file, oid);
  }

  /** A prompt file no longer in the tree. */
  remove(file: string): void {
    this.#pending.delete(file);
    const cited = this.#cites.get(file);
    if (!cited) return;
    this.#cites.delete(file);
    for (const clause of cited) {
      const paths = this.#byClause.get(clause)!.filter((other) => other !== file);
      if (paths.length === 0) this.#byClause.delete(clause);
      else this.#byClause.set(clause, paths);
    }
  }

  /**
   * The prompt files that may cite one of `clauseIds` (ReplayIndex.promptsCiting): those whose
   * citations name one, and those whose citations the cache does not know yet.
   */
  citing(clauseIds: string[], tree: Map<string, string>): IndexEntry[] {
    this.#resolve();
    const files = new Set<string>();
    for (const clause of clauseIds) for (const file of this.#byClause.get(clause) ?? []) files.add(file);
    for (const file of this.#pending.keys()) files.add(file);
    return [...files].map((file) => ({ path: file, oid: tree.get(file)! }));
  }

  /**
   * An independent copy, for a commit whose parent has other children still to replay: its maps
   * forked (forked-map.ts), not copied.
   */
  copy(): CitingIndex {
    const copy = new CitingIndex(this.#cache);
    copy.#byClause = this.#byClause.fork();
    copy.#cites = this.#cites.fork();
    copy.#pending = this.#pending.fork();
    return copy;
  }

  /** The index is no longer needed: the maps it shares with copies are theirs (see ForkedMap.dispose). */
  dispose(): void {
    this.#byClause.dispose();
    this.#cites.dispose();
    this.#pending.dispose();
  }

  /** Files the pending files under the clauses the cache says they cite. */
  #resolve(): void {
    for (const [file, oid] of this.#pending) {
      const entry = this.#cache.get(oid, detectFormat(file));
      if (!entry) continue;
      this.#pending.delete(file);
      const cited = [...new Set(entry.codex ?? [])];
      this.#cites.set(file, cited);
      for (const clause of cited) this.#byClause.set(clause, [...(this.#byClause.get(clause) ?? []), file]);
    }
  }
}
