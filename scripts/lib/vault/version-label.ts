// Pure: the display label of a prompt version, shared by the CLI, the site and the runtime.
// `v{version}·{hash6}`, hash6 being the first 6 hex characters of the 12-hex record key
// (record file `0003-0d4cf2d0d827.yaml` -> `v3·0d4cf2`): the version number alone is ambiguous
// when two branches both record a v3, the hash tells them apart.

/** `v3·0d4cf2` from version 3 and the record key `0003-0d4cf2d0d827` (or its 12 hex digits). */
export function versionLabel(version: number, key: string): string {
  const hex = key.includes('-') ? key.slice(key.indexOf('-') + 1) : key;
  return `v${version}·${hex.slice(0, 6)}`;
}

export interface VersionRef {
  /** Prompt id, e.g. `support/refund`. */
  id: string;
  version: number;
  /** First hex digits of the record key when the reference names them (`v4·0d4cf2`). */
  hash?: string;
}

// `id@4`, `id@v4`, `id@v4·0d4cf2`, `id@v4-0d4cf2` (the ASCII form, for shells and URLs).
const REF = /^(.+)@v?(\d+)(?:[·-]([0-9a-f]{4,12}))?$/;

/** Parses `support/refund@4`, `support/refund@v4·0d4cf2` or `support/refund@v4-0d4cf2`; undefined otherwise. */
export function parseVersionRef(text: string): VersionRef | undefined {
  const match = REF.exec(text.trim());
  if (!match) return undefined;
  const version = Number(match[2]);
  if (!Number.isSafeInteger(version) || version < 1) return undefined;
  return { id: match[1]!, version, ...(match[3] ? { hash: match[3] } : {}) };
}
