// The hook's commit of a prompt that a commit made without the hook (`--no-verify`, hooks off)
// changed since its latest version (lib/recorder/unrecorded-base.ts finds them): that commit's
// version is recorded first, as `record --all` records it (unhooked-series.ts: one version per such
// commit, with that commit's parents, date and subject), and this commit's version on top of it.
// Before, the hook recorded this commit's version from the latest one, holding both changes, and
// check was green after: the skipped version was never named (mend37's row 4b). Where the series
// cannot tell the skipped version commit by commit (the file deleted and added again, or moved,
// without the hook since its latest version), the commit is refused with the steps that record
// it. Loaded only when such a prompt is found.
import { UserError, type Problem } from '../../lib/errors.ts';
import type { IndexChange, Repo } from '../../lib/git/index.ts';
import { runGit } from '../../lib/git/native-git.ts';
import { operationInProgress } from '../../lib/git/operation-fs.ts';
import type { UnrecordedBase } from '../../lib/recorder/unrecorded-base.ts';
import type { Config } from '../../lib/schema/config.ts';
import type { TokenCounter } from '../../lib/traits/token-counter-fs.ts';
import { recordUnhookedSeries } from './unhooked-series.ts';

export type SkippedVersions = Awaited<ReturnType<typeof recordUnhookedSeries>>;

/**
 * Records and stages the versions of the commits made without the hook since each prompt's latest
 * version, up to `head`; undefined while git is in a rebase, cherry-pick, revert or `git am`,
 * whose repair (post-rewrite, post-commit) judges the records of the commits it replays.
 */
export async function recordSkippedVersions(repo: Repo, config: Config, head: string, unrecorded: UnrecordedBase[], tokens: () => Promise<TokenCounter>, env: Record<string, string | undefined>): Promise<SkippedVersions | undefined> {
  if (operationInProgress(repo.gitdir) !== null) return undefined;
  // As the series takes the index's prompts: HEAD's texts of these files, at HEAD's paths.
  const atHead = unrecorded.map((file): IndexChange => ({ status: 'M', path: file.path, oldOid: null, newOid: file.oid, newMode: '100644' }));
  return recordUnhookedSeries(repo, config, head, atHead, tokens, env);
}

/**
 * The refusal for the prompts still without a version of HEAD's text after the series, naming the
 * commit that last changed each (one `git log` a file: this is the rare path) and the steps that
 * record that text as a version of its own: `record --all` on HEAD's files, in a commit of its own.
 */
export async function unhookedVersionRefusal(repo: Repo, head: string, left: UnrecordedBase[]): Promise<UserError> {
  const problems: Problem[] = [];
  for (const file of left) {
    const log = await runGit(['log', '-1', '--format=%H%x1f%s', head, '--', `:(literal)${file.path}`], repo);
    const [commit = '', subject = ''] = log.stdout.toString('utf8').trim().split('\x1f');
    const made = commit ? `commit ${commit.slice(0, 12)} ("${subject}")` : 'a commit';
    problems.push({
      code: 'unhooked-version', file: file.path,
      message: `was last changed by ${made} without the hook: that text has no version (the latest recorded is ${file.id} ${file.recorded}), and the hook cannot record it on that commit (the file was added, moved or deleted without the hook since its latest version)`,
      expected: 'every version of a prompt recorded before the next one is (this commit would fold that one into its own)',
      fix: 'record HEAD\'s text in a commit of its own, then commit again: `git stash`, `npx promptvault record --all`, `git commit -m "Record prompt versions committed without the hook"`, `git stash pop --index`',
    });
  }
  return new UserError('invalid-input', `promptvault: the commit was blocked, ${problems.length} prompt version${problems.length === 1 ? '' : 's'} committed without the hook to record first (nothing was written)`, problems);
}
