// Reads the records of given prompts from the files of the commit being made.
import type { Problem } from '../errors.ts';
import type { IndexEntry } from '../git/index.ts';
import type { TreeView } from '../recorder/view.ts';
import { checkpointSchema, mutationSchema, type Checkpoint, type Mutation } from '../schema/records.ts';
import { parseRecordPath, recordFolder } from './paths.ts';
import { parseRecord } from './serialize.ts';

export interface StoredMutation extends Mutation {
  /** Repository-relative path of the record. */
  file: string;
}
export interface StoredCheckpoint extends Checkpoint {
  file: string;
}

export interface Lineage {
  prompt: string;
  mutations: StoredMutation[];
  checkpoints: StoredCheckpoint[];
}

export const CHECKPOINT_EXAMPLE = 'prompt: support/refund\nversion: 3\ntoken_count: 412\ntone_type: empathetic\n...';
export const MUTATION_EXAMPLE = 'prompt: support/refund\nversion: 3\nparent_prompt: support/refund\nparent_version: 2\n...';

/**
 * Records of each prompt in `ids`. Cost is proportional to those prompts' histories, never to the
 * size of the vault. `listed` holds record folders the caller already listed (the recorder lists
 * them with the prompts): only the other ids' folders are listed here.
 */
export async function readLineages(view: TreeView, ids: string[], listed?: { ids: Set<string>; entries: IndexEntry[] }): Promise<{ lineages: Map<string, Lineage>; problems: Problem[] }> {
  const lineages = new Map<string, Lineage>(ids.map((id) => [id, { prompt: id, mutations: [], checkpoints: [] }]));
  const problems: Problem[] = [];
  if (ids.length === 0) return { lineages, problems };
  const unlisted = ids.filter((id) => !listed?.ids.has(id));
  const pathspecs = unlisted.flatMap((id) => [recordFolder('mutation', id), recordFolder('checkpoint', id)]);
  // A folder holds the folders of longer ids too (`a/` holds `a/b/`): one entry per path.
  const entries = [...new Map([...(listed?.entries ?? []), ...(pathspecs.length > 0 ? await view.list(pathspecs) : [])].map((entry) => [entry.path, entry])).values()];
  const wanted = entries.filter((entry) => {
    const parsed = parseRecordPath(entry.path);
    return parsed !== undefined && lineages.has(parsed.id);
  });
  const blobs = await view.read(wanted.map((entry) => entry.oid));
  for (const entry of wanted) {
    const { kind, id } = parseRecordPath(entry.path)!;
    const lineage = lineages.get(id)!;
    const text = blobs.get(entry.oid)!.toString('utf8');
    if (kind === 'mutation') {
      const parsed = parseRecord(text, entry.path, mutationSchema, MUTATION_EXAMPLE);
      if (parsed.ok) lineage.mutations.push({ ...parsed.value, file: entry.path });
      else problems.push(...parsed.problems);
    } else if (kind === 'checkpoint') {
      const parsed = parseRecord(text, entry.path, checkpointSchema, CHECKPOINT_EXAMPLE);
      if (parsed.ok) lineage.checkpoints.push({ ...parsed.value, file: entry.path });
      else problems.push(...parsed.problems);
    }
  }
  return { lineages, problems };
}

export function findCheckpoint(lineage: Lineage, version: number, contentHash: string): StoredCheckpoint | undefined {
  return lineage.checkpoints.find((checkpoint) => checkpoint.version === version && checkpoint.content_hash === contentHash);
}
