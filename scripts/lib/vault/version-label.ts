// Pure: the one display name of a prompt version, shared by the CLI, the site and the PR report.
// A version number alone is not unique (two branches that both edit v2 each record a v3), so the
// label adds the first 6 hex characters of the record key, the hash in the record's file name:
// `vault/checkpoints/support/refund/0003-0d4cf2d0d827.yaml` -> `v3·0d4cf2`.

/** Hex characters of the record key shown in a label: enough to tell parallel versions apart. */
export const LABEL_HASH_LENGTH = 6;

/**
 * `v3·0d4cf2`. `key` is the record key: its 12 hex characters (`0d4cf2d0d827`), or the record's
 * file name or path (`0003-0d4cf2d0d827.yaml`); without one the label is `v3` alone.
 */
export function versionLabel(version: number, key: string | null | undefined): string {
  const hash = recordHash(key);
  return hash ? `v${version}·${hash.slice(0, LABEL_HASH_LENGTH)}` : `v${version}`;
}

/** The 12 hex characters of a record key, from the key itself or a record file name or path. */
export function recordHash(key: string | null | undefined): string | null {
  if (!key) return null;
  const name = key.slice(key.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
  const match = /(?:^|-)([0-9a-f]{6,12})$/.exec(name);
  return match ? match[1]! : null;
}

export interface VersionRef {
  prompt: string;
  version: number;
  /** Leading hex characters of the record key, when the reference gives them. */
  hash: string | null;
}

/**
 * Reads `id@3`, `id@v3`, `id@v3·0d4cf2` or `id@v3-0d4cf2` (the `-` form for shells and URLs where
 * `·` is awkward). Returns null for anything else, so the caller can say what was expected.
 */
export function parseVersionRef(text: string): VersionRef | null {
  const at = text.lastIndexOf('@');
  if (at <= 0) return null;
  const match = /^v?(\d+)(?:[·\-]([0-9a-f]{1,12}))?$/i.exec(text.slice(at + 1).trim());
  if (!match) return null;
  const version = Number(match[1]);
  if (!Number.isSafeInteger(version) || version < 1) return null;
  return { prompt: text.slice(0, at).trim(), version, hash: match[2]?.toLowerCase() ?? null };
}

/** True when `ref` names this version (same prompt and version, and the hash, if given, is a prefix of the key). */
export function matchesVersionRef(ref: VersionRef, version: { prompt: string; version: number; key: string | null }): boolean {
  if (ref.prompt !== version.prompt || ref.version !== version.version) return false;
  if (ref.hash === null) return true;
  const hash = recordHash(version.key);
  return hash !== null && hash.startsWith(ref.hash);
}
