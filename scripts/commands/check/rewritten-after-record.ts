// Pure: a prompt out of sync whose latest record the very commit that last changed the file added.
// Either the hook ran in that commit and a step after it in the pre-commit hook (lint-staged, a
// formatter) rewrote the staged file once its version was written ("changed without the hook"
// sent whoever read it looking for a --no-verify that never happened: an adopter trial with husky
// + lint-staged), or the commit was amended without the hook and kept the first attempt's records
// (which that message then misnamed as a formatter's doing: session 20's list of gaps).
import type { Problem } from '../../lib/errors.ts';
import { findHeads } from '../../lib/lineage/heads.ts';
import type { Snapshot } from '../../lib/vault/read-all.ts';

const FIX = 'put the line running `promptvault record --hook pre-commit` last in .husky/pre-commit (`promptvault doctor` names the steps after it), then run `promptvault record --all` and commit the records it stages';

/** The record file of the one latest version of each prompt file named (a mutation; none where the lineage has two heads). */
export function latestRecordFiles(snapshot: Pick<Snapshot, 'prompts' | 'mutations'>, files: readonly string[]): Map<string, string> {
  const wanted = new Set(files);
  const ids = new Map(snapshot.prompts.filter((prompt) => wanted.has(prompt.path)).map((prompt) => [prompt.id, prompt.path]));
  const byPrompt = Map.groupBy(snapshot.mutations.filter((mutation) => ids.has(mutation.prompt)), (mutation) => mutation.prompt);
  const found = new Map<string, string>();
  for (const [id, mutations] of byPrompt) {
    const heads = findHeads(mutations);
    if (heads.length === 1) found.set(ids.get(id)!, heads[0]!.file);
  }
  return found;
}

/** A date git gave with its offset, as the records write theirs (UTC, seconds). */
const utc = (date: string): string => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** How the commit that holds both came to be (readCommitOrigins). */
export interface CommitOrigin {
  authorDate: string;
  committerDate: string;
  /** What this clone's reflog shows it made again by (null: a plain commit, or no reflog says). */
  remadeBy: 'amend' | 'rebase' | 'cherry-pick' | null;
}

const AMEND_FIX = 'amend it again through the hook, `git commit --amend --no-edit` (the hook records an amend as one version against the commit\'s parents and drops the first attempt\'s records), or run `promptvault repair`';
const COPY_FIX = 'run `promptvault repair` (it replaces records that describe a text no commit of the branch holds by a version of the current text); `promptvault doctor` says whether the hook that runs it after a rebase (post-rewrite) or a cherry-pick (post-commit) is installed';
const REMADE_FIX = 'an amend: `git commit --amend --no-edit` through the hook; an amend, a rebase or a cherry-pick: `promptvault repair` (it replaces records that describe a text no commit of the branch holds by a version of the current text)';

/**
 * Rewrites the message and fix of each `out-of-sync` problem whose file was last changed by the
 * commit that added its latest record (`lastCommit`: path -> commit id, as lastCommitsTouching
 * gives it). Four causes leave that: the commit amended without the hook (`git commit --amend
 * --no-verify` keeps the first attempt's records beside the amended text), rebased or
 * cherry-picked with a text changed on the way (a conflict resolved, `rebase --continue` at an
 * `edit` stop with the file changed: neither runs the pre-commit hook, and the repair their hooks
 * run did not run), as this clone's reflog shows; where no reflog says (CI), a commit made again
 * by one of the three (its author date older than its commit date, which a plain commit's never
 * is); and a step of the pre-commit hook after promptvault's that rewrote the staged file.
 * Returns the problems rewritten.
 */
export function explainRewrittenAfterRecord(problems: Problem[], latestRecord: ReadonlyMap<string, string>, lastCommit: ReadonlyMap<string, { commit: string }>, origins: ReadonlyMap<string, CommitOrigin> = new Map()): Problem[] {
  return problems.filter((problem) => {
    if (problem.code !== 'out-of-sync') return false;
    const record = latestRecord.get(problem.file);
    const changed = lastCommit.get(problem.file)?.commit;
    if (!record || !changed || lastCommit.get(record)?.commit !== changed) return false;
    const version = /latest recorded version (v\d+)/.exec(problem.message)?.[1] ?? 'version';
    const origin = origins.get(changed);
    const dates = origin ? `authored ${utc(origin.authorDate)}, committed ${utc(origin.committerDate)}` : '';
    if (origin?.remadeBy === 'amend') {
      problem.message = `differs from its latest recorded version ${version}, which its commit holds from before \`git commit --amend\`: the commit was amended without the hook (\`--no-verify\`, HUSKY=0), so it kept the first attempt's records beside the amended text`;
      problem.fix = AMEND_FIX;
    } else if (origin?.remadeBy === 'rebase' || origin?.remadeBy === 'cherry-pick') {
      const how = origin.remadeBy === 'rebase' ? '`git rebase` (a conflict resolved, or the file changed at an `edit` stop)' : '`git cherry-pick` (a conflict resolved)';
      const hook = origin.remadeBy === 'rebase' ? 'post-rewrite' : 'post-commit';
      problem.message = `differs from its latest recorded version ${version}, which its commit holds from the commit it was copied from: this clone's reflog shows it made by ${how}, which runs no pre-commit hook, and the repair the ${hook} hook runs after it did not run (hooks off, or not installed) (${dates}), so it kept records of a text it no longer holds`;
      problem.fix = COPY_FIX;
    } else if (origin && Date.parse(origin.authorDate) < Date.parse(origin.committerDate)) {
      problem.message = `differs from its latest recorded version ${version}, which its commit holds from an earlier form of that commit: it was made again without the pre-commit hook and not repaired since (${dates}): amended with \`--no-verify\` or HUSKY=0, or rebased or cherry-picked with its text changed on the way (neither runs the pre-commit hook; the repair their post-rewrite and post-commit hooks run did not run), so it kept records of a text it no longer holds`;
      problem.fix = REMADE_FIX;
    } else {
      problem.message = `differs from its latest recorded version ${version}, which the hook recorded in the very commit that last changed the file: a step of the pre-commit hook that ran after promptvault (lint-staged, a formatter) rewrote the staged file once its version was written`;
      problem.fix = FIX;
    }
    return true;
  });
}
