// Node-only (files, hashing): the clause ids each prompt blob cites, remembered by blob id, so a
// commit changing many clauses parses only the prompts it has never seen. A blob's citations
// never change, whatever commit or worktree holds it; only the code that reads them can, so the
// file is tied to a fingerprint of that code and dropped whole when it differs. Kept under the git
// common dir (never committed, shared by worktrees) and written atomically.
import { cacheFilePath, fingerprintValues, newestEntries, readCacheJson, writeCacheJson, type CacheKind } from '../cache/cache-file-fs.ts';
import { codeDigest } from '../cache/code-digest-fs.ts';

/** Bumped when the file's layout changes; a change in the reading code changes the fingerprint. */
const FORMAT = 2;

/**
 * What a prompt blob, read as one file shape, cites: its size (the `max_prompt_bytes` limit is
 * applied by the caller, since the config may change) and the `codex` ids of its front matter,
 * or null when the file does not parse (a refused front matter, an id list that is not ids, not
 * UTF-8): such a file cites nothing. Stored as `[size, codex]` or `[size, codex, escaped]`.
 */
export interface BlobCitations {
  size: number;
  codex: string[] | null;
  /** The ids of `codex` not written as such anywhere in the file (a YAML escape); usually none. */
  escaped: string[];
}

export interface CitationCache {
  /** What the blob `oid` cites when read as shape `kind`, if known. */
  get(oid: string, kind: string): BlobCitations | undefined;
  set(oid: string, kind: string, value: BlobCitations): void;
  /** Entries held and how many `get` calls were answered; for tests and the bench. */
  stats(): { entries: number; hits: number; misses: number };
  /** Writes the entries back to the file they came from, if any changed; never throws. */
  save(): void;
}

/** A cache for one run only (tests, or a view with no repository behind it). */
export function memoryCitationCache(): CitationCache {
  return createCache(new Map(), undefined);
}

/** Where the cache of a repository lives: `<git common dir>/promptvault/citations.json`. */
export function citationCachePath(gitdir: string): string {
  return cacheFilePath(gitdir, 'citations.json');
}

/**
 * The persistent cache of the repository at `gitdir`, read from disk at its first use (a commit
 * that changes no clause never pays for it). A missing, unreadable or stale file (another format,
 * or written by other reading code) starts an empty cache, and an entry of the wrong shape is
 * ignored: neither is ever an error, both only cost a read and a parse.
 */
export function openCitationCache(options: { gitdir: string }): CitationCache {
  const file = citationCachePath(options.gitdir);
  let cache: CitationCache | undefined;
  const opened = () => (cache ??= createCache(loadEntries(file), file));
  return {
    get: (oid, kind) => opened().get(oid, kind),
    set: (oid, kind, value) => opened().set(oid, kind, value),
    stats: () => opened().stats(),
    save: () => cache?.save(),
  };
}

/** The saved entries (`<kind>:<oid>` -> [size, codex ids or null, escaped ids when any]) that are well formed. */
function loadEntries(file: string): Map<string, BlobCitations> {
  const entries = new Map<string, BlobCitations>();
  const saved = readCacheJson(file, cacheKind());
  if (!saved || typeof saved !== 'object') return entries;
  for (const [key, value] of Object.entries(saved)) {
    const entry = validEntry(value);
    if (entry && /^[a-z-]+:[0-9a-f]{40,64}$/.test(key)) entries.set(key, entry);
  }
  return entries;
}

function validEntry(value: unknown): BlobCitations | undefined {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return undefined;
  const [size, codex, escaped = []] = value as [unknown, unknown, unknown];
  const isIds = (list: unknown): list is string[] => Array.isArray(list) && list.every((id) => typeof id === 'string');
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || !isIds(escaped)) return undefined;
  if (codex === null) return escaped.length === 0 ? { size, codex: null, escaped } : undefined;
  if (!isIds(codex) || !escaped.every((id) => codex.includes(id))) return undefined;
  return { size, codex, escaped };
}

function createCache(entries: Map<string, BlobCitations>, file: string | undefined): CitationCache {
  let hits = 0;
  let misses = 0;
  let dirty = false;
  return {
    get(oid, kind) {
      const entry = entries.get(`${kind}:${oid}`);
      if (entry) hits++;
      else misses++;
      return entry;
    },
    set(oid, kind, value) {
      const key = `${kind}:${oid}`;
      // Re-inserted so the newest entries are the ones kept when the file is trimmed.
      entries.delete(key);
      entries.set(key, { size: value.size, codex: value.codex === null ? null : [...value.codex], escaped: [...value.escaped] });
      dirty = true;
    },
    stats: () => ({ entries: entries.size, hits, misses }),
    save() {
      if (!file || !dirty) return;
      const kept: Record<string, unknown[]> = {};
      for (const [key, entry] of newestEntries(entries)) kept[key] = entry.escaped.length > 0 ? [entry.size, entry.codex, entry.escaped] : [entry.size, entry.codex];
      if (writeCacheJson(file, cacheKind(), kept)) dirty = false;
    },
  };
}

/** The file's first line: this layout, written by this reading code. */
function cacheKind(): CacheKind {
  // The reading code's digest, the same from the sources and the bundle (code-digest-fs.ts): the
  // bundle's was every chunk of it, read and hashed (2.5 MB) whenever the cache was opened.
  return { name: 'citations', format: FORMAT, fingerprint: fingerprintValues(FORMAT, codeDigest('citing')) };
}
