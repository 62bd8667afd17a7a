// Pure: a prompt out of sync whose latest record the very commit that last changed the file added.
// The hook ran in that commit, and a step after it in the pre-commit hook (lint-staged, a
// formatter) rewrote the staged file once its version was written: "changed without the hook"
// would send whoever reads it looking for a --no-verify that never happened (found on an adopter
// trial with husky + lint-staged, `npx lint-staged` appended after promptvault's line).
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

/**
 * Rewrites the message and fix of each `out-of-sync` problem whose file was last changed by the
 * commit that added its latest record (`lastCommit`: path -> commit id, as lastCommitsTouching
 * gives it). Returns the problems rewritten.
 */
export function explainRewrittenAfterRecord(problems: Problem[], latestRecord: ReadonlyMap<string, string>, lastCommit: ReadonlyMap<string, { commit: string }>): Problem[] {
  return problems.filter((problem) => {
    if (problem.code !== 'out-of-sync') return false;
    const record = latestRecord.get(problem.file);
    const changed = lastCommit.get(problem.file)?.commit;
    if (!record || !changed || lastCommit.get(record)?.commit !== changed) return false;
    const version = /latest recorded version (v\d+)/.exec(problem.message)?.[1] ?? 'version';
    problem.message = `differs from its latest recorded version ${version}, which the hook recorded in the very commit that last changed the file: a step of the pre-commit hook that ran after promptvault (lint-staged, a formatter) rewrote the staged file once its version was written`;
    problem.fix = FIX;
    return true;
  });
}
