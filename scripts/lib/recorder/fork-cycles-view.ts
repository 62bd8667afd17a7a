// Fork cycles among the prompts of the commit being made: the staged prompts' forked_from chains are
// followed through the index (a chain is short; each hop reads one file), then checked by the pure
// findForkCycles.
import type { Problem } from '../errors.ts';
import { findForkCycles, linkOf, type ForkLink } from '../lineage/fork-cycles.ts';
import { readPrompts } from '../prompt/read-files.ts';
import type { Config } from '../schema/config.ts';
import type { Prompt } from '../schema/prompt.ts';
import type { TreeView } from './view.ts';

/** Longest chain followed; a longer chain of forks is not a cycle worth finding in a hook. */
const MAX_HOPS = 64;

export async function findStagedForkCycles(view: TreeView, prompts: Prompt[], pathOf: (id: string) => string | undefined, config: Config): Promise<Problem[]> {
  const links = new Map<string, ForkLink>(prompts.map((prompt) => [prompt.id, linkOf(prompt)]));
  let frontier = prompts.flatMap((prompt) => (prompt.frontMatter.forked_from ? [prompt.frontMatter.forked_from] : []));
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop++) {
    const wanted = [...new Set(frontier)].filter((id) => !links.has(id) && pathOf(id) !== undefined);
    if (wanted.length === 0) break;
    const entries = await view.list(wanted.map((id) => pathOf(id)!));
    const read = (await readPrompts(view, entries, config)).prompts;
    for (const prompt of read) links.set(prompt.id, linkOf(prompt));
    frontier = read.flatMap((prompt) => (prompt.frontMatter.forked_from ? [prompt.frontMatter.forked_from] : []));
  }
  return findForkCycles([...links.values()], new Set(prompts.map((prompt) => prompt.id)));
}
