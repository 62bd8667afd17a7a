// Node-only: the git dir shared by all worktrees of a repository.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The common git dir of `gitdir`: a linked worktree names it in its `commondir` file (objects and
 * our caches live there, shared by every worktree); any other git dir is its own.
 */
export function gitCommonDir(gitdir: string): string {
  try {
    return path.resolve(gitdir, fs.readFileSync(path.join(gitdir, 'commondir'), 'utf8').trim());
  } catch {
    return gitdir; // not a linked worktree
  }
}

/**
 * The working tree of the main worktree, where `.husky/` and `node_modules/` are: `dir` itself
 * unless `dir` is a linked worktree; then the main one, which is the parent of the common git dir
 * in an ordinary clone, and its `core.worktree` where the git dir lives elsewhere (a submodule's,
 * under the superproject's `.git/modules/`, or `git init --separate-git-dir`). Taking the parent
 * of the common dir everywhere sent `init` in a submodule checkout to `.git/modules/<parent>`
 * (husky: ".git can't be found"; found on an adopter trial).
 */
export function mainWorktreeRoot(repo: { dir: string; gitdir: string }): string {
  const common = gitCommonDir(repo.gitdir);
  if (path.resolve(common) === path.resolve(repo.gitdir)) return repo.dir;
  return mainRootOf(common);
}

/** The main working tree of the repository whose common git dir is `common` (see mainWorktreeRoot). */
function mainRootOf(common: string): string {
  const worktree = readCoreSetting(path.join(common, 'config'), 'worktree');
  if (worktree !== undefined) return path.resolve(common, worktree);
  return path.dirname(common);
}

/**
 * Every working tree of the repository at `gitdir` (any of its worktrees' git dirs): the main one
 * (none in a bare repository) and each linked one whose folder is still there (git forgets the
 * others at its next `git worktree prune`). Read from git's files, without a git process.
 */
export function listWorktreeRoots(gitdir: string): string[] {
  const common = gitCommonDir(gitdir);
  const roots = readCoreSetting(path.join(common, 'config'), 'bare') === 'true' ? [] : [mainRootOf(common)];
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(common, 'worktrees'));
  } catch {
    // No linked worktree was ever added.
  }
  for (const name of names) {
    try {
      // `gitdir` there names the linked worktree's `.git` file, in its working tree's root.
      const dotGit = path.resolve(common, 'worktrees', name, fs.readFileSync(path.join(common, 'worktrees', name, 'gitdir'), 'utf8').trim());
      if (fs.existsSync(dotGit)) roots.push(path.dirname(dotGit));
    } catch {
      // Not a worktree's folder, or half removed.
    }
  }
  return roots;
}

/** A `core.<key>` of a git config file, read as git writes it (`[core]` then `key = value`). */
function readCoreSetting(file: string, key: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let core = false;
  const setting = new RegExp(`^${key}\\s*=\\s*(.+)$`, 'i');
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) core = /^\[core\]$/i.test(line);
    else if (core) {
      const set = setting.exec(line);
      if (set) return set[1]!.replace(/^"(.*)"$/, '$1');
    }
  }
  return undefined;
}
