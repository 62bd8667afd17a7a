// A commit whose new codex globs give clauses other ids (`codex/refunds/**/*.md` widened to
// `codex/**/*.md`: `limit` becomes `refunds/limit`) audits each as a move, but cannot rewrite the
// prompts that cite the old id: front matter is the author's data. A prompt the commit does not
// touch would cite a clause that no longer exists, and `check` would fail on it after the commit.
// So the commit is refused, naming each such prompt, the id it cites, the id the clause has now and
// the fix (the new id in its `codex` list, in the same commit). Loaded only for such a commit.
import type { Problem } from '../errors.ts';
import type { IndexEntry } from '../git/index.ts';
import { globToRegExp, idFromPath } from '../prompt/locate.ts';
import { readPrompts } from '../prompt/read-files.ts';
import type { KnownIds } from '../prompt/references.ts';
import type { Config } from '../schema/config.ts';
import { CONFIG_FILE } from '../schema/config-defaults.ts';
import { findCitations } from './citations.ts';
import type { ClauseChange } from './collect.ts';
import type { TreeView } from './view.ts';

/**
 * The problems of prompts outside `staged` (those are checked against the new ids anyway) whose
 * `codex` names an id a rerooted clause had and no clause has after the commit.
 */
export async function findRerootedCitations(view: TreeView, config: Config, clauses: ClauseChange[], known: KnownIds, staged: ReadonlySet<string>, sources?: IndexEntry[]): Promise<Problem[]> {
  // Old id -> the clause's path (whose id is now another): a same-path change naming the id it had.
  const moved = new Map(clauses.filter((change) => change.status === 'M' && change.fromId !== undefined && !known.clauses.has(change.fromId)).map((change) => [change.fromId!, change.path]));
  if (moved.size === 0) return [];
  const citing = await findCitations(view, config, [...moved.keys()], { sources });
  const files = new Set([...citing.values()].flat().flatMap((ref) => known.prompts.get(ref.prompt) ?? []).filter((file) => !staged.has(file)));
  if (files.size === 0) return [];
  const { prompts } = await readPrompts(view, await view.list([...files]), config);
  return prompts.flatMap((prompt) => prompt.frontMatter.codex.filter((id) => moved.has(id)).map((id): Problem => {
    const file = moved.get(id)!;
    const now = idFromPath(file, 'clause', config);
    const glob = config.codex.find((pattern) => globToRegExp(pattern).test(file));
    return {
      code: 'codex-rerooted', file: prompt.path, line: prompt.keyLines.codex,
      message: `codex names the clause "${id}", which the codex glob '${glob}' this commit writes in ${CONFIG_FILE} calls "${now}" (${file})`,
      expected: `codex: [${now}]`,
      fix: `write "${now}" for "${id}" in the codex list of ${prompt.path} and add it to this commit, or keep the codex globs as they were`,
    };
  }));
}
