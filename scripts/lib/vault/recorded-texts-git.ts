// Node-only (git): the text of a recorded version, read from a commit that holds it. A record
// names the commits it may describe (version-commits-git.ts), best first; the first whose file has
// the recorded content hash is the one, so a wrong blob is never taken for a version's text. Both
// `bundle` (the versions it ships) and the site (every version's page) read texts this way.
import { listTree, readObjects, type Repo } from '../git/index.ts';
import { contentHash } from '../prompt/parse.ts';

/** A commit that may hold a text, and the prompt file's path in it. */
export interface TextPlace {
  commit: string;
  path: string;
}

/** One text to find: the places that may hold it, best first. */
export interface WantedText {
  /** The caller's key for it (a checkpoint file, a content hash). */
  key: string;
  /** The recorded hash the bytes must have. */
  contentHash: string;
  /** Where it may be, best first (the commits describedCommits gives, at the record's path). */
  places: readonly TextPlace[];
}

/** A text found: its bytes and the place they were read from. */
export interface FoundText extends TextPlace {
  bytes: Buffer;
}

/**
 * The bytes of each wanted text and the first of its places that holds them, keyed by `key`; a
 * text no place holds (a shallow clone, a commit not fetched) is left out. Most texts are
 * found at their first place: each round reads every unfound text's next place in one
 * `cat-file --batch` (not a git process per version: a shallow clone can leave thousands without
 * their text). `folders` (the prompt folders) lets a commit that recorded many versions be listed
 * at once (`blobsOfBulkCommits`).
 */
export async function readRecordedTexts(repo: Repo, wanted: readonly WantedText[], { folders }: { folders: string[] }): Promise<Map<string, FoundText>> {
  const found = new Map<string, FoundText>();
  let round = wanted.filter((text) => text.places.length > 0).map((text) => ({ text, next: 0 }));
  while (round.length > 0) {
    const nameOf = (entry: (typeof round)[number]) => `${entry.text.places[entry.next]!.commit}:${entry.text.places[entry.next]!.path}`;
    const names = [...new Set(round.map(nameOf))];
    const oids = await blobsOfBulkCommits(repo, names, folders);
    // Asked for by blob id where known: a blob many versions share is read once. Names git does
    // not have (a shallow clone) are left out, not an error.
    const blobs = await readObjects(repo, [...new Set(names.map((name) => oids.get(name) ?? name))]);
    const again: typeof round = [];
    for (const entry of round) {
      const name = nameOf(entry);
      const bytes = blobs.get(oids.get(name) ?? name);
      if (bytes && contentHash(bytes) === entry.text.contentHash) found.set(entry.text.key, { bytes, ...entry.text.places[entry.next]! });
      else if (++entry.next < entry.text.places.length) again.push(entry);
    }
    round = again;
  }
  return found;
}

/** Commits that recorded at least this many versions have their prompt paths listed at once. */
const BULK_COMMIT = 32;

/**
 * The blob id of each `<commit>:<path>` whose commit recorded many versions (a bulk edit, a
 * backfill, an imported history): one `git ls-tree` of that commit's prompt folders instead of a
 * lookup per name, each of which walks the commit's trees again (45,000 of them cost git 4.5 s
 * of CPU at 50,000 checkpoints). Names of other commits, or not found, are left out.
 */
async function blobsOfBulkCommits(repo: Repo, names: string[], folders: string[]): Promise<Map<string, string>> {
  const byCommit = new Map<string, string[]>();
  for (const name of names) {
    const colon = name.indexOf(':');
    const commit = name.slice(0, colon);
    const paths = byCommit.get(commit);
    if (paths) paths.push(name.slice(colon + 1));
    else byCommit.set(commit, [name.slice(colon + 1)]);
  }
  const oids = new Map<string, string>();
  for (const [commit, paths] of byCommit) {
    if (paths.length < BULK_COMMIT) continue;
    const listed = await listTree(repo, { ref: commit, pathspecs: folders }).catch(() => []);
    const byPath = new Map(listed.map((entry) => [entry.path, entry.oid]));
    for (const file of paths) {
      const oid = byPath.get(file);
      if (oid) oids.set(`${commit}:${file}`, oid);
    }
  }
  return oids;
}
