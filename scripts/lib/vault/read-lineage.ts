// Reads the records of given prompts from the files of the commit being made. Records in our own
// shapes are read and checked without the yaml and zod libraries (fast-yaml-read.ts and the checks
// generated from the schemas, schema-checks/record-checks.ts): a commit of one prompt loads neither.
// A record they do not accept is read again the long way (serialize.ts), which also words its problems.
import type { Problem } from '../errors.ts';
import type { IndexEntry } from '../git/index.ts';
import type { TreeView } from '../recorder/view.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';
import { checkCheckpoint, checkMutation } from '../schema-checks/record-checks.ts';
import { readRecordYaml } from './fast-yaml-read.ts';
import { parseRecordPath, recordFolder } from './paths.ts';

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
  const entries = [...new Map([...(listed?.entries ?? []), ...(pathspecs.length > 0 ? await view.list(pathspecs, { readingAll: true }) : [])].map((entry) => [entry.path, entry])).values()];
  const wanted = entries.filter((entry) => {
    const parsed = parseRecordPath(entry.path);
    return parsed !== undefined && lineages.has(parsed.id);
  });
  // Records read before (the replay's, by blob id and kind) are not read or parsed again.
  const known = view.replay?.records;
  const keyOf = (entry: IndexEntry) => `${parseRecordPath(entry.path)!.kind}:${entry.oid}`;
  const blobs = await view.read(wanted.filter((entry) => !known?.has(keyOf(entry))).map((entry) => entry.oid));
  const texts = wanted.map((entry) => blobs.get(entry.oid)?.toString('utf8') ?? '');
  const read = wanted.map((entry, i): Mutation | Checkpoint | undefined => {
    const remembered = known?.get(keyOf(entry));
    if (remembered) return remembered;
    const plain = readRecordYaml(texts[i]!);
    if (plain === undefined) return undefined;
    const kind = parseRecordPath(entry.path)!.kind;
    const record = kind === 'mutation' ? checkMutation(plain) : kind === 'checkpoint' ? checkCheckpoint(plain) : undefined;
    if (record) known?.set(keyOf(entry), record);
    return record;
  });
  const slow = read.some((record, i) => record === undefined && parseRecordPath(wanted[i]!.path)!.kind !== 'audit') ? await loadRecordParser() : undefined;
  for (const [i, entry] of wanted.entries()) {
    const { kind, id } = parseRecordPath(entry.path)!;
    const lineage = lineages.get(id)!;
    if (kind === 'mutation') {
      const parsed = read[i] ? { ok: true as const, value: read[i] as Mutation } : slow!.parseRecord(texts[i]!, entry.path, slow!.mutationSchema, MUTATION_EXAMPLE);
      if (parsed.ok) lineage.mutations.push({ ...parsed.value, file: entry.path });
      else problems.push(...parsed.problems);
    } else if (kind === 'checkpoint') {
      const parsed = read[i] ? { ok: true as const, value: read[i] as Checkpoint } : slow!.parseRecord(texts[i]!, entry.path, slow!.checkpointSchema, CHECKPOINT_EXAMPLE);
      if (parsed.ok) lineage.checkpoints.push({ ...parsed.value, file: entry.path });
      else problems.push(...parsed.problems);
    }
  }
  return { lineages, problems };
}

/** The yaml and zod reading of a record (its problems with their lines), loaded only for a record the fast reading does not accept. */
async function loadRecordParser() {
  const [{ parseRecord }, { checkpointSchema, mutationSchema }] = await Promise.all([import('./serialize.ts'), import('../schema/records.ts')]);
  return { parseRecord, checkpointSchema, mutationSchema };
}

export function findCheckpoint(lineage: Lineage, version: number, contentHash: string): StoredCheckpoint | undefined {
  return lineage.checkpoints.find((checkpoint) => checkpoint.version === version && checkpoint.content_hash === contentHash);
}
