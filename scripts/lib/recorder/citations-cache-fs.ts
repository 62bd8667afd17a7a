// Node-only (files, hashing): the clause ids each prompt blob cites, remembered by blob id, so a
// commit changing many clauses parses only the prompts it has never seen. A blob's citations
// never change, whatever commit or worktree holds it; only the code that reads them can, so the
// file is tied to a fingerprint of that code and dropped whole when it differs. Kept under the git
// common dir (never committed, shared by worktrees) and written atomically.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../vault/write-fs.ts';
import { gitCommonDir } from '../git/common-dir-fs.ts';

/** Bumped when the file's layout changes; a change in the reading code changes the fingerprint. */
const FORMAT = 1;
/** A long-lived repository must not grow the file without bound: the newest entries are kept. */
const MAX_ENTRIES = 200_000;

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

interface CacheFile {
  format: number;
  fingerprint: string;
  /** `<kind>:<oid>` -> [size, codex ids or null, escaped ids when any]. */
  entries: Record<string, unknown>;
}

/** A cache for one run only (tests, or a view with no repository behind it). */
export function memoryCitationCache(): CitationCache {
  return createCache(new Map(), undefined);
}

/** Where the cache of a repository lives: `<git common dir>/promptvault/citations.json`. */
export function citationCachePath(gitdir: string): string {
  return path.join(gitCommonDir(gitdir), 'promptvault', 'citations.json');
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

function loadEntries(file: string): Map<string, BlobCitations> {
  const entries = new Map<string, BlobCitations>();
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (saved.format === FORMAT && saved.fingerprint === codeFingerprint() && saved.entries && typeof saved.entries === 'object') {
      for (const [key, value] of Object.entries(saved.entries)) {
        const entry = validEntry(value);
        if (entry && /^[a-z-]+:[0-9a-f]{40,64}$/.test(key)) entries.set(key, entry);
      }
    }
  } catch {
    // Absent, cut short or edited by hand: read again, and rewritten at the next save.
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
      for (const [key, entry] of [...entries].slice(-MAX_ENTRIES)) kept[key] = entry.escaped.length > 0 ? [entry.size, entry.codex, entry.escaped] : [entry.size, entry.codex];
      const content: CacheFile = { format: FORMAT, fingerprint: codeFingerprint(), entries: kept };
      try {
        writeFileAtomic(file, JSON.stringify(content));
        dirty = false;
      } catch {
        // A cache that cannot be written (read-only .git, full disk) costs speed, never records.
      }
    },
  };
}

/** The common dir of a worktree's gitdir (where `commondir` points), else the gitdir itself. */
/** The source folders whose code decides what a prompt file cites (parsePrompt and what it calls). */
const READING_CODE = ['../formats', '../prompt', '../schema', '.'];

let fingerprint: string | undefined;

/**
 * A digest of the code that reads citations, so a change in how front matter is split, read or
 * validated drops every cached entry without anyone having to remember a version bump. From the
 * sources: the folders parsePrompt draws on; from the bundled CLI (where every module, the yaml
 * library included, sits in one folder of chunks): that folder.
 */
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromSources = fs.existsSync(path.join(here, '../formats'));
  const bundle = path.basename(here) === 'chunks' ? path.dirname(here) : here;
  const folders = fromSources ? READING_CODE.map((folder) => path.join(here, folder)) : [bundle, path.join(bundle, 'chunks')];
  const hash = createHash('sha1').update(`format ${FORMAT}\0`);
  for (const dir of folders) {
    if (!fs.existsSync(dir)) continue;
    const folder = path.relative(here, dir);
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.(?:ts|js)$/.test(name) || /\.test\.|\.fixture\.|\.d\.ts$/.test(name)) continue;
      hash.update(`${folder}/${name}`).update('\0').update(fs.readFileSync(path.join(dir, name))).update('\0');
    }
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}
