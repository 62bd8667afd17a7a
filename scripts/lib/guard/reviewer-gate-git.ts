// Node-only (git): reads what reviewer-gate.ts judges, the authors of the commits that added and
// last changed each decided audit file, from one `git log` for all of them (audit-history-git.ts).
import { parse } from 'yaml';
import { listPathHistory, readObjects, type Repo } from '../git/index.ts';
import { contentHash } from '../prompt/parse.ts';
import type { Audit } from '../schema/records.ts';
import { isDecided } from './open-audits.ts';
import { gateReadsHistory, readAuditHistory, type AuditHistory } from './audit-history-git.ts';
import { refuseDecision, refuseLoweredFlag, type AuditFileHistory, type GateSettings } from './reviewer-gate.ts';

/**
 * For each flagged audit with a complete decision that does not count, and each audit the hook
 * wrote flagged whose regression_flag a later commit turned off, why (keyed by audit file). No git
 * call while no reviewer is configured.
 */
export async function findRefusedDecisions(repo: Repo, { ref, settings, audits, history }: { ref: string; settings: GateSettings; audits: readonly (Pick<Audit, 'regression_flag' | 'review' | 'path' | 'commit_parents' | 'new_hash' | 'id'> & { file: string })[]; history?: AuditHistory }): Promise<Map<string, string>> {
  const refused = new Map<string, string>();
  const decided = audits.filter((audit) => audit.regression_flag && isDecided(audit.review));
  // An audit not flagged now may have been flagged when the hook wrote it: a hand edit to
  // `regression_flag: false` would close it with no review at all.
  const unflagged = audits.filter((audit) => !audit.regression_flag);
  if (!gateReadsHistory(settings, audits)) return refused;
  const files = new Set([...decided, ...unflagged].map((audit) => audit.file));
  // `check` reads the history once for this and the re-judging (audit-history-git.ts).
  const read = history ?? (await readAuditHistory(repo, { ref, since: null, full: true }));
  if (!read.full) throw new Error('findRefusedDecisions needs the whole history of the audits (readAuditHistory with full: true)');
  const { shallow } = read;
  const histories = new Map<string, AuditFileHistory>();
  // Newest first: a file's first commit is the one that decided, its last the one that added it.
  for (const entry of read.entries) {
    // A shallow clone's cut-off commit seems to add every file: it tells nothing about authors.
    const author = shallow.has(entry.commit) ? null : { commit: entry.commit, author: `${entry.author} <${entry.email}>`, email: entry.email, parents: entry.parents };
    for (const file of entry.files) {
      if (!files.has(file)) continue;
      const known = histories.get(file);
      histories.set(file, { decided: known ? known.decided : author, added: author });
    }
  }
  // The change is not always the commit that added the audit: backfill's audits are added by
  // whoever adopted, a resync's (`record --all` after a change made with the hook off) by whoever
  // ran it. The change's author is the one who may not review it (see findChangeCommits).
  const asked = settings.allow_self_review ? [] : decided.flatMap((audit) => {
    const added = histories.get(audit.file)?.added;
    return added ? [{ ...audit, added: { commit: added.commit, parents: added.parents ?? [] } }] : [];
  });
  const changes = await findChangeCommits(repo, { audits: asked, shallow });
  for (const [file, change] of changes) {
    const history = histories.get(file);
    // null: the change lies beyond a shallow clone's cut-off; whoever added the audit (backfill's
    // adopter) is not its author, so the decision is neither counted nor blamed on them.
    if (history) histories.set(file, { ...history, added: change && { commit: change.commit, author: `${change.author} <${change.email}>`, email: change.email } });
  }
  // Only an audit changed after it was added can have lost its flag: one batch read of those.
  const changed = unflagged.flatMap((audit) => {
    const history = histories.get(audit.file);
    return history?.added && history.decided && history.added.commit !== history.decided.commit ? [{ file: audit.file, history: { added: history.added, decided: history.decided } }] : [];
  });
  const asAdded = await readObjects(repo, changed.map(({ file, history }) => `${history.added.commit}:${file}`));
  for (const { file, history } of changed) {
    const blob = asAdded.get(`${history.added.commit}:${file}`);
    let flagged = false;
    try {
      flagged = blob !== undefined && (parse(blob.toString('utf8')) as { regression_flag?: unknown } | null)?.regression_flag === true;
    } catch {
      // An added text that no longer parses says nothing about the flag; check reports the current file.
    }
    if (flagged) refused.set(file, refuseLoweredFlag(file, history));
  }
  for (const audit of decided) {
    const why = refuseDecision(audit, histories.get(audit.file) ?? { added: null, decided: null }, settings);
    if (why) refused.set(audit.file, why);
  }
  return refused;
}

type ChangeCommit = Awaited<ReturnType<typeof listPathHistory>>[number];

/** An audit and the commit that added its file. */
export type AddedAudit = Pick<Audit, 'commit_parents' | 'path' | 'new_hash'> & { file: string; added: { commit: string; parents: string[] } };

/**
 * For each audit whose file was not added by the clause change it is about, that change (keyed by
 * audit file): the commit, at or before the one that added the audit, that changed the clause
 * file to the text the audit's new_hash names (its first parent held another text), the one with
 * the audit's commit_parents first, else the newest. An audit added by the change itself (the
 * hook's: it left new_hash where its parent had another text, or a merge with the audit's
 * commit_parents) has no entry. One whose change is not found in a history a shallow clone cuts
 * off (the clause file reaches back to the cut-off commit) maps to null: the change is somewhere
 * git does not hold here, and the adding commit is not it.
 * By text, not by commit_parents alone: that field is anyone's to edit, and a named reviewer who
 * rewrote it to a colleague's earlier change of the clause made the colleague the author of his.
 */
export async function findChangeCommits(repo: Repo, { audits, shallow }: { audits: readonly AddedAudit[]; shallow: ReadonlySet<string> }): Promise<Map<string, ChangeCommit | null>> {
  const found = new Map<string, ChangeCommit | null>();
  if (audits.length === 0) return found;
  const hashOf = (text: Buffer | undefined) => (text === undefined ? null : contentHash(text));
  // Did the adding commit make the change? Its text and its first parent's, for all in one read.
  const ownTexts = await readObjects(repo, audits.flatMap((audit) => [`${audit.added.commit}:${audit.path}`, `${audit.added.commit}^:${audit.path}`]));
  const sameParents = (audit: AddedAudit, parents: readonly string[]) => parents.join(',') === audit.commit_parents.join(',');
  const foreign = audits.filter((audit) => {
    if (!sameParents(audit, audit.added.parents)) return true;
    if (audit.added.parents.length > 1) return false;
    return !(hashOf(ownTexts.get(`${audit.added.commit}:${audit.path}`)) === audit.new_hash && hashOf(ownTexts.get(`${audit.added.commit}^:${audit.path}`)) !== audit.new_hash);
  });
  // One history per adding commit (backfill adds all its audits in one): what came before it.
  for (const group of Map.groupBy(foreign, (audit) => audit.added.commit).values()) {
    const listed = await listPathHistory(repo, { ref: group[0]!.added.commit, pathspecs: [...new Set(group.map((audit) => audit.path))] });
    const history = listed.filter((entry) => !shallow.has(entry.commit));
    // A shallow clone's cut-off commit seems to add every file it holds: the clause files whose
    // history goes on beyond it.
    const cutOff = new Set(listed.filter((entry) => shallow.has(entry.commit)).flatMap((entry) => entry.files));
    const candidates = group.map((audit) => ({ audit, entries: history.filter((entry) => entry.files.includes(audit.path)) }));
    const texts = await readObjects(repo, candidates.flatMap(({ audit, entries }) => entries.flatMap((entry) => [`${entry.commit}:${audit.path}`, `${entry.commit}^:${audit.path}`])));
    for (const { audit, entries } of candidates) {
      const made = entries.filter((entry) => hashOf(texts.get(`${entry.commit}:${audit.path}`)) === audit.new_hash && hashOf(texts.get(`${entry.commit}^:${audit.path}`)) !== audit.new_hash);
      const change = made.find((entry) => sameParents(audit, entry.parents)) ?? made[0];
      if (change) found.set(audit.file, change);
      else if (cutOff.has(audit.path)) found.set(audit.file, null);
    }
  }
  return found;
}
