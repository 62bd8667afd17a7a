// On a pull request, a review decision its own commits make counts there, and stops counting if
// the pull request is squash-merged (reviewer-gate.ts: one commit names one author). Said on the
// pull request's run, before the merge button, rather than as a red push on the base branch after.
import type { Problem } from '../../lib/errors.ts';
import type { AuditHistory } from '../../lib/guard/audit-history-git.ts';
import { isDecided } from '../../lib/guard/open-audits.ts';
import type { Audit } from '../../lib/schema/records.ts';

/**
 * Pure: a warning for each flagged audit whose decision counts (not in `refused`) and was written
 * by a commit of the range (`history.inRange`): the newest commit of `history` listing its file.
 */
export function squashWarnings(audits: readonly (Pick<Audit, 'regression_flag' | 'review' | 'id'> & { file: string })[], refused: ReadonlyMap<string, string>, history: AuditHistory): Problem[] {
  const wanted = new Set(audits.filter((audit) => audit.regression_flag && isDecided(audit.review) && !refused.has(audit.file)).map((audit) => audit.file));
  const decidedBy = new Map<string, string>();
  for (const entry of history.entries) {
    for (const file of entry.files) if (wanted.has(file) && !decidedBy.has(file)) decidedBy.set(file, entry.commit);
  }
  return audits.flatMap((audit) => {
    const commit = decidedBy.get(audit.file);
    if (!commit || !history.inRange(commit)) return [];
    return [{
      code: 'review-in-pull-request', file: audit.file,
      message: `this pull request carries the ${audit.review.status} review of audit ${audit.id} (commit ${commit.slice(0, 7)}, by ${audit.review.by}): it counts with a merge commit or rebase-merge; a squash merge folds it into one commit with the change, where it no longer counts, and check on the base branch fails`,
      fix: 'merge this pull request with a merge commit or rebase-merge (or, after a squash, have the reviewer run the review again on the base branch)',
    }];
  });
}
