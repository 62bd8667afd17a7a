// Pure: the hook's warning for prompt files a commit moves where no `prompts` glob takes them
// (`git mv prompts app/prompts` with .promptvault.yaml left as it was). Such a commit read as the
// deletion of every prompt it moved, said nothing, and check then passed with "0 prompts": the
// registry stopped following them without a word. A deletion keeps its records (as ever); the
// warning names the moves and the glob that would keep following them.
import type { Problem } from '../../lib/errors.ts';

/** The config file the fix is made in. */
const CONFIG_FILE = '.promptvault.yaml';

/** One warning for `moves` (old path -> new path), none when there are none. */
export function movedOutOfGlobsWarnings(moves: ReadonlyMap<string, string>): Problem[] {
  if (moves.size === 0) return [];
  const listed = [...moves].slice(0, 3).map(([from, to]) => `${from} -> ${to}`).join(', ');
  const more = moves.size > 3 ? ` and ${moves.size - 3} more` : '';
  const folders = [...new Set([...moves.values()].map((to) => (to.includes('/') ? `${to.slice(0, to.lastIndexOf('/'))}/**/*.md` : '*.md')))];
  const glob = commonGlob(folders);
  return [{
    code: 'prompt-moved-out-of-globs',
    file: CONFIG_FILE,
    message: `${moves.size} prompt file(s) moved where no \`prompts\` glob takes them (${listed}${more}): from this commit on they are not recorded, as if deleted (their records stay)`,
    expected: `a \`prompts\` glob that takes their new paths, e.g. prompts: ['${glob}']`,
    fix: `add that glob to \`prompts:\` in ${CONFIG_FILE}, \`git add ${CONFIG_FILE}\` and \`git commit --amend --no-edit\`: the amend records each move, the ids and versions going on`,
  }];
}

/** The shortest folder glob of `globs` that every one of them falls under ("app/prompts/**\/*.md"). */
function commonGlob(globs: string[]): string {
  const folders = globs.map((glob) => glob.replace(/\/?\*\*\/\*\.md$|\*\.md$/, '').split('/').filter(Boolean));
  const first = folders[0] ?? [];
  let depth = 0;
  while (depth < first.length && folders.every((parts) => parts[depth] === first[depth])) depth++;
  const common = first.slice(0, depth).join('/');
  return common === '' ? '**/*.md' : `${common}/**/*.md`;
}
