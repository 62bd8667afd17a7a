// Node-only (files, hashing): the skeleton every persistent cache of ours shares (what each prompt
// blob cites, the measures of version bodies). A cache is one JSON file under the git common dir
// (never committed, shared by worktrees), tied to a fingerprint of the code that computed it and
// dropped whole when that differs, trimmed to its newest entries, and written atomically. A cache
// is never an error: a file that is absent, unreadable or stale reads as empty, and one that
// cannot be written costs speed, never records.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gitCommonDir } from '../git/common-dir-fs.ts';
import { writeFileAtomic } from './write-fs.ts';

/** A long-lived repository must not grow a cache without bound: the newest entries are kept. */
export const MAX_CACHE_ENTRIES = 200_000;

/** What must match for a saved file to be used: its layout version, the code's fingerprint, and any other key. */
export type CacheHeader = { format: number; fingerprint: string } & Record<string, string | number>;

/** Where a cache of the repository at `gitdir` lives: `<git common dir>/promptvault/<parts>`. */
export function cacheFilePath(gitdir: string, ...parts: string[]): string {
  return path.join(gitCommonDir(gitdir), 'promptvault', ...parts);
}

/** The saved `entries` of `file` when every field of `header` matches the file's; else undefined. */
export function loadCacheEntries(file: string, header: CacheHeader): unknown {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> | null;
    if (!saved || typeof saved !== 'object') return undefined;
    for (const [key, value] of Object.entries(header)) if (saved[key] !== value) return undefined;
    return saved.entries;
  } catch {
    // Absent, cut short or edited by hand: computed again, and rewritten at the next save.
    return undefined;
  }
}

/**
 * Writes `{ ...header, entries }` to `file` atomically (a run killed mid-write leaves a temp file,
 * never a half-written cache); whether it was written. Never throws.
 */
export function saveCacheEntries(file: string, header: CacheHeader, entries: unknown): boolean {
  try {
    writeFileAtomic(file, JSON.stringify({ ...header, entries }));
    return true;
  } catch {
    // A read-only .git or a full disk: the next run computes again.
    return false;
  }
}

/** The newest `MAX_CACHE_ENTRIES` of a map kept in insertion order (re-insert an entry to renew it). */
export function newestEntries<V>(entries: Map<string, V>): [string, V][] {
  return [...entries].slice(-MAX_CACHE_ENTRIES);
}

const fingerprints = new Map<string, string>();

/**
 * A digest of the code in `folders` (TypeScript sources or bundled chunks; tests, fixtures and
 * declarations left out), so a change in the code that computed a cache drops every entry without
 * anyone having to remember a version bump. Names are hashed relative to `base`.
 */
export function fingerprintCode(options: { format: number; base: string; folders: string[] }): string {
  const key = `${options.format}\0${options.base}\0${options.folders.join('\0')}`;
  const known = fingerprints.get(key);
  if (known) return known;
  const hash = createHash('sha1').update(`format ${options.format}\0`);
  for (const dir of options.folders) {
    if (!fs.existsSync(dir)) continue;
    const folder = path.relative(options.base, dir);
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.(?:ts|js)$/.test(name) || /\.test\.|\.fixture\.|\.d\.ts$/.test(name)) continue;
      hash.update(`${folder}/${name}`).update('\0').update(fs.readFileSync(path.join(dir, name))).update('\0');
    }
  }
  const fingerprint = hash.digest('hex');
  fingerprints.set(key, fingerprint);
  return fingerprint;
}
