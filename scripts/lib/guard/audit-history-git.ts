// Node-only (git): the history of vault/audits/ that `check` needs twice, read once. The reviewer
// gate (reviewer-gate-git.ts) asks who added and who last changed each decided or unflagged audit,
// over all of history; the re-judging of unflagged audits (rejudge-git.ts) asks which commit of the
// range added each one. Both came from their own `git log -- vault/audits/`: on a repository with a
// long history that was the same walk twice.
import { listPathHistory, listRangeCommits, readShallowCommits, type Repo } from '../git/index.ts';
import type { Audit } from '../schema/records.ts';
import { AUDITS_DIR } from '../vault/paths.ts';
import { isDecided } from './open-audits.ts';
import type { GateSettings } from './reviewer-gate.ts';

export type AuditHistoryEntry = Awaited<ReturnType<typeof listPathHistory>>[number];

export interface AuditHistory {
  /** Commits that changed an audit file, newest first (a merge with the files it wrote unlike every parent). */
  entries: AuditHistoryEntry[];
  /** Whether `entries` covers all of the history of `ref` (else only `since..ref`). */
  full: boolean;
  /** Whether a commit of `entries` is one of `since..ref` (every one when there is no `since`). */
  inRange: (commit: string) => boolean;
  /** The commits a shallow clone cuts off: their parents, and so who changed what, are unknown. */
  shallow: ReadonlySet<string>;
}

type GateAudit = Pick<Audit, 'regression_flag' | 'review'>;

/** Whether the reviewer gate reads history for these audits: a reviewer is named and some audit is decided while flagged, or unflagged. */
export function gateReadsHistory(settings: GateSettings, audits: readonly GateAudit[]): boolean {
  return settings.reviewers !== undefined && audits.some((audit) => !audit.regression_flag || isDecided(audit.review));
}

/**
 * One `git log -- vault/audits/`: of all of `ref`'s history when `full` (the reviewer gate's
 * question), else of `since..ref` only (the re-judging's, the cheaper walk of a pull request's own
 * commits). With both `full` and `since`, the range is told apart by one `rev-list since..ref`, a
 * walk of the range alone without any diff.
 */
export async function readAuditHistory(repo: Repo, { ref, since, full }: { ref: string; since: string | null; full: boolean }): Promise<AuditHistory> {
  // The folder, not the files: git matches every pathspec against every changed path, so 300 file
  // pathspecs cost 1.05 s of CPU over 20,000 commits where the folder costs 0.16 s (and no command
  // line grows with the number of audits). mergeEdits: a merge that rewrites a decision (a
  // rejection turned into an accept while resolving) is the commit that decided it, and an audit
  // the hook wrote into a merge commit is listed there.
  const wholeWalk = full || since === null;
  const entries = await listPathHistory(repo, { ref: wholeWalk ? ref : `${since}..${ref}`, pathspecs: [`${AUDITS_DIR}/`], mergeEdits: true });
  const range = wholeWalk && since !== null ? await listRangeCommits(repo, { from: since, to: ref }) : null;
  return { entries, full: wholeWalk, inRange: range ? (commit) => range.has(commit) : () => true, shallow: readShallowCommits(repo) };
}

/**
 * The one history a command's reviewer gate (findRefusedDecisions) and re-judging (rejudgeUnflagged)
 * share: all of it when the gate reads it, else the range's when the caller re-judges (`rejudging`)
 * and some audit is unflagged; undefined when neither reads any.
 */
export async function readSharedAuditHistory(repo: Repo, { ref, since, settings, audits, rejudging }: { ref: string; since: string | null; settings: GateSettings; audits: readonly GateAudit[]; rejudging: boolean }): Promise<AuditHistory | undefined> {
  const full = gateReadsHistory(settings, audits);
  if (!full && !(rejudging && audits.some((audit) => !audit.regression_flag))) return undefined;
  return readAuditHistory(repo, { ref, since, full });
}
