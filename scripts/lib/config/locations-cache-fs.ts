// Node-only: readSourceLocations without the YAML parser on the hook's common path. The hook asks
// on every commit where prompts and clauses live; the answer only changes when `.promptvault.yaml`
// does. So it is kept beside the repository's other promptvault state in the git directory, with
// the exact config text it was read from: the same text gives the saved answer (a string compare,
// no YAML library to load), any other text is read again and saved. A missing or unreadable cache
// is only a slower start.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, DEFAULT_CODEX_GLOBS, DEFAULT_PROMPT_GLOBS, TOKENIZERS } from '../schema/config-defaults.ts';
import type { SourceLocations } from './locations-fs.ts';

/** Under the git directory (per worktree), next to promptvault/next-tags. */
export const LOCATIONS_CACHE_FILE = 'promptvault/locations.json';

// The defaults stand in for what the config leaves out: a promptvault with other defaults must not
// take this cache's answer.
const DEFAULTS_KEY = JSON.stringify([DEFAULT_PROMPT_GLOBS, DEFAULT_CODEX_GLOBS, TOKENIZERS]);

interface CacheEntry {
  /** The config text the locations were read from; null when there was no config file. */
  config: string | null;
  /** DEFAULTS_KEY of the promptvault that wrote it. */
  defaults: string;
  locations: SourceLocations;
}

export async function readSourceLocationsCached({ dir, gitdir }: { dir: string; gitdir: string }): Promise<SourceLocations> {
  const config = readTextOrNull(path.join(dir, CONFIG_FILE));
  const cacheFile = path.join(gitdir, LOCATIONS_CACHE_FILE);
  const cached = readCache(cacheFile);
  if (cached && cached.config === config && cached.defaults === DEFAULTS_KEY) return cached.locations;
  const { readSourceLocations } = await import('./locations-fs.ts');
  const locations = readSourceLocations(dir);
  writeCache(cacheFile, { config, defaults: DEFAULTS_KEY, locations });
  return locations;
}

/** A file's text, or null when it is absent or unreadable (the config file of a repository without one). */
export function readTextOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function readCache(file: string): CacheEntry | undefined {
  const text = readTextOrNull(file);
  if (text === null) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<CacheEntry>;
    const locations = entry.locations;
    const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
    if ((entry.config === null || typeof entry.config === 'string') && typeof entry.defaults === 'string' && locations && strings(locations.prompts) && strings(locations.codex) && typeof locations.tokenizer === 'string') {
      return entry as CacheEntry;
    }
  } catch {
    // A torn or hand-edited cache: read the config again.
  }
  return undefined;
}

function writeCache(file: string, entry: CacheEntry): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written whole then renamed, so a concurrent hook never reads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(entry));
    fs.renameSync(temp, file);
  } catch {
    // A read-only git directory: no cache, the next run reads the config again.
  }
}
