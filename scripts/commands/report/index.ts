// `promptvault report --format markdown [--base REF]`: what the current branch changed in the
// vault since it left REF (prompt versions with token and trait deltas, clause audits with their
// reasons and review state, labels moved), for a PR's job summary and comment.
import { readConfig } from '../../lib/config/read-fs.ts';
import { findRefusedDecisions } from '../../lib/guard/reviewer-gate-git.ts';
import { readSharedAuditHistory } from '../../lib/guard/audit-history-git.ts';
import { rankSameSecondAudits } from '../../lib/guard/audit-commit-order-git.ts';
import { rejudgeUnflagged } from '../../lib/guard/rejudge-git.ts';
import { UserError } from '../../lib/errors.ts';
import { listTree, mergeBase, openRepo, readBlobs, resolveCommit, resolveHead, type Repo } from '../../lib/git/index.ts';
import { buildBranchReport, type BranchReport, type ReportSide } from '../../lib/report/branch-report.ts';
import type { Config } from '../../lib/schema/config.ts';
import { readSnapshot, recordProblems, type Snapshot } from '../../lib/vault/read-all.ts';
import { explainRewrittenPrompts, findDrift, nameLastCommits, unhookedDrift } from '../check/index.ts';
import { VAULT_DIR } from '../../lib/vault/paths.ts';

export interface ReportOptions {
  cwd: string;
  /**
   * The branch the work will merge into (`origin/main`). The report covers the commits since the
   * branch left it (their merge base). Default: `origin/<GITHUB_BASE_REF>` in a pull request's
   * workflow, else `origin/main`, else `main`; with none of them, the whole history.
   */
  base?: string;
  /** Commit to report on (default HEAD). */
  head?: string;
  env?: Record<string, string | undefined>;
}

const LABELS_DIR = `${VAULT_DIR}/labels/`;

export async function report(options: ReportOptions): Promise<BranchReport> {
  const repo = await openRepo({ cwd: options.cwd });
  const config = readConfig(repo.dir);
  const head = options.head ? await resolveCommit(repo, options.head) : await resolveHead(repo);
  if (head === null) {
    throw new UserError(options.head ? 'ref-unknown' : 'no-commits', options.head ? `--head "${options.head}" names no commit in ${repo.dir}` : 'the repository has no commits yet, so there is nothing to report');
  }
  const { commit: baseCommit, ...baseFrom } = await findBase(repo, head, options.base, options.env ?? process.env);
  const [before, [after, headSnapshot]] = await Promise.all([baseCommit ? readSide(repo, config, baseCommit).then(([side]) => side) : emptySide(), readSide(repo, config, head)]);
  // Files changed without the hook (a web edit on the branch): no version to list, and `check`
  // fails on them; the comment says so, naming each commit, rather than "no prompt version".
  const drift = findDrift(headSnapshot);
  await explainRewrittenPrompts(repo, head, headSnapshot, drift);
  const unrecorded = unhookedDrift(drift);
  await nameLastCommits(repo, head, unrecorded, () => 'last changed in commit');
  // A decision `check` does not count (guard/reviewer-gate.ts) is reported as still needing review;
  // so is an audit of the branch's written unflagged that the guard flags when it judges the change
  // again from git's texts, as `check --since <base>` does in CI: the comment and the gate agree.
  // One read of vault/audits/'s history for both (audit-history-git.ts).
  const judgeAgain = baseCommit !== null && after.audits.some((audit) => !audit.regression_flag);
  const history = await readSharedAuditHistory(repo, { ref: head, since: baseCommit, settings: config.review, audits: after.audits, rejudging: judgeAgain });
  const refused = await findRefusedDecisions(repo, { ref: head, settings: config.review, audits: after.audits, history });
  if (judgeAgain) {
    const rejudged = await rejudgeUnflagged(repo, { ref: head, since: baseCommit, config, audits: after.audits, env: options.env ?? process.env, history });
    for (const [file, why] of rejudged.refused) if (!refused.has(file)) refused.set(file, why);
  }
  for (const audit of after.audits) if (refused.has(audit.file)) Object.assign(audit, { regression_flag: true, decision_refused: refused.get(audit.file) });
  return buildBranchReport({ base: before, head: after, baseRef: baseCommit, baseFrom, headRef: head, unrecorded, gate: config.review });
}

/**
 * The merge base with the branch the work merges into, the ref it was read from, and the default
 * refs tried before it that name no commit here: a clone without `origin/main` (CI's shallow
 * checkout, a fork) falls back to the local `main`, which may be behind, and the report says so.
 */
async function findBase(repo: Repo, head: string, base: string | undefined, env: Record<string, string | undefined>): Promise<{ commit: string | null; ref: string | null; missing: string[] }> {
  if (base !== undefined) {
    const commit = await resolveCommit(repo, base);
    if (commit === null) {
      throw new UserError('base-unknown', `--base "${base}" names no commit in ${repo.dir}. Give the branch the work merges into, e.g. --base origin/main (in CI, fetch it first: actions/checkout with fetch-depth: 0).`);
    }
    return { commit: await mergeBase(repo, { a: commit, b: head }), ref: base, missing: [] };
  }
  // Each once: a pull request into main sets GITHUB_BASE_REF=main, and a clone without origin/main
  // was told it had "no `origin/main` or `origin/main`".
  const candidates = [...new Set([env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : null, 'origin/main', 'main'].filter((ref): ref is string => ref !== null))];
  const missing: string[] = [];
  for (const candidate of candidates) {
    const commit = await resolveCommit(repo, candidate);
    // On main itself (or a branch main has caught up with) the branch changed nothing since it
    // left main: the merge base is the head, and the report is empty, not the whole history.
    if (commit !== null) return { commit: await mergeBase(repo, { a: commit, b: head }), ref: candidate, missing };
    missing.push(candidate);
  }
  return { commit: null, ref: null, missing };
}

async function readSide(repo: Repo, config: Config, ref: string): Promise<[ReportSide, Snapshot]> {
  const snapshot = await readSnapshot(repo, config, { ref });
  // A snapshot with invalid files still has every valid record: the report shows what it can;
  // `promptvault check` is the command that fails on them.
  const entries = await listTree(repo, { ref, pathspecs: [LABELS_DIR] });
  const blobs = await readBlobs(repo, entries.map((entry) => entry.oid));
  const labels = new Map(entries.filter((entry) => !entry.path.endsWith('README.md')).map((entry) => [entry.path, blobs.get(entry.oid)!.toString('utf8')]));
  const unreadable = [...new Set(recordProblems(snapshot).map((problem) => problem.file))];
  // Audits of a clause in one second ordered by the commits that added them, as check orders them (audit-order.ts).
  const audits = await rankSameSecondAudits(repo, snapshot.audits, ref);
  return [{ checkpoints: snapshot.checkpoints, mutations: snapshot.mutations, audits, labels, clauses: new Map(snapshot.clauses.map((clause) => [clause.id, clause.body])), unreadable }, snapshot];
}

function emptySide(): ReportSide {
  return { checkpoints: [], mutations: [], audits: [], labels: new Map() };
}
