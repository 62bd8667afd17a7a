// Node-only (git): the bench's repositories at another age. `cloneWithShortHistory` makes a copy
// of a repository whose HEAD tree is the same but whose history is three commits long (the last
// three first-parent commits' trees, made again), repacked alone: what grows with a repository's
// age shows against it, the prompts, files and records being the same. `writeLocalReflog` gives a
// repository the HEAD reflog its history would have left had it been committed in this clone (the
// bench's history comes from `git fast-import`, which writes none): git reads it on every commit
// (the post-commit hook's `git reflog -1`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** How many commits the short history keeps. */
export const SHORT_HISTORY_COMMITS = 3;

function git(dir: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', input: options.input, env: { ...process.env, ...options.env }, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} (in ${dir}): ${result.stderr}`);
  return result.stdout;
}

/**
 * A local clone of `from` at `dir` whose history is HEAD's last SHORT_HISTORY_COMMITS first-parent
 * commits made again with the same trees, authors, dates and messages (so the same HEAD tree), with
 * no other ref, no reflog, and one pack of only what that history reaches (the clone's hard-linked
 * packs of the long history pruned); its working tree checked out. Returns its number of commits.
 */
export function cloneWithShortHistory(from: string, dir: string): number {
  git(path.dirname(dir), ['clone', '-q', '--no-checkout', from, dir]);
  for (const [key, value] of [['user.name', 'Bench'], ['user.email', 'bench@example.com'], ['core.hooksPath', '/dev/null']]) git(dir, ['config', key!, value!]);
  let parent: string | undefined;
  for (let back = SHORT_HISTORY_COMMITS - 1; back >= 0; back--) {
    const [tree, authorName, authorEmail, authorDate, committerName, committerEmail, committerDate, message] = git(dir, ['log', '-1', '--format=%T%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B', `HEAD~${back}`]).split('\0');
    const env = { GIT_AUTHOR_NAME: authorName!, GIT_AUTHOR_EMAIL: authorEmail!, GIT_AUTHOR_DATE: authorDate!, GIT_COMMITTER_NAME: committerName!, GIT_COMMITTER_EMAIL: committerEmail!, GIT_COMMITTER_DATE: committerDate! };
    parent = git(dir, ['commit-tree', tree!, ...(parent ? ['-p', parent] : []), '-F', '-'], { input: message, env }).trim();
  }
  const branch = git(dir, ['symbolic-ref', '--short', 'HEAD']).trim();
  git(dir, ['update-ref', `refs/heads/${branch}`, parent!]);
  git(dir, ['remote', 'remove', 'origin']);
  const others = git(dir, ['for-each-ref', '--format=%(refname)']).split('\n').filter((ref) => ref && ref !== `refs/heads/${branch}`);
  if (others.length > 0) git(dir, ['update-ref', '--stdin'], { input: others.map((ref) => `delete ${ref}\n`).join('') });
  git(dir, ['reflog', 'expire', '--expire=all', '--all']);
  git(dir, ['repack', '-a', '-d', '-q']);
  git(dir, ['prune', '--expire=now']);
  git(dir, ['read-tree', '-u', '--reset', 'HEAD']);
  return Number(git(dir, ['rev-list', '--count', 'HEAD']).trim());
}

/**
 * Replaces the HEAD reflog of `dir` with one entry per first-parent commit of HEAD, oldest first,
 * as `git commit` (and `git merge` for a merge) would have written them there. Returns how many.
 */
export function writeLocalReflog(dir: string): number {
  const commits = git(dir, ['log', '--first-parent', '--reverse', '--format=%H%x00%P%x00%cn <%ce>%x00%ct%x00%ci%x00%s', 'HEAD']).split('\n').filter(Boolean);
  let previous = '0'.repeat(40);
  const lines = commits.map((line) => {
    const [commit = '', parents = '', committer = '', seconds = '', iso = '', subject = ''] = line.split('\0');
    const action = parents.includes(' ') ? 'merge' : previous === '0'.repeat(40) ? 'commit (initial)' : 'commit';
    // "<name> <email> <seconds> <zone>", the zone as %ci ends with it (+0100).
    const entry = `${previous} ${commit} ${committer} ${seconds} ${iso.split(' ').at(-1)}\t${action}: ${subject}\n`;
    previous = commit;
    return entry;
  });
  const gitdir = git(dir, ['rev-parse', '--absolute-git-dir']).trim();
  fs.mkdirSync(path.join(gitdir, 'logs'), { recursive: true });
  fs.writeFileSync(path.join(gitdir, 'logs', 'HEAD'), lines.join(''));
  return lines.length;
}
