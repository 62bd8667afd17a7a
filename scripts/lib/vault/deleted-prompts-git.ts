// Node-only (git): which commit deleted each gone prompt's last file, and its subject, read with
// one `git log` and one subject lookup for all of them (show, diff and bundle).
import { commitSubjects, deletedInHistory, type Repo } from '../git/index.ts';
import type { RecordedVersion } from '../labels/resolve.ts';
import type { DeletionPlace } from './deletion-phrase.ts';

/** A gone prompt: the id it is asked for by, and the last version of the id it had last. */
export interface GonePrompt {
  id: string;
  last: RecordedVersion;
}

/** Where each prompt was deleted, in the order given; `commit` null when history reachable from `ref` holds no deletion of its file. */
export async function readDeletionPlaces(repo: Repo, { ref, gone }: { ref: string; gone: readonly GonePrompt[] }): Promise<DeletionPlace[]> {
  if (gone.length === 0) return [];
  const by = await deletedInHistory(repo, { ref, pathspecs: [...new Set(gone.map(({ last }) => `:(literal)${last.checkpoint.path}`))] });
  const subjects = await commitSubjects(repo, [...new Set(by.values())]);
  return gone.map(({ id, last }) => {
    const commit = by.get(last.checkpoint.path) ?? null;
    return { commit, subject: commit === null ? null : (subjects.get(commit) ?? ''), ...(last.prompt !== id ? { movedTo: last.prompt } : {}) };
  });
}
