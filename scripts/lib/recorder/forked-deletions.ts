// A prompt deleted or moved while another prompt still names it in `forked_from`: the hook let the
// commit through, and `check` then failed on the fork (forked_from names no prompt, exit 2), the
// site's build with it. The hook refuses it, as it refuses deleting a labelled prompt, naming the
// line to change. Loaded only for a commit that deletes or moves a prompt: one `git grep` of the index.
import type { Problem } from '../errors.ts';
import { classifyPath, escapeRegExp, sourcePathspecs } from '../prompt/locate.ts';
import { readPrompts } from '../prompt/read-files.ts';
import type { Config } from '../schema/config.ts';
import { shellWord } from '../shell-word.ts';
import type { TreeView } from './view.ts';

/** Ids up to this many are named in the grep's pattern. */
const FEW_IDS = 32;

/**
 * One problem per prompt of the commit being made whose `forked_from` names a deleted prompt.
 * `deleted` are the ids of prompts deleted, or moved away (`to`: the id it has now); the forks are read from `view` (the
 * index), so a fork deleted too, or its `forked_from` line removed in the same commit, lets it
 * through. grep only proposes: each candidate's front matter is parsed to be sure.
 */
export async function findForkedDeletions(view: TreeView, deleted: { id: string; path: string; to?: string }[], config: Config): Promise<Problem[]> {
  const ids = new Map(deleted.map((file) => [file.id, file]));
  // A few ids as alternatives; more (a glob change re-rooting every id under it), any forked_from
  // line: git's regex engine took 17 s of CPU over 10,000 prompts for 10,000 alternatives, against
  // 0.05 s for one, and the forks it proposes are parsed and filtered here either way.
  const pattern = ids.size <= FEW_IDS ? `^forked_from:[[:space:]]*["']?(${[...ids.keys()].map(escapeRegExp).join('|')})["']?[[:space:]]*$` : '^forked_from:';
  const candidates = (await view.grep(pattern, sourcePathspecs(config))).filter((file) => classifyPath(file, config) === 'prompt');
  if (candidates.length === 0) return [];
  const { prompts } = await readPrompts(view, await view.list(candidates), config);
  return prompts.flatMap((fork) => {
    const source = fork.frontMatter.forked_from;
    const gone = source === undefined ? undefined : ids.get(source);
    if (source === undefined || gone === undefined) return [];
    const at = `${fork.path}${fork.keyLines.forked_from ? `:${fork.keyLines.forked_from}` : ''}`;
    const [what, fix] = gone.to !== undefined
      ? [`is prompt ${source} moved to ${gone.to}, but ${at} names ${source}`, `write forked_from: ${gone.to} in ${fork.path} in the same commit, then commit again`]
      : [`is deleted, but ${at} names prompt ${source}`, `remove the forked_from line from ${fork.path} in the same commit (its version 1 keeps the fork in its lineage), then commit again; to keep the prompt: git restore --staged --worktree ${shellWord(gone.path)}`];
    return [{ code: 'fork-source-deleted', file: gone.path, message: `${what} in forked_from; check would fail on it (forked_from names no prompt)`, expected: 'forked_from names a prompt the repository still has', fix }];
  });
}
