// Node-only: readConfig for the hook, without parsing and validating `.promptvault.yaml` again on
// every recording commit. The validated configuration only changes when the file's text or the
// code that validates it does, so it is kept in the worktree's git dir, promptvault/config.json (lib/cache/
// cache-file-fs.ts: a first line with the code's fingerprint and a checksum of the rest, so a hand
// edit is a miss; atomic writes) with the exact text it was read from: the same text gives the
// saved configuration, any other text is read and validated again.
// Measured in a fresh process on the bench's config: readConfig costs 14-18 ms of CPU (10 ms once
// the YAML parser is warm), the cached read well under 1 ms. A missing, garbled or stale cache is
// only a slower start, and an invalid config is never cached: its error is raised every time.
import fs from 'node:fs';
import path from 'node:path';
import { fingerprintValues, readCacheJson, writeCacheJson, type CacheKind } from '../cache/cache-file-fs.ts';
import { codeDigest } from '../cache/code-digest-fs.ts';
import { CONFIG_FILE } from '../schema/config-defaults.ts';
import type { Config } from '../schema/config.ts';

/**
 * readConfig, loaded only when the cache cannot answer: its module brings the configuration's zod
 * schema (built as the module loads) and the YAML reader, about 11 ms of CPU a recording commit
 * whose config did not change need not pay.
 */
const readConfig = async (dir: string): Promise<Config> => (await import('./read-fs.ts')).readConfig(dir);

/** Bumped when the cache file's layout changes. */
const FORMAT = 1;

interface CacheEntry {
  /** The config text the configuration was validated from; null when there was no config file. */
  text: string | null;
  config: Config;
}

/** readConfig(dir), answered from the cache in the git directory when the config text is the one it saw. */
export async function readConfigCached({ dir, gitdir }: { dir: string; gitdir: string }): Promise<Config> {
  const text = readConfigText(path.join(dir, CONFIG_FILE));
  // A config file that exists but cannot be read (no permission, a folder): readConfig says so.
  if (text === undefined) return readConfig(dir);
  // The code that reads and validates it, the same from the sources and the bundle (code-digest-fs.ts):
  // before, the bundle's was its chunks' names, so a commit by one after the other missed.
  const fingerprint = fingerprintValues(FORMAT, codeDigest('configuring'));
  // In this worktree's own git dir, as the locations cache is: linked worktrees share the common
  // dir, and two whose .promptvault.yaml differ (another branch's) replaced each other's entry,
  // so every commit in either parsed and validated the file again.
  const file = path.join(gitdir, 'promptvault', 'config.json');
  const kind: CacheKind = { name: 'config', format: FORMAT, fingerprint, checksum: true };
  const cached = readCacheJson(file, kind) as Partial<CacheEntry> | undefined;
  if (cached && typeof cached === 'object' && cached.text === text && cached.config && typeof cached.config === 'object') return cached.config;
  // Invalid: readConfig throws its error naming the line, and nothing is cached.
  const config = await readConfig(dir);
  writeCacheJson(file, kind, { text, config } satisfies CacheEntry);
  return config;
}

/** The config file's text; null when there is none; undefined when it exists but cannot be read. */
function readConfigText(file: string): string | null | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
  }
}

