import { describe, expect, it } from 'vitest';
import { indexSources } from '../../lib/recorder/collect.ts';
import type { Config } from '../../lib/schema/config.ts';
import { TreeSourceIndex } from './source-index.ts';

const GLOBS = { prompts: ['prompts/**/*.md', 'prompts/**/*.prompt', '.claude/agents/*.md'], codex: ['codex/**/*.md'] } as unknown as Config;

// Paths that give few ids, so files share one (a.md and a.prompt: a duplicate) and an id's first
// path changes as files come and go; a README the globs match that is no source; a file no glob takes.
const PATHS = [
  ...['a', 'b', 'c', 'd'].flatMap((name) => [`prompts/team/${name}.md`, `prompts/team/${name}.prompt`, `prompts/Team/${name}.md`]),
  '.claude/agents/a.md', 'codex/rule.md', 'codex/other.md', 'prompts/README.md', 'docs/guide.md',
];

// Each id with its paths in the tree's order, and its first path. The ids themselves may come in
// another order than the tree's (an id keeps its place when its first file goes), so they are sorted.
const byId = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** What `indexSources` gives over the same tree. */
function expected(tree: Map<string, string>) {
  const index = indexSources([...tree].map(([path, oid]) => ({ path, oid, mode: '100644' })), GLOBS);
  return { prompts: byId(index.known.prompts), clauses: byId(index.known.clauses), promptPaths: byId(index.promptPaths) };
}

function actual(index: TreeSourceIndex) {
  return { prompts: byId(index.known.prompts), clauses: byId(index.known.clauses), promptPaths: byId(index.promptPaths) };
}

describe('TreeSourceIndex', () => {
  it('equals indexSources over its tree through adds, removals and copies that move on apart, first paths included', () => {
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * n);
    // Two branches of one history: each a tree (a map keeps a new path last) and its index.
    const branches = [{ tree: new Map<string, string>(), index: new TreeSourceIndex(GLOBS) }];
    for (let step = 0; step < 3000; step++) {
      const branch = branches[random(branches.length)]!;
      const file = PATHS[random(PATHS.length)]!;
      const roll = random(10);
      if (roll < 5) {
        if (!branch.tree.has(file)) branch.tree.set(file, 'a'.repeat(40));
        branch.index.add(file);
      } else if (roll < 9) {
        branch.tree.delete(file);
        branch.index.remove(file);
      } else {
        // A branch point: the copy and the original go on, each on its own.
        branches.push({ tree: new Map(branch.tree), index: branch.index.copy() });
        // Another branch merged: its index goes, and those it shared maps with have them alone.
        if (branches.length > 4) branches.splice(branches.findIndex((other) => other !== branch), 1)[0]!.index.dispose();
      }
      expect(actual(branch.index)).toEqual(expected(branch.tree));
      // Walked, the first paths come in the ids' order, as indexSources gives them.
      expect([...branch.index.promptPaths.keys()]).toEqual([...branch.index.known.prompts.keys()]);
      for (const [id, paths] of branch.index.known.prompts) {
        expect(branch.index.promptPaths.get(id)).toBe(paths[0]);
        expect(branch.index.promptPaths.has(id)).toBe(true);
      }
      expect(branch.index.promptPaths.has('team/none')).toBe(false);
    }
  });
});
