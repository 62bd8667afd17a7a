// Where records live. One file per record, in a folder per prompt or clause, named by version and
// content hash: two branches that both record a prompt write different files, so merging them
// never conflicts inside vault/.

export const VAULT_DIR = 'vault';
export const CHECKPOINTS_DIR = `${VAULT_DIR}/checkpoints`;
export const MUTATIONS_DIR = `${VAULT_DIR}/mutations`;
export const AUDITS_DIR = `${VAULT_DIR}/audits`;

export type RecordKind = 'checkpoint' | 'mutation' | 'audit';

const DIRS: Record<RecordKind, string> = { checkpoint: CHECKPOINTS_DIR, mutation: MUTATIONS_DIR, audit: AUDITS_DIR };

/** `0003-1a2b3c4d5e6f`: zero-padded so names sort by version, hashed so parallel versions differ. */
export function versionKey(version: number, contentHash: string): string {
  return `${String(version).padStart(4, '0')}-${contentHash.replace(/^sha256-/, '').slice(0, 12)}`;
}

export function checkpointPath(prompt: string, version: number, contentHash: string): string {
  return `${CHECKPOINTS_DIR}/${prompt}/${versionKey(version, contentHash)}.yaml`;
}

export function mutationPath(prompt: string, version: number, contentHash: string): string {
  return `${MUTATIONS_DIR}/${prompt}/${versionKey(version, contentHash)}.yaml`;
}

export function auditPath(clause: string, auditId: string): string {
  return `${AUDITS_DIR}/${clause}/${auditId}.yaml`;
}

/** Folder holding the records of one prompt or clause. */
export function recordFolder(kind: RecordKind, id: string): string {
  return `${DIRS[kind]}/${id}/`;
}

const RECORD_FILE = /^(\d{4,})-([0-9a-f]{12})\.yaml$/;
const AUDIT_FILE = /^(\d{8}T\d{6}Z)-([0-9a-z]{12})\.yaml$/;

/** The kind and owner id of a record path, or undefined for anything else (READMEs, strays). */
export function parseRecordPath(file: string): { kind: RecordKind; id: string; name: string } | undefined {
  for (const kind of ['checkpoint', 'mutation', 'audit'] as const) {
    const prefix = `${DIRS[kind]}/`;
    if (!file.startsWith(prefix)) continue;
    const rest = file.slice(prefix.length);
    const slash = rest.lastIndexOf('/');
    if (slash <= 0) return undefined;
    const name = rest.slice(slash + 1);
    if (!(kind === 'audit' ? AUDIT_FILE : RECORD_FILE).test(name)) return undefined;
    return { kind, id: rest.slice(0, slash), name };
  }
  return undefined;
}
