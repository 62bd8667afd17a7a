// Where records live. One file per record, in a folder per prompt or clause, named by version and
// a hash of content and commit parents (the folder is the id encoded by schema/id-path.ts): two branches that both record a prompt write different
// files, so merging them never conflicts inside vault/.
import { createHash } from 'node:crypto';
import { decodeIdPath, encodeIdPath } from '../schema/id-path.ts';

import { AUDITS_DIR, CHECKPOINTS_DIR, MUTATIONS_DIR, VAULT_DIR } from './dirs.ts';

export { AUDITS_DIR, CHECKPOINTS_DIR, MUTATIONS_DIR, VAULT_DIR } from './dirs.ts';

export type RecordKind = 'checkpoint' | 'mutation' | 'audit';

const DIRS: Record<RecordKind, string> = { checkpoint: CHECKPOINTS_DIR, mutation: MUTATIONS_DIR, audit: AUDITS_DIR };

/**
 * `0003-1a2b3c4d5e6f`: the version zero-padded so names sort by version, then a hash of the content,
 * the commit's parents and its date, so parallel versions differ even when two branches make the
 * same edit (a cherry-picked fix): two records share a name only when they are the same bytes.
 */
export function versionKey(version: number, contentHash: string, commitParents: readonly string[], createdAt: string): string {
  const hashed = `${contentHash}:${commitParents.join(',')}:${createdAt}`;
  let digest = versionDigests.get(hashed);
  if (digest === undefined) {
    if (versionDigests.size >= VERSION_DIGESTS_KEPT) versionDigests.clear();
    digest = createHash('sha256').update(hashed).digest('hex').slice(0, 12);
    versionDigests.set(hashed, digest);
  }
  return `${String(version).padStart(4, '0')}-${digest}`;
}

// A version's checkpoint and mutation share their name, and the recorder asks for it again for
// the version's label: three SHA-256s per version, about a seventh of recordPrompt's samples in a
// profile of a backfill. The digests of recent versions are kept (bounded: a long run does not grow).
const versionDigests = new Map<string, string>();
const VERSION_DIGESTS_KEPT = 4096;

interface RecordIdentity {
  prompt: string;
  version: number;
  content_hash: string;
  commit_parents: readonly string[];
  created_at: string;
}

export function checkpointPath(record: RecordIdentity): string {
  return `${CHECKPOINTS_DIR}/${encodeIdPath(record.prompt)}/${versionKey(record.version, record.content_hash, record.commit_parents, record.created_at)}.yaml`;
}

export function mutationPath(record: RecordIdentity): string {
  return `${MUTATIONS_DIR}/${encodeIdPath(record.prompt)}/${versionKey(record.version, record.content_hash, record.commit_parents, record.created_at)}.yaml`;
}

export function auditPath(clause: string, auditId: string): string {
  return `${AUDITS_DIR}/${encodeIdPath(clause)}/${auditId}.yaml`;
}

/** Folder holding the records of one prompt or clause. */
export function recordFolder(kind: RecordKind, id: string): string {
  return `${DIRS[kind]}/${encodeIdPath(id)}/`;
}

const RECORD_FILE = /^(\d{4,})-([0-9a-f]{12})\.yaml$/;
const AUDIT_FILE = /^(\d{8}T\d{6}Z)-([0-9a-z]{12})\.yaml$/;

// A vault reader decodes the same folder once per record in it (ten and more per prompt): the
// decoded ids of recent folders are kept. Bounded, so a long-running process does not grow; but
// above a repository's prompt count, or a commit listing each of 10,107 prompts' records emptied
// the map before any folder came round again and decoded every one of them each time.
const decodedFolders = new Map<string, string>();
const DECODED_FOLDERS_LIMIT = 100_000;

function folderId(folder: string): string {
  let id = decodedFolders.get(folder);
  if (id === undefined) {
    if (decodedFolders.size >= DECODED_FOLDERS_LIMIT) decodedFolders.clear();
    id = decodeIdPath(folder) ?? folder;
    decodedFolders.set(folder, id);
  }
  return id;
}

/** What a record's path says: its kind, its owner's id and the file's name. */
export interface RecordPath { kind: RecordKind; id: string; name: string }

const RECORD_PREFIXES = (['checkpoint', 'mutation', 'audit'] as const).map((kind) => [kind, `${DIRS[kind]}/`] as const);
const VAULT_PREFIX = `${VAULT_DIR}/`;

/** The kind and owner id of a record path, or undefined for anything else (READMEs, strays). */
export function parseRecordPath(file: string): RecordPath | undefined {
  // Not under vault/: no prefix to try (most paths a reader lists are records, each looked at once).
  if (!file.startsWith(VAULT_PREFIX)) return undefined;
  for (const [kind, prefix] of RECORD_PREFIXES) {
    if (!file.startsWith(prefix)) continue;
    const rest = file.slice(prefix.length);
    const slash = rest.lastIndexOf('/');
    if (slash <= 0) return undefined;
    const name = rest.slice(slash + 1);
    if (!(kind === 'audit' ? AUDIT_FILE : RECORD_FILE).test(name)) return undefined;
    // Folders are ids encoded by encodeIdPath; one that is not (written by hand) keeps its raw
    // name, so the record is still read and reported as misplaced rather than silently ignored.
    const folder = rest.slice(0, slash);
    return { kind, id: folderId(folder), name };
  }
  return undefined;
}
