// Node-only (git): the folders `build --out` refuses. The site is copied into the folder given,
// merged with what is there, so `--out docs` (where a team keeps its prompts) or `--out .` left
// hundreds of pages among the repository's own files, one `git add -A` away from a commit, and
// said "80 pages in ..." as if all were well (found on an adopter trial, session 35).
import path from 'node:path';
import type { Problem } from '../../lib/errors.ts';
import { openRepo } from '../../lib/git/index.ts';
import { runGit, splitNul } from '../../lib/git/native-git.ts';
import { leavesFolder, realPathSoFar } from '../../lib/path-inside-fs.ts';

/** Files named in the message: enough to recognise the folder, few enough to read. */
const NAMED = 3;

/**
 * Why the site may not be written to `outDir`: it is the repository's folder or holds it, or it
 * holds files git tracks. Undefined for a folder of its own (ignored, untracked, or outside the
 * repository) and outside git, where a vault copied out of its repository builds too.
 */
export async function outFolderProblem(cwd: string, given: string): Promise<Problem | undefined> {
  const repo = await openRepo({ cwd }).catch(() => null);
  // git names the repository by its real path: an --out reached through a link (a cwd under a
  // linked folder) is compared as that real path, or `--out docs` there passed as "outside".
  const outDir = realPathSoFar(path.resolve(cwd, given));
  const root = repo?.dir ?? realPathSoFar(path.resolve(cwd));
  const fix = 'choose a folder of its own with --out, e.g. --out public/vault (and add public/ to .gitignore), or a folder outside the repository';
  const fromRoot = path.relative(outDir, root);
  if (fromRoot === '' || !leavesFolder(fromRoot)) {
    return { code: 'out-holds-repository', file: outDir, message: fromRoot === '' ? 'is the repository\'s own folder: the site\'s pages would be written among its files' : `holds the repository (${root}): the site's pages would be written among its files`, fix };
  }
  const inside = path.relative(root, outDir);
  if (!repo || leavesFolder(inside)) return undefined;
  // Read until a few names are whole: `--out prompts` in a 10,000-prompt repository lists them all.
  const chunks: Buffer[] = [];
  let ends = 0;
  await runGit(['ls-files', '-z', '--', `:(literal)${inside.split(path.sep).join('/')}`], {
    dir: root,
    env: repo.env,
    onStdout: (chunk) => {
      chunks.push(chunk);
      ends += chunk.filter((byte) => byte === 0).length;
      return ends > NAMED ? 'stop' : undefined;
    },
  });
  const tracked = splitNul(Buffer.concat(chunks)).slice(0, ends);
  if (tracked.length === 0) return undefined;
  const named = tracked.slice(0, NAMED).join(', ') + (tracked.length > NAMED ? ', ...' : '');
  return { code: 'out-holds-tracked-files', file: inside, message: `holds files git tracks (${named}): the site's pages would be mixed into them`, fix };
}
