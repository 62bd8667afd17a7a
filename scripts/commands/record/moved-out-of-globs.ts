// Pure: the hook's warning for prompt files a commit moves where no `prompts` glob takes them
// (`git mv prompts app/prompts` with .promptvault.yaml left as it was). Such a commit read as the
// deletion of every prompt it moved, said nothing, and check then passed with "0 prompts": the
// registry stopped following them without a word. A deletion keeps its records (as ever); the
// warning names the moves and the glob that would keep following them.
import type { Problem } from '../../lib/errors.ts';
import { globRoot } from '../../lib/prompt/locate.ts';
import { CONFIG_FILE } from '../../lib/schema/config-defaults.ts';

/**
 * One warning for `moves` (old path -> new path), none when there are none. `globs` are the
 * config's `prompts` globs: a folder moved as a whole (`prompts/` -> `app/prompts/`) gets them
 * with the same move, so that the ids stay (a glob of the new folder alone would root them elsewhere).
 */
export function movedOutOfGlobsWarnings(moves: ReadonlyMap<string, string>, globs: readonly string[] = []): Problem[] {
  if (moves.size === 0) return [];
  const listed = [...moves].slice(0, 3).map(([from, to]) => `${from} -> ${to}`).join(', ');
  const more = moves.size > 3 ? ` and ${moves.size - 3} more` : '';
  const moved = movedPrefix(moves);
  // The globs that took the moved files: their folder before any wildcard holds one of them.
  const tookMoved = (glob: string) => [...moves.keys()].some((from) => from.startsWith(globRoot(glob)));
  const carried = moved ? globs.filter((glob) => glob.startsWith(moved.from) && tookMoved(glob)).map((glob) => `${moved.to}${glob.slice(moved.from.length)}`) : [];
  const suggested = carried.length > 0 ? carried : commonFolderGlobs([...moves.values()]);
  return [{
    code: 'prompt-moved-out-of-globs',
    file: CONFIG_FILE,
    message: `${moves.size} prompt file(s) moved where no \`prompts\` glob takes them (${listed}${more}): from this commit on they are not recorded, as if deleted (their records stay)`,
    expected: `a \`prompts\` glob that takes their new paths, e.g. prompts: [${suggested.map(yamlQuoted).join(', ')}]`,
    fix: `add that glob to \`prompts:\` in ${CONFIG_FILE}, \`git add ${CONFIG_FILE}\` and \`git commit --amend --no-edit\`: the amend records each move, the ids and versions going on`,
  }];
}

/** A YAML single-quoted scalar: a folder named "Bob's prompts" is pasted into the config as it is named. */
function yamlQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The globs of the deepest folder that holds every one of `files`, one per extension they have
 * ("app/prompts/**\/*.md"; `archive/**\/*.txt` too for a prompt moved to `archive/task-1.txt`,
 * which a `*.md` glob alone, as it was suggested, does not take).
 */
function commonFolderGlobs(files: string[]): string[] {
  const folders = files.map((file) => file.split('/').slice(0, -1));
  const first = folders[0] ?? [];
  let depth = 0;
  while (depth < first.length && folders.every((parts) => parts[depth] === first[depth])) depth++;
  const common = first.slice(0, depth).join('/');
  const extensions = [...new Set(files.map((file) => /\.[^./]+$/.exec(file)?.[0] ?? '.md'))].sort();
  return extensions.map((extension) => (common === '' ? `**/*${extension}` : `${common}/**/*${extension}`));
}

/**
 * The one prefix every move swaps for another, the rest of each path kept (`prompts/a.md` ->
 * `app/prompts/a.md`: '' -> 'app/'), by whole folders; undefined when the moves differ.
 */
function movedPrefix(moves: ReadonlyMap<string, string>): { from: string; to: string } | undefined {
  let found: { from: string; to: string } | undefined;
  for (const [fromPath, toPath] of moves) {
    const from = fromPath.split('/');
    const to = toPath.split('/');
    let kept = 0;
    while (kept < from.length && kept < to.length && from[from.length - 1 - kept] === to[to.length - 1 - kept]) kept++;
    if (kept === 0) return undefined;
    const prefix = { from: from.slice(0, from.length - kept).map((part) => `${part}/`).join(''), to: to.slice(0, to.length - kept).map((part) => `${part}/`).join('') };
    if (found && (found.from !== prefix.from || found.to !== prefix.to)) return undefined;
    found = prefix;
  }
  return found;
}
