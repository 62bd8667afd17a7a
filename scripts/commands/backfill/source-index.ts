// The ids a replayed commit's prompt and clause files give, kept up to date commit by commit from
// each commit's changes: the recorder asked for every source path and indexed it again at every
// commit, O(prompts) work that was a third of a replay at 10,000 prompts. Equal to `indexSources`
// over the same tree: paths of an id in the tree's order, an id's first path in `promptPaths`.
import { LazyMap } from '../../lib/recorder/lazy-source-ids.ts';
import { describeSource } from '../../lib/prompt/locate.ts';
import type { KnownIds } from '../../lib/prompt/references.ts';
import type { SourceIndex } from '../../lib/recorder/view.ts';
import type { Config } from '../../lib/schema/config.ts';
import { ForkedMap } from './forked-map.ts';

export class TreeSourceIndex implements SourceIndex {
  readonly known: KnownIds & { prompts: ForkedMap<string, string[]>; clauses: ForkedMap<string, string[]> };
  /**
   * Prompt id -> its first path: the first of its paths in `known.prompts`, read from there
   * rather than kept as a map of its own, which every branch point copied (10,000 entries, 199
   * times in the bench history) and every change kept up to date.
   */
  readonly promptPaths: Map<string, string> = new LazyMap((id) => this.known.prompts.get(id)?.[0], () => firstPaths(this.known.prompts));
  readonly #config: Config;

  constructor(config: Config, known?: TreeSourceIndex['known']) {
    this.#config = config;
    this.known = known ?? { prompts: new ForkedMap(), clauses: new ForkedMap() };
  }

  /** The index of a whole tree (path -> blob id), in the tree's order. */
  static of(tree: Map<string, string>, config: Config): TreeSourceIndex {
    const index = new TreeSourceIndex(config);
    for (const file of tree.keys()) index.add(file);
    return index;
  }

  /** A file now in the tree; one already there keeps its place (a new path goes last, as in the tree's map). */
  add(file: string): void {
    const info = describeSource(file, this.#config);
    if (!info) return;
    const map = info.kind === 'prompt' ? this.known.prompts : this.known.clauses;
    // Lists are replaced, never changed in place: a copy shares them (see copy).
    const paths = map.get(info.id);
    if (!paths) map.set(info.id, [file]);
    else if (!paths.includes(file)) map.set(info.id, [...paths, file]);
  }

  /** A file no longer in the tree. */
  remove(file: string): void {
    const info = describeSource(file, this.#config);
    if (!info) return;
    const map = info.kind === 'prompt' ? this.known.prompts : this.known.clauses;
    const paths = map.get(info.id);
    if (!paths?.includes(file)) return;
    const left = paths.filter((other) => other !== file);
    if (left.length === 0) map.delete(info.id);
    else map.set(info.id, left);
  }

  /**
   * An independent copy, for a commit whose parent has other children still to replay: the maps
   * are forked (forked-map.ts), the path lists shared (no one changes a list in place). Copying
   * every list was 10,000 arrays at each branch's first commit, and copying the maps 10,000
   * entries each.
   */
  copy(): TreeSourceIndex {
    return new TreeSourceIndex(this.#config, { prompts: this.known.prompts.fork(), clauses: this.known.clauses.fork() });
  }

  /** The index is no longer needed: the maps it shares with copies are theirs (see ForkedMap.dispose). */
  dispose(): void {
    this.known.prompts.dispose();
    this.known.clauses.dispose();
  }
}

/** Each id's first path, in the ids' order (what `indexSources` gives as `promptPaths`). */
function firstPaths(prompts: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  return new Map([...prompts].map(([id, paths]) => [id, paths[0]!]));
}
