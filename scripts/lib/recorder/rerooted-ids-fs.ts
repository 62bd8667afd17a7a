// The I/O around rerooted-ids.ts, for the hook: the config of the commit's parent, read from git,
// and the index's prompt files. Only a commit that changes .promptvault.yaml comes here.
// The config's reader is imported when that parent config is read, not with this module: every
// recording commit loads this one (commands/record/recording.ts), and the reader brought the zod
// schema library (the config's schema is the only one a recording commit builds), the schema
// itself and the YAML library's 72 modules, run as it loaded.
import { UserError } from '../errors.ts';
import { listIndex, readObjects, EMPTY_TREE, type IndexChange, type Repo } from '../git/index.ts';
import { sourcePathspecs } from '../prompt/locate.ts';
import { CONFIG_FILE } from '../schema/config-defaults.ts';
import type { Config } from '../schema/config.ts';
import { rerootedSources, sameIdMapping } from './rerooted-ids.ts';

/**
 * The parent's config when it maps paths to other ids than `config`; undefined when the globs are
 * the same (most config edits) or the parent's config cannot be read (committed invalid without the
 * hook: nothing to compare with).
 */
export async function changedGlobs(repo: Repo, base: string, config: Config): Promise<Config | undefined> {
  const previous = await parentConfig(repo, base);
  return previous && !sameIdMapping(previous, config) ? previous : undefined;
}

/** What the change of globs from `previous` to `config` makes of the index's files `changes` leaves alone (rerootedSources). */
export async function rerootedChanges(repo: Repo, previous: Config, config: Config, changes: readonly IndexChange[]): Promise<(IndexChange & { fromId?: string })[]> {
  // The files either config takes: a clause only the old globs took leaves the codex.
  const entries = await listIndex(repo, { pathspecs: [...new Set([...sourcePathspecs(config), ...sourcePathspecs(previous)])] });
  return rerootedSources(entries, new Set(changes.map((change) => change.path)), previous, config);
}

async function parentConfig(repo: Repo, base: string): Promise<Config | undefined> {
  if (base === EMPTY_TREE) return undefined;
  const name = `${base}:${CONFIG_FILE}`;
  const text = (await readObjects(repo, [name])).get(name);
  const [{ parseConfig }, { configSchema }] = await Promise.all([import('../config/read-fs.ts'), import('../schema/config.ts')]);
  if (!text) return configSchema.parse({});
  try {
    return parseConfig(text.toString('utf8'));
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}
