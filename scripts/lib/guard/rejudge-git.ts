// Node-only (git): `check` does not trust the regression_flag an audit was committed with. The
// audit file is anyone's to write: `record --all`, then `regression_flag: false` typed into the
// staged audit, then a commit with the hook off, and no review was ever asked for. So each audit
// written unflagged is judged again here, on git's own texts of the change it records (the clause
// at the change commit and at its first parent, never the audit's previous/new_version, which the
// same hand wrote), by the guard the hook runs with the same configuration.
import path from 'node:path';
import { isUserError, type Problem } from '../errors.ts';
import { readObjects, type Repo } from '../git/index.ts';
import { contentHash } from '../prompt/parse.ts';
import { parseClause } from '../prompt/parse-clause.ts';
import { retitledOnly } from '../prompt/clause-title.ts';
import { pathFromId } from '../prompt/locate.ts';
import type { Config } from '../schema/config.ts';
import type { Audit } from '../schema/records.ts';
// The hook's cache folders: a remote embedding or verdict is asked for once.
import { EMBEDDING_CACHE_DIR, JUDGE_CACHE_DIR } from '../recorder/audits.ts';
import { findChangeCommits } from './reviewer-gate-git.ts';
import { readAuditHistory, type AuditHistory } from './audit-history-git.ts';
import { guardVersion } from './guard-version.ts';
import { undoneFlaggedAudit } from './open-audits.ts';
import { idsMovedInto } from './moved-clauses.ts';
import { packageVersion } from '../package-root-fs.ts';
import { openVerdictMemo } from './verdict-memo-fs.ts';
import type { MemoVerdict, VerdictInput } from './verdict-memo.ts';

type RejudgedAudit = Audit & { file: string };

let guardLoads = 0;

/** How many times this process loaded the guard to judge an audit again (the verdict memo's tests: a hit loads none). */
export function rejudgeGuardLoads(): number {
  return guardLoads;
}

export interface RejudgeResult {
  /** Why each unflagged audit counts as flagged and unreviewed, keyed by audit file. */
  refused: Map<string, string>;
  /** Audits that could not be judged again because history is cut off (a shallow clone). */
  warnings: Problem[];
  /**
   * Of `refused`, the audits the guard flags now that record this very guard version
   * (`guard_version`): the guard that wrote them unflagged would flag them, so the flag was lowered
   * by hand, whatever the range judged. Not an upgraded guard judging older audits otherwise.
   */
  sameGuard: Set<string>;
}

/**
 * Judge again every audit in `audits` written with regression_flag false that a commit after
 * `since` added (every one when `since` is null: a check outside CI trusts nothing).
 */
export async function rejudgeUnflagged(repo: Repo, options: { ref: string; since: string | null; config: Config; audits: readonly RejudgedAudit[]; env: Record<string, string | undefined>; history?: AuditHistory }): Promise<RejudgeResult> {
  const { ref, since, config, audits, env } = options;
  const result: RejudgeResult = { refused: new Map(), warnings: [], sameGuard: new Set() };
  const current = guardVersion(packageVersion(), config.guard);
  const unflagged = new Map(audits.filter((audit) => !audit.regression_flag).map((audit) => [audit.file, audit]));
  if (unflagged.size === 0) return result;
  // `check` reads the history once for this and the reviewer gate (audit-history-git.ts).
  const history = options.history ?? (await readAuditHistory(repo, { ref, since, full: false }));
  const { shallow } = history;
  // Newest first: the last commit of the range listing a file is the one that added it (in range).
  const added = new Map<string, { commit: string; parents: string[] }>();
  for (const entry of history.entries) {
    if (!history.inRange(entry.commit)) continue;
    for (const file of entry.files) if (unflagged.has(file)) added.set(file, { commit: entry.commit, parents: entry.parents });
  }
  const cutOff: string[] = [];
  const asked = [...added].flatMap(([file, commit]) => {
    if (shallow.has(commit.commit)) {
      cutOff.push(file);
      return [];
    }
    return [{ ...unflagged.get(file)!, added: commit }];
  });
  // The change each audit is about: findChangeCommits for one added by another commit (backfill,
  // a resync), else the adding commit itself; verified below on the texts either way.
  const changes = await findChangeCommits(repo, { audits: asked, shallow });
  const pick = asked.flatMap((audit) => {
    const change = changes.get(audit.file);
    // The change lies beyond the cut-off (backfill's audits in a clone of the last N commits).
    if (change === null) {
      cutOff.push(audit.file);
      return [];
    }
    const commit = change ? change.commit : audit.added.commit;
    // A move: the clause's text before it is at its old path (only if that path went away).
    const previousPath = audit.renamed_from ? pathFromId(audit.renamed_from, 'clause', config) : audit.path;
    return [{ audit, commit, previousPath }];
  });
  // A move that kept the text (`renamed_from`, the same hash on both sides: a `git mv`, new codex
  // globs, a merge bringing them) changes no rule: nothing to judge once git shows, at the commit
  // that added the audit, the clause holding that text and its first parent holding it too, at the
  // same path, or at the old id's path with nothing at this one (and the old path gone): a real move,
  // not a weakened clause whose hand-written audit names another clause that had the weak text.
  const keptMove = (audit: RejudgedAudit & { added: { commit: string } }, previousPath: string) => {
    const at = audit.added.commit;
    if (audit.renamed_from === undefined || audit.previous_hash !== audit.new_hash || hashOf(`${at}:${audit.path}`) !== audit.new_hash) return false;
    if (hashOf(`${at}^:${audit.path}`) === audit.new_hash) return true;
    return !texts.has(`${at}^:${audit.path}`) && hashOf(`${at}^:${previousPath}`) === audit.new_hash && !texts.has(`${at}:${previousPath}`);
  };
  const texts = await readObjects(repo, pick.flatMap(({ audit, commit, previousPath }) => [`${commit}:${audit.path}`, `${commit}^:${audit.path}`, `${commit}^:${previousPath}`, `${commit}:${previousPath}`,
    ...(audit.renamed_from !== undefined ? [`${audit.added.commit}:${audit.path}`, `${audit.added.commit}^:${audit.path}`, `${audit.added.commit}^:${previousPath}`, `${audit.added.commit}:${previousPath}`] : [])]));
  const hashOf = (name: string) => {
    const text = texts.get(name);
    return text === undefined ? null : contentHash(text);
  };
  // The guard's verdicts kept by the hook (or an earlier check) in this git dir, keyed by
  // everything the verdict reads and by the guard's code: the guard (~0.5 s of CPU to load and warm
  // a process) is loaded only for a change none of them judged.
  const memo = openVerdictMemo(repo.gitdir, config.guard);
  let guard: Promise<(input: VerdictInput) => Promise<MemoVerdict>> | undefined;
  const loadGuard = async () => {
    guardLoads++;
    const { createEmbedder, createJudge, createWordNetLexicon, evaluateClauseChange } = await import('./index.ts');
    const embedder = createEmbedder(config.guard.embedder, { env, cacheDir: path.join(repo.dir, EMBEDDING_CACHE_DIR) });
    const judge = createJudge(config.guard.judge, { env, cacheDir: path.join(repo.dir, JUDGE_CACHE_DIR) });
    const lexicon = createWordNetLexicon();
    return (input: VerdictInput) => evaluateClauseChange({ ...input, config, embedder, judge, lexicon });
  };
  const judged = async (input: VerdictInput): Promise<MemoVerdict> => {
    const kept = memo?.get(input);
    if (kept) return kept;
    const evaluation = await (await (guard ??= loadGuard()))(input);
    memo?.remember(input, evaluation);
    return evaluation;
  };
  for (const { audit, commit, previousPath } of pick) {
    if (keptMove(audit, previousPath)) continue;
    const short = commit.slice(0, 7);
    if (hashOf(`${commit}:${audit.path}`) !== audit.new_hash || hashOf(`${commit}^:${audit.path}`) === audit.new_hash) {
      result.refused.set(audit.file, `regression_flag is false, but no commit in this history changes the clause to the text this audit names (new_hash ${audit.new_hash ?? 'null, a deletion'}), so the guard cannot judge it again: an audit is written by the hook for a change that was committed (set regression_flag: true in ${audit.file} and commit, then have it reviewed)`);
      continue;
    }
    const moved = previousPath !== audit.path && texts.has(`${commit}^:${previousPath}`) && !texts.has(`${commit}:${previousPath}`);
    const before = moved ? previousPath : audit.path;
    const read = (name: string, file: string, id: string) => {
      const blob = texts.get(name);
      if (blob === undefined) return null;
      // As the hook reads it: a text that does not parse is no text (audits.ts `read`).
      const parsed = parseClause(blob, file, id);
      return parsed.ok ? parsed.value : null;
    };
    const previous = read(`${commit}^:${before}`, before, moved ? audit.renamed_from! : audit.clause);
    const next = read(`${commit}:${audit.path}`, audit.path, audit.clause);
    // A retitle (the rule text the same) is written unflagged by the hook, whatever the guard
    // would make of a new heading (lib/prompt/clause-title.ts).
    if (retitledOnly(previous, next)) continue;
    let evaluation;
    try {
      evaluation = await judged({ clauseId: audit.clause, previous: previous?.body ?? null, next: next?.body ?? null, declaredTone: next?.frontMatter.tone ?? previous?.frontMatter.tone ?? null });
    } catch (error) {
      // A configured remote embedder or judge that cannot answer here (no API key in CI): the
      // flag cannot be verified, which is no pass.
      if (!isUserError(error)) throw error;
      result.refused.set(audit.file, `regression_flag is false, but check could not judge the change (commit ${short}) again: ${error.problems[0]?.message ?? error.message}${error.problems[0]?.fix ? ` (${error.problems[0].fix})` : ''}`);
      continue;
    }
    if (!evaluation.regression_flag) continue;
    // The hook writes a change back to the text a flagged change replaced unflagged (open-audits.ts).
    // (The flagged one may be of the id the clause had before a move, never of another clause: a
    // hand-lowered flag naming another clause's flagged audit whose old text it holds passed.)
    const reverted = audit.reverts ? audits.find((other) => other.id === audit.reverts) : undefined;
    if (reverted && idsMovedInto(audit.clause, audits).has(reverted.clause) && undoneFlaggedAudit([reverted], reverted.clause, audit.new_hash)) continue;
    const reasons = evaluation.reasons.filter((reason) => reason.advisory !== true).map((reason) => `${reason.code} (${reason.message})`).join('; ') || evaluation.reasons.map((reason) => reason.code).join(', ');
    const same = audit.guard_version === current;
    if (same) result.sameGuard.add(audit.file);
    // An audit of the right commit whose previous text is not the commit's parent's was judged
    // against another text, not lowered by hand: the hook of sessions before 15 compared an amend
    // at a rebase `edit` stop with the audit the rebase had copied (lib/recorder/audits.ts).
    const parentHash = hashOf(`${commit}^:${before}`);
    const otherText = audit.previous_hash !== null && parentHash !== null && audit.previous_hash !== parentHash;
    const which = otherText
      ? `; the hook judged it against another text (previous_hash ${audit.previous_hash}) than the clause held before this commit, as an amend at a rebase \`edit\` stop was before promptvault fixed it, not by hand`
      : same ? `, and this audit records guard ${current}, this very guard: its flag was lowered by hand` : '';
    result.refused.set(audit.file, `regression_flag was written false but the guard flags this change: ${reasons} (commit ${short}, judged again from git's texts of ${audit.path}${which}): put regression_flag: true back in ${audit.file} and commit, then have it reviewed`);
  }
  memo?.save();
  if (cutOff.length > 0) {
    result.warnings.push({
      code: 'flag-not-verified', file: cutOff[0]!,
      message: `${cutOff.length} audit(s) written with regression_flag false record a clause change this shallow clone cuts off (made, or added to the vault, before its first commit), so check could not judge them again (${cutOff.slice(0, 5).join(', ')}${cutOff.length > 5 ? ', ...' : ''})`,
      fix: 'fetch the whole history (actions/checkout with fetch-depth: 0), or pass --since the pull request\'s base so that only its own audits are judged',
    });
  }
  return result;
}
