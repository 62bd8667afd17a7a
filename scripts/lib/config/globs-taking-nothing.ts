// The globs given to `init` that take no file of the repository. A typo (`*.txt` for `*.md`,
// `promts/`) was written into .promptvault.yaml as given, init said "prompts: <glob> (as given
// with --prompts)" and exit 0, and backfill then recorded none of the team's prompts (found on an
// adopter trial, session 35). Pure: the caller lists the files.
import type { Config } from '../schema/config.ts';
import { classifyPath } from '../prompt/locate.ts';

export interface EmptyGlob {
  key: 'prompts' | 'codex';
  glob: string;
}

/** Each of `given`'s globs that takes none of `paths`, judged alone (a clause glob as clauses, a prompt glob as prompts). */
export function globsTakingNothing(paths: readonly string[], given: Partial<Pick<Config, 'prompts' | 'codex'>>): EmptyGlob[] {
  return (['prompts', 'codex'] as const).flatMap((key) => (given[key] ?? []).filter((glob) => {
    const alone = key === 'prompts' ? { prompts: [glob], codex: [] } : { prompts: [], codex: [glob] };
    const kind = key === 'prompts' ? 'prompt' : 'clause';
    return !paths.some((file) => classifyPath(file, alone) === kind);
  }).map((glob) => ({ key, glob })));
}
