// Pure: promptvault-repair entries of a .pre-commit-config.yaml that hold an older init's
// post-commit line (the repair README's `repo: local` form ran `git reflog -1` until session 25).
// The config is the team's file: doctor names such an entry (its line, and the entry promptvault
// gives now, post-commit-line.ts) and never rewrites it, as it names an older husky line.
import { yamlLibrary } from '../yaml-library.ts';
import { frameworkRepairEntry } from './post-commit-line.ts';
import { outdatedLineWithin } from './outdated-hook-lines.ts';

/** An outdated entry found in the config. */
export interface OutdatedFrameworkEntry {
  /** 1-based line of the config where the entry's `entry:` value starts. */
  line: number;
  /** What is wrong with it. */
  why: string;
  /** The `entry:` line to put there instead, as YAML (a double-quoted string: its tab as `\t`). */
  current: string;
}

/** Outdated promptvault-repair entries of `configText`; empty for none, or for a text YAML cannot read (doctor says so elsewhere). */
export function findOutdatedFrameworkEntries(configText: string): OutdatedFrameworkEntry[] {
  const yaml = yamlLibrary();
  let document;
  try {
    document = yaml.parseDocument(configText);
  } catch {
    return [];
  }
  if (document.errors.length > 0) return [];
  const repos = document.get('repos');
  if (!yaml.isSeq(repos)) return [];
  const found: OutdatedFrameworkEntry[] = [];
  for (const repo of repos.items) {
    if (!yaml.isMap(repo)) continue;
    const local = repo.get('repo') === 'local';
    const hooks = repo.get('hooks');
    if (!yaml.isSeq(hooks)) continue;
    for (const hook of hooks.items) {
      if (!yaml.isMap(hook)) continue;
      const entry = hook.get('entry', true);
      if (!yaml.isScalar(entry) || typeof entry.value !== 'string' || !/promptvault/.test(entry.value)) continue;
      const why = outdatedLineWithin('post-commit', entry.value);
      if (why === undefined) continue;
      const offset = entry.range?.[0] ?? 0;
      found.push({ line: configText.slice(0, offset).split('\n').length, why, current: `entry: ${JSON.stringify(frameworkRepairEntry({ local }))}` });
    }
  }
  return found;
}
