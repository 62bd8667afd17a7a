// Clause audits written by the hook: every change to a codex clause is compared with its previous
// text, and flagged when it weakens the rule, drifts in meaning or moves away from its tone.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { UserError, type Problem } from '../errors.ts';
import type { IndexChange, IndexEntry } from '../git/index.ts';
import type { ClauseChange } from './collect.ts';
import { fromEarlierAttempt } from './attempt.ts';
import { recordOfOtherCommit } from './brought-records.ts';
import { findCitations, type CitingPrompt } from './citations.ts';
import type { CitationCache } from './citations-cache-fs.ts';
import { startGuardThread, type GuardTask } from './guard-thread-fs.ts';
import type { TreeView } from './view.ts';
import type { Lexicon } from '../guard/_lexicon.ts';
import { auditTips, latestAudit, undoneFlaggedAudit } from '../guard/open-audits.ts';
import { rankSameSecondAudits } from '../guard/audit-commit-order-git.ts';
import { clauseMoves, movedOrDeleted } from '../guard/moved-clauses.ts';
import { guardVersion } from '../guard/guard-version.ts';
import { openVerdictMemo } from '../guard/verdict-memo-fs.ts';
import { packageVersion } from '../package-root-fs.ts';
import { idFromPath } from '../prompt/locate.ts';
import { contentHash } from '../prompt/parse.ts';
import { parseClause } from '../prompt/parse-clause.ts';
import { retitledOnly, sameClause, type Retitle } from '../prompt/clause-title.ts';
import type { Clause } from '../schema/clause.ts';
import type { Config } from '../schema/config.ts';
import { auditSchema, type Audit, type Reason } from '../schema/records.ts';
import { auditPath, parseRecordPath, recordFolder } from '../vault/paths.ts';
import { AUDIT_EXAMPLE } from '../vault/read-all.ts';
import { parseRecord, serializeRecord } from '../vault/serialize.ts';
import type { RecordWrite } from '../vault/write-fs.ts';

export interface AuditSummary {
  clause: string;
  id: string;
  regression_flag: boolean;
  reasons: string[];
  /** Codes of advisory reasons (`low-similarity`) on an unflagged change: a review is suggested, not required. */
  suggested?: string[];
  /** The id the clause had before this commit moved it (a `git mv`, new codex globs): the audit's `renamed_from`. */
  renamedFrom?: string;
  /** A move whose title, rule and tone are as they were: the guard read no statement of it. */
  textUnchanged?: true;
}

export interface AuditInput {
  view: TreeView;
  /** Repository root, for the embedding cache. */
  dir: string;
  config: Config;
  changes: ClauseChange[];
  head: string | null;
  commitParents: string[];
  createdAt: string;
  /** Prompt versions recorded in this same commit. */
  versions: { prompt: string; version: number }[];
  /** Where new records go; audits are appended. */
  writes: RecordWrite[];
  /** Stale records to unstage; an earlier attempt's audit of other content is appended. */
  removals: string[];
  /** Record files in the index that HEAD does not have (brought by a merge, or an earlier attempt). */
  addedRecords: Set<string>;
  env: Record<string, string | undefined>;
  /**
   * `record --all`: `changes` holds every clause; each one whose text no audit has seen (changed
   * without the hook) is audited against the text of its latest audit.
   */
  resync?: boolean;
  /**
   * `git commit --amend`: the audits the amended commit added for a clause this commit changes
   * describe the change it replaces, whatever commit they were made for (at a rebase's `edit`
   * stop they are the pre-rebase commit's, copied), so they go unless this is that same change.
   * `keep` names those a commit still to be replayed edits (a review of the copied audit further
   * down the rebase would stop on a modify/delete conflict): those stay for the rebase's repair.
   */
  amend?: { keep: (files: string[]) => Promise<Set<string>> };
  /** What each prompt blob cites, remembered across commits; else found afresh for this commit. */
  citations?: CitationCache;
  /** Every prompt and clause file of the commit, when the caller listed them already. */
  sources?: () => IndexEntry[];
  /** The staged clause texts the caller parsed already, by path (each is the blob `newOid` of its change). */
  stagedClauses?: Map<string, Clause>;
  /**
   * The guard's dictionary, shared across commits and closed by the caller (backfill: its lookups
   * are remembered per instance, and a dictionary opened per commit read the same words' lines
   * again at every clause change); else one opened for this commit and closed after it.
   */
  lexicon?: Lexicon;
}

/** Where embeddings from a remote provider are cached, by content hash and embedder id. */
export const EMBEDDING_CACHE_DIR = '.cache/promptvault/embeddings';
/** Where the optional LLM judge's verdicts are cached, by both texts' hashes, model and prompt version. */
export const JUDGE_CACHE_DIR = '.cache/promptvault/judge';

export async function recordAudits(input: AuditInput): Promise<AuditSummary[]> {
  await dropStaleAudits(input);
  if (input.changes.length === 0) return [];
  const { view, config } = input;
  // The staged texts were parsed when the commit was validated: a 1,000-clause commit parsed
  // each twice. A staged text that is not there did not parse: reported (or, in backfill, skipped).
  const staged = input.stagedClauses;
  const parsedBefore = (change: IndexChange): boolean => staged !== undefined && change.newOid !== null;
  const blobs = await view.read(input.changes.flatMap((change) => [change.oldOid, parsedBefore(change) ? null : change.newOid].filter((oid): oid is string => oid !== null)));
  const read = (oid: string | null, file: string): Clause | null => {
    if (!oid) return null;
    const parsed = parseClause(blobs.get(oid)!, file, idFromPath(file, 'clause', config));
    return parsed.ok ? parsed.value : null;
  };
  const pairs: AuditPair[] = input.changes.map((change) => ({
    id: clauseIdOf(change, config),
    path: change.path,
    renamedFrom: movedFromId(change, config),
    previous: change.oldOid ? read(change.oldOid, change.fromPath ?? change.path) : null,
    next: parsedBefore(change) ? (staged!.get(change.path) ?? null) : read(change.newOid, change.path),
    status: change.status,
  }));

  const changedIds = pairs.map((pair) => pair.id);
  // Which prompts cite the clauses: found once for every clause of the commit, and read meanwhile
  // (in another thread when a cold cache has thousands of prompts to read) while the existing
  // audits are read and the guard runs. Started before reading the audits when some change will
  // surely be audited: a plain commit (no audit staged by a merge or an earlier attempt, no
  // resync) with a changed rule text; otherwise once the audits show that one is.
  let citations: Promise<Map<string, CitingPrompt[]>> | undefined;
  const findAllCitations = () => {
    if (!citations) {
      citations = findCitations(view, config, pairs.map((p) => p.id), { cache: input.citations, sources: input.sources?.() });
      citations.catch(() => {}); // awaited below; an error elsewhere first must not leave it unhandled
    }
    return citations;
  };
  if (!input.resync) {
    // Moves are paired on the texts alone (a resync pairs them once it knows the audited texts).
    pairMovedClauses(pairs);
    const stagedAudits = [...input.addedRecords].some((file) => parseRecordPath(file)?.kind === 'audit');
    if (!stagedAudits && pairs.some((pair) => pair.next !== null && pair.previous?.body !== pair.next.body)) void findAllCitations();
  }
  // A bulk change's guard work starts on another core now, on the texts as parsed, while the
  // existing audits are read; a change they make compare other texts is evaluated here.
  const handedOver = new Map(pairs.filter(mayBeAudited).map((pair, index) => [pair, index]));
  const sharedGuard = input.resync ? undefined : startGuardThread([...handedOver.keys()].map((pair) => guardTask(pair, pair.previous?.body ?? null, pair.next?.body ?? null)), config);
  // What is awaited before the guard's answers are asked for closes its thread on failure.
  const closingGuard = <T>(promise: Promise<T>): Promise<T> => promise.catch((error: unknown) => {
    sharedGuard?.close();
    throw error;
  });
  const existing = await closingGuard(readExistingAudits(view, changedIds).then((read) => rankByCommits(input, read)));
  // A resync has no previous text: it is the text each clause was last audited at. Filled before
  // moves are paired, so a clause moved without the hook is compared with its old text.
  if (input.resync) {
    // A clause with no file whose chain ends in deletions or moves to other ids has nothing to audit
    // (a moved one is no deletion), nor can an added clause pair with it as a move again.
    const moves = clauseMoves([...existing.values()].flat());
    for (const pair of [...pairs]) {
      const tips = auditTips(existing.get(pair.id) ?? []);
      if (pair.status === 'D' && tips.length > 0 && movedOrDeleted(pair.id, tips, moves)) pairs.splice(pairs.indexOf(pair), 1);
      else if (!pair.previous && tips.length > 0) pair.previous = lastAudited(pair, tips);
    }
    pairMovedClauses(pairs);
  }
  const summaries: AuditSummary[] = [];
  // The audits of the ids each clause was moved from (read only when it was moved): a change back
  // from a flagged change made there, and a merge joining a change made there.
  const earlier = await closingGuard(auditsOfEarlierIds(view, pairs.map((pair) => ({ id: pair.id, renamedFrom: pair.renamedFrom, audits: existing.get(pair.id) ?? [] })), existing));
  // An amend of a commit with one parent: its own audits that no earlier attempt at this commit
  // wrote were copied into it (a rebase stopped at `edit`). Asked before the decisions, which read only what is held.
  const copiedIntoAmended = input.amend && input.commitParents.length === 1
    ? pairs.flatMap((pair) => (existing.get(pair.id) ?? []).filter((audit) => input.addedRecords.has(audit.file) && !fromEarlierAttempt(audit, input)).map((audit) => audit.file))
    : [];
  const keptForLaterPicks = copiedIntoAmended.length === 0 ? new Set<string>() : await closingGuard(input.amend!.keep(copiedIntoAmended));
  const replacedByAmend = (audit: Audit & { file: string }) => copiedIntoAmended.includes(audit.file) && !keptForLaterPicks.has(audit.file);
  // First what each changed clause needs (no await: the decisions read only what is held).
  const toAudit: { pair: AuditPair; audits: (Audit & { file: string })[]; previousText: string | null; nextText: string | null; previousHash: string | null; newHash: string | null }[] = [];
  for (const pair of pairs) {
    if (pair.status !== 'D' && pair.next === null) continue; // invalid now: reported, not audited
    const audits = existing.get(pair.id) ?? [];
    // A merge bringing a change made under the id the clause had before it moved on this side (new
    // codex globs here, an edit there): that change was audited on its branch; the merge audits the
    // move of its text to this id, so the old id's chain goes on here (not an edit under the new id
    // that check would find the old id's change vanished without).
    if (!input.resync && input.commitParents.length > 1 && !pair.renamedFrom && pair.next) {
      const joined = [...(earlier.get(pair.id) ?? [])].find(([, list]) => list.some((audit) => input.addedRecords.has(audit.file) && audit.new_hash === pair.next!.contentHash));
      if (joined) {
        pair.renamedFrom = joined[0];
        pair.previous = pair.next;
      }
    }
    const headHash = pair.previous?.contentHash ?? null;
    // An earlier, unfinished attempt at this same commit audited the change from HEAD's text.
    const attempt = audits.filter((audit) => (fromEarlierAttempt(audit, input) && audit.previous_hash === headHash) || replacedByAmend(audit));
    // A merge bringing a branch whose audits already lead from HEAD's text to this one: that
    // change was audited (and maybe reviewed) on its branch; no second audit at the merge.
    if (!input.resync && auditedByMergedBranch(audits.filter((audit) => input.addedRecords.has(audit.file) && !fromEarlierAttempt(audit, input)), headHash, pair.next?.contentHash ?? null)) continue;
    // In a commit with one parent, an audit the index holds that its parent has not, and that no
    // earlier attempt at this commit wrote, was copied from another commit (a rebase that stopped
    // at `edit`, a cherry-pick): its text is no text of this branch's, so the change is not
    // compared with it. (A rebased `unless a manager approves` amended to `unless any colleague
    // approves` was audited as that small step, unflagged, instead of from the base's text.)
    const copied = (audit: Audit & { file: string }) => input.commitParents.length === 1 && input.addedRecords.has(audit.file) && !fromEarlierAttempt(audit, input);
    const tips = auditTips(audits.filter((audit) => !attempt.includes(audit) && !copied(audit)));
    // Compare with the text the clause was last audited at: HEAD's text may never have been
    // audited (a commit made without the hook), and a resync has no previous text at all.
    // (A move is compared with the text it had under its old id, not with what the new id once held.)
    if (tips.length > 0 && pair.previous && !pair.renamedFrom && !tips.some((tip) => tip.new_hash === headHash)) pair.previous = lastAudited(pair, tips);
    // A resync audits only what its audits have not seen: a text, or a deletion.
    if (input.resync && tips.some((tip) => tip.new_hash === (pair.next?.contentHash ?? null))) continue;
    const previousText = pair.previous?.body ?? null;
    const nextText = pair.next?.body ?? null;
    // A clause whose title, heading, rule and tone are all as they were (its other front matter
    // changed) has nothing to audit. A new title or heading alone is audited, never flagged. A
    // move is audited even with its text unchanged: the audit under the new id, naming the old,
    // carries the clause's chain of audits on (check and the site follow it).
    if (!pair.renamedFrom && sameClause(pair.previous, pair.next)) continue;
    const previousHash = pair.previous?.contentHash ?? null;
    const newHash = pair.next?.contentHash ?? null;
    // Idempotent: this very change was audited already, by an earlier attempt at this commit or
    // by the merged branch (from the same text). History does not count, or a change that was
    // rejected and reverted could come back unaudited.
    if (audits.some((audit) => input.addedRecords.has(audit.file) && audit.new_hash === newHash && audit.previous_hash === previousHash)) continue;
    input.removals.push(...attempt.map((audit) => audit.file));
    // A deletion audited by an earlier attempt is now a move: that deletion audit goes.
    if (pair.renamedFrom) {
      input.removals.push(...(existing.get(pair.renamedFrom) ?? []).filter((audit) => fromEarlierAttempt(audit, input)).map((audit) => audit.file));
    }
    toAudit.push({ pair, audits, previousText, nextText, previousHash, newHash });
  }
  // (Citations started early and not needed after all, a rare case, finish unused.)
  if (toAudit.length === 0) {
    sharedGuard?.close();
    return summaries;
  }
  const citing = findAllCitations();
  // The guard (about 150 KB of modules, some of which stem their word lists as they load) only
  // when a clause change is audited: most recording commits change prompts alone.
  const { createEmbedder, createJudge, createWordNetLexicon, evaluateClauseChange } = await import('../guard/index.ts');
  const embedder = createEmbedder(config.guard.embedder, { env: input.env, cacheDir: path.join(input.dir, EMBEDDING_CACHE_DIR) });
  const judge = createJudge(config.guard.judge, { env: input.env, cacheDir: path.join(input.dir, JUDGE_CACHE_DIR) });
  // The dictionary opens its files on the first word looked up, here only when a clause changed.
  const opened = input.lexicon ? undefined : createWordNetLexicon();
  const lexicon = input.lexicon ?? opened!;
  const here = (task: GuardTask) => evaluateClauseChange({ ...task, config, embedder, judge, lexicon });
  const needed = toAudit.map(({ pair, previousText, nextText }) => ({ index: handedOver.get(pair) ?? -1, task: guardTask(pair, previousText, nextText) }));
  const evaluations: Awaited<ReturnType<typeof evaluateClauseChange>>[] = [];
  if (sharedGuard) evaluations.push(...(await sharedGuard.evaluate(needed, here)));
  else for (const { task } of needed) evaluations.push(await here(task));
  opened?.close();
  // Kept for `check` and `report`, which judge each unflagged audit again: a verdict this guard
  // gave on these very inputs is not asked of it twice (lib/guard/verdict-memo-fs.ts). Not from
  // backfill's replay (its view has no repository): one rewrite of the file per replayed commit.
  const memo = input.view.repo ? openVerdictMemo(input.view.repo.gitdir, config.guard) : null;
  if (memo) {
    for (const [i, { task }] of needed.entries()) memo.remember(task, evaluations[i]!);
    memo.save();
  }
  const cited = await citing;
  const versionOf = firstVersions(input.versions);
  let places: Map<string, number[]> | undefined;
  const placesOf = () => (places ??= versionPlaces(input.versions));
  const judgedBy = guardVersion(packageVersion(), config.guard);
  for (const [i, { pair, audits, previousText, nextText, previousHash, newHash }] of toAudit.entries()) {
    const retitle = retitledOnly(pair.previous, pair.next);
    // A retitle: the guard read the rule text on both sides (the same), so it flags nothing; the
    // audit says what the name became, for the reviewer who reads prompts quoting it.
    const evaluation = retitle ? { ...evaluations[i]!, regression_flag: false, reasons: [retitleReason(retitle)] } : evaluations[i]!;
    // Going back to the text a flagged change replaced (a revert, the fix a rejection asks for) is no regression.
    const reverted = undoneFlaggedAudit(audits, pair.id, newHash) ?? [...(earlier.get(pair.id) ?? [])].map(([id, list]) => undoneFlaggedAudit(list, id, newHash)).find((found) => found !== undefined);
    // Commit parents in the hash: the same clause edit made on two branches gets two files.
    const id = `${input.createdAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}-${shortHash(`${previousHash}:${newHash}:${input.commitParents.join(',')}`)}`;
    const audit: Audit = {
      clause: pair.id,
      previous_version: previousText,
      new_version: nextText,
      prompt_delta: promptDelta(cited.get(pair.id) ?? [], input.versions, versionOf, placesOf),
      regression_flag: reverted ? false : evaluation.regression_flag,
      created_at: input.createdAt,
      id,
      change: previousText === null ? 'added' : nextText === null ? 'deleted' : 'edited',
      path: pair.path,
      ...(pair.renamedFrom ? { renamed_from: pair.renamedFrom } : {}),
      previous_hash: previousHash,
      new_hash: newHash,
      similarity: evaluation.similarity,
      tone: evaluation.tone,
      reasons: evaluation.reasons,
      guard_version: judgedBy,
      ...(evaluation.judge ? { judge: evaluation.judge } : {}),
      reverts: reverted?.id ?? null,
      review: { status: 'pending', by: null, at: null, note: null },
      commit_parents: input.commitParents,
    };
    input.writes.push({ path: auditPath(pair.id, id), content: serializeRecord(audit) });
    const suggested = audit.regression_flag ? [] : audit.reasons.filter((reason) => reason.advisory === true).map((reason) => reason.code);
    const moved = pair.renamedFrom ? { renamedFrom: pair.renamedFrom, ...(sameClause(pair.previous, pair.next) ? { textUnchanged: true as const } : {}) } : {};
    summaries.push({ clause: pair.id, id, regression_flag: audit.regression_flag, reasons: audit.reasons.map((reason) => reason.code), ...(suggested.length > 0 ? { suggested } : {}), ...moved });
  }
  return summaries;
}

/** Whether `brought` (audits a merge brings) chain from `from` to `to`: the branch audited the whole change. */
function auditedByMergedBranch(brought: Pick<Audit, 'previous_hash' | 'new_hash'>[], from: string | null, to: string | null): boolean {
  if (brought.length === 0 || from === to) return false;
  let current: string | null = to;
  for (let step = 0; step <= brought.length; step++) {
    const link = brought.find((audit) => audit.new_hash === current);
    if (!link) return false;
    if (link.previous_hash === from) return true;
    current = link.previous_hash;
  }
  return false;
}

/** The id a clause change is audited under: the one the change names (read with the parent's globs), else its path's. */
function clauseIdOf(change: ClauseChange, config: Config): string {
  return change.id ?? idFromPath(change.path, 'clause', config);
}

/** The id a moved clause had, when it had another (a move to a path that gives the same id moves no id). */
function movedFromId(change: ClauseChange, config: Config): string | undefined {
  const from = change.fromId ?? (change.status === 'R' && change.fromPath ? idFromPath(change.fromPath, 'clause', config) : undefined);
  return from === clauseIdOf(change, config) ? undefined : from;
}

type AuditPair = { id: string; path: string; renamedFrom: string | undefined; previous: Clause | null; next: Clause | null; status: string };

function guardTask(pair: AuditPair, previous: string | null, next: string | null): GuardTask {
  // A retitle is judged on its rule text alone: a new heading is no new rule.
  const retitle = retitledOnly(pair.previous, pair.next);
  return { clauseId: pair.id, previous: retitle ? retitle.rule : previous, next: retitle ? retitle.rule : next, declaredTone: pair.next?.frontMatter.tone ?? pair.previous?.frontMatter.tone ?? null };
}

/** The one reason of a retitle's audit: advisory (a review suggested), never blocking. */
function retitleReason(retitle: Retitle): Reason {
  return { code: 'title-changed', message: `title "${retitle.from}" -> "${retitle.to}"; the rule text is the same`, advisory: true };
}

/** A change the guard may read, as parsed: not an invalid text, nor a clause whose title, rule and tone are unchanged where it was. */
function mayBeAudited(pair: AuditPair): boolean {
  if (pair.status !== 'D' && pair.next === null) return false;
  return pair.renamedFrom !== undefined || !sameClause(pair.previous, pair.next);
}

/**
 * A clause deleted and another added in the same commit with mostly the same words was moved:
 * audit it as an edit under its new id, so renaming cannot hide a weakened rule. git's rename
 * detection works on lines and misses a one-paragraph clause with a changed word.
 */
function pairMovedClauses(pairs: AuditPair[]): void {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const similarity = (a: Set<string>, b: Set<string>) => {
    let shared = 0;
    for (const word of a) if (b.has(word)) shared++;
    return shared / Math.max(1, a.size + b.size - shared);
  };
  const deleted = pairs.filter((pair) => pair.previous && !pair.next);
  for (const added of pairs.filter((pair) => !pair.previous && pair.next)) {
    const mine = words(added.next!.body);
    const best = deleted
      .map((gone) => ({ gone, score: similarity(mine, words(gone.previous!.body)) }))
      .sort((a, b) => b.score - a.score)[0];
    if (!best || best.score < 0.5) continue;
    // A clause moved without the hook: its title there is unknown (no file, and audits keep none),
    // taken as the one it has now rather than read as a retitle to its id.
    const gone = best.gone.previous!;
    added.previous = untitled.has(gone) ? { ...gone, frontMatter: { ...gone.frontMatter, title: added.next!.frontMatter.title } } : gone;
    added.renamedFrom = best.gone.id;
    deleted.splice(deleted.indexOf(best.gone), 1);
    pairs.splice(pairs.indexOf(best.gone), 1);
  }
}

/** The clause as its most recent tip audit saw it (null when that audit recorded a deletion). */
function lastAudited(pair: AuditPair, tips: (Audit & { file: string })[]): Clause | null {
  const latest = latestAudit(tips)!;
  if (latest.new_version === null || latest.new_hash === null) return null;
  // An audit keeps no title: the one HEAD's text has (or the new one's, for a resync), so that a
  // rule text found unchanged is no retitle to a name the clause never had. A clause with no file
  // has neither: its title is unknown until a move pairs it (pairMovedClauses).
  const known = pair.previous?.frontMatter.title ?? pair.next?.frontMatter.title;
  const tone = latest.tone.declared ?? undefined;
  const clause: Clause = { id: pair.id, path: latest.path, frontMatter: { title: known ?? pair.id, ...(tone ? { tone } : {}) }, body: latest.new_version, contentHash: latest.new_hash, keyLines: {} };
  if (known === undefined) untitled.add(clause);
  return clause;
}

/** Texts lastAudited rebuilt from an audit for a clause with no file, whose title nothing says. */
const untitled = new WeakSet<Clause>();

/**
 * Audits an earlier, unfinished attempt at this commit staged for a clause this commit no longer
 * changes (the change was undone before committing again) would otherwise land as phantoms.
 */
async function dropStaleAudits(input: AuditInput): Promise<void> {
  const changed = new Set(input.changes.map((change) => clauseIdOf(change, input.config)));
  const candidates = [...input.addedRecords].filter((file) => {
    const parsed = parseRecordPath(file);
    return parsed?.kind === 'audit' && !changed.has(parsed.id);
  });
  if (candidates.length === 0) return;
  const entries = await input.view.list(candidates);
  const blobs = await input.view.read(entries.map((entry) => entry.oid));
  const brought: { path: string; text: string }[] = [];
  for (const entry of entries) {
    const text = blobs.get(entry.oid)!.toString('utf8');
    // History brought by this commit (the adoption commit's thousands of audits) needs no parse.
    if (recordOfOtherCommit(text, input.commitParents)) {
      brought.push({ path: entry.path, text });
      continue;
    }
    const parsed = parseRecord(text, entry.path, auditSchema, AUDIT_EXAMPLE);
    if (!parsed.ok || !fromEarlierAttempt({ file: entry.path, commit_parents: parsed.value.commit_parents }, input)) continue;
    // An audit of the clause's current text stays (a `record --all` resync staged it on purpose).
    const [clause] = await input.view.list([parsed.value.path]);
    const current = clause ? contentHash((await input.view.read([clause.oid])).get(clause.oid)!) : null;
    if (parsed.value.new_hash !== current) input.removals.push(entry.path);
  }
  // A squash of a branch that changed a clause (flagged, rejected) and changed it back brings the
  // first commit's audit, left out above, and the audit of the change back, whose `reverts` names
  // it: kept, it linked to an audit this branch never has. It undoes a change that never happens
  // here, so it goes too, and the squash commit carries nothing of the clause.
  const leftOut = new Set(input.removals.flatMap((file) => {
    const record = parseRecordPath(file);
    return record?.kind === 'audit' ? [path.posix.basename(file, '.yaml')] : [];
  }));
  if (leftOut.size === 0) return;
  for (const { path: file, text } of brought) {
    const reverts = REVERTS_LINE.exec(text)?.[1];
    if (reverts !== undefined && leftOut.has(reverts)) input.removals.push(file);
  }
}

/** The `reverts:` line of a serialized audit (an id, or null): read without parsing the record. */
const REVERTS_LINE = /^reverts: ["']?([^"'\s]+)["']?\s*$/m;

/** Listing every prompt of a bulk import in every clause's audit would bloat the vault. */
const CHANGED_LIST_LIMIT = 100;

/**
 * `versionOf`: each prompt's first version in `versions` (firstVersions); `placesOf`: where each
 * prompt's versions are in `versions` (versionPlaces), asked only of a commit of more versions
 * than the limit.
 */
function promptDelta(citingPrompts: CitingPrompt[], versions: { prompt: string; version: number }[], versionOf: Map<string, number>, placesOf: () => Map<string, number[]>): Audit['prompt_delta'] {
  const citing = citingPrompts.map(({ prompt, headVersion }) => ({ prompt, version: versionOf.get(prompt) ?? headVersion }));
  const copy = (v: { prompt: string; version: number }) => ({ prompt: v.prompt, version: v.version });
  if (versions.length <= CHANGED_LIST_LIMIT) return { citing, changed_in_commit: versions.map(copy) };
  // The citing prompts' versions first, then the others, each in the commit's order, cut at the
  // limit. The citing ones are found by prompt, not by a pass over every version: a first import
  // (6,000 versions, 500 clause audits) walked the whole list once per audit.
  const cites = new Set(citing.map((ref) => ref.prompt));
  const places = placesOf();
  const citingPlaces: number[] = [];
  for (const prompt of cites) for (const place of places.get(prompt) ?? []) citingPlaces.push(place);
  const ordered = citingPlaces.sort((a, b) => a - b).slice(0, CHANGED_LIST_LIMIT).map((place) => versions[place]!);
  for (const v of versions) {
    if (ordered.length >= CHANGED_LIST_LIMIT) break;
    if (!cites.has(v.prompt)) ordered.push(v);
  }
  return { citing, changed_in_commit: ordered.map(copy), changed_in_commit_total: versions.length };
}

/** Where each prompt's versions are in `versions`, in order (promptDelta's citing versions). */
function versionPlaces(versions: { prompt: string }[]): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (const [place, v] of versions.entries()) {
    const known = places.get(v.prompt);
    if (known) known.push(place);
    else places.set(v.prompt, [place]);
  }
  return places;
}

/**
 * Each prompt's first version in the commit, found once for all its audits: a first import
 * (10,000 versions, 500 clauses) searched the whole list for every citing prompt of every clause.
 */
function firstVersions(versions: { prompt: string; version: number }[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const v of versions) if (!found.has(v.prompt)) found.set(v.prompt, v.version);
  return found;
}

/** Moves followed back through at most this many ids. */
const MAX_MOVES = 16;

/**
 * For each clause, the audits of the ids it was moved from (its audits' `renamed_from`, or this
 * commit's move), followed back: a flagged change made there is undone under the new id. Read only
 * when a clause was moved (one listing a hop); by clause, then by the earlier id.
 */
async function auditsOfEarlierIds(view: TreeView, clauses: { id: string; renamedFrom: string | undefined; audits: readonly Audit[] }[], known: Map<string, (Audit & { file: string })[]>): Promise<Map<string, Map<string, (Audit & { file: string })[]>>> {
  const result = new Map<string, Map<string, (Audit & { file: string })[]>>();
  const read = new Map(known);
  const earlierOf = (id: string, audits: readonly Audit[], also?: string) => [...new Set([...audits.flatMap((audit) => (audit.renamed_from && audit.renamed_from !== id ? [audit.renamed_from] : [])), ...(also && also !== id ? [also] : [])])];
  let frontier = clauses.map((clause) => ({ clause: clause.id, ids: earlierOf(clause.id, clause.audits, clause.renamedFrom) })).filter((entry) => entry.ids.length > 0);
  for (let hop = 0; frontier.length > 0 && hop < MAX_MOVES; hop++) {
    const missing = [...new Set(frontier.flatMap((entry) => entry.ids))].filter((id) => !read.has(id));
    if (missing.length > 0) for (const [id, audits] of await readExistingAudits(view, missing)) read.set(id, audits);
    const next: typeof frontier = [];
    for (const { clause, ids } of frontier) {
      const found = result.get(clause) ?? new Map();
      result.set(clause, found);
      for (const id of ids) {
        if (found.has(id) || id === clause) continue;
        const audits = read.get(id) ?? [];
        found.set(id, audits);
        const further = earlierOf(id, audits).filter((other) => !found.has(other) && other !== clause);
        if (further.length > 0) next.push({ clause, ids: further });
      }
    }
    frontier = next;
  }
  return result;
}

/**
 * The audits of each clause with their order in one second set as check and review read it (the
 * commits that added them, audit-commit-order-git.ts), so that the hook takes the same audit for a
 * clause's latest. Ordered by id, a flagged change and its undoing in one second could leave the
 * change as the text the clause was last audited at. A git process only where two audits of a
 * clause, or a move, share a second; none where the view is no repository's index (nothing
 * committed to read) or there is no HEAD.
 */
async function rankByCommits(input: AuditInput, existing: Map<string, (Audit & { file: string })[]>): Promise<Map<string, (Audit & { file: string })[]>> {
  if (!input.view.repo || input.head === null) return existing;
  const ranked = await rankSameSecondAudits(input.view.repo, [...existing.values()].flat(), input.head);
  return Map.groupBy(ranked, (audit) => audit.clause);
}

async function readExistingAudits(view: TreeView, ids: string[]): Promise<Map<string, (Audit & { file: string })[]>> {
  const wanted = new Set(ids);
  const entries = (await view.list(ids.map((id) => recordFolder('audit', id)))).filter((entry) => {
    const parsed = parseRecordPath(entry.path);
    return parsed?.kind === 'audit' && wanted.has(parsed.id);
  });
  const blobs = await view.read(entries.map((entry) => entry.oid));
  const audits = new Map<string, (Audit & { file: string })[]>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const parsed = parseRecord(blobs.get(entry.oid)!.toString('utf8'), entry.path, auditSchema, AUDIT_EXAMPLE);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    audits.set(parsed.value.clause, [...(audits.get(parsed.value.clause) ?? []), { ...parsed.value, file: entry.path }]);
  }
  if (problems.length > 0) throw new UserError('record-invalid', 'promptvault: audit records in vault/ are invalid; fix them before committing', problems);
  return audits;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
