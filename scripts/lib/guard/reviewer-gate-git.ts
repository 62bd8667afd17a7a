// Node-only (git): reads what reviewer-gate.ts judges, the authors of the commits that added and
// last changed each decided audit file, in one `git log` for all of them.
import { parse } from 'yaml';
import { listPathHistory, readObjects, readShallowCommits, type Repo } from '../git/index.ts';
import { contentHash } from '../prompt/parse.ts';
import type { Audit } from '../schema/records.ts';
import { AUDITS_DIR } from '../vault/paths.ts';
import { isDecided } from './open-audits.ts';
import { refuseDecision, refuseLoweredFlag, type AuditFileHistory, type GateSettings } from './reviewer-gate.ts';

/**
 * For each flagged audit with a complete decision that does not count, and each audit the hook
 * wrote flagged whose regression_flag a later commit turned off, why (keyed by audit file). No git
 * call while no reviewer is configured.
 */
export async function findRefusedDecisions(repo: Repo, { ref, settings, audits }: { ref: string; settings: GateSettings; audits: readonly (Pick<Audit, 'regression_flag' | 'review' | 'path' | 'commit_parents' | 'new_hash'> & { file: string })[] }): Promise<Map<string, string>> {
  const refused = new Map<string, string>();
  const decided = audits.filter((audit) => audit.regression_flag && isDecided(audit.review));
  // An audit not flagged now may have been flagged when the hook wrote it: a hand edit to
  // `regression_flag: false` would close it with no review at all.
  const unflagged = audits.filter((audit) => !audit.regression_flag);
  if (!settings.reviewers || (decided.length === 0 && unflagged.length === 0)) return refused;
  const files = new Set([...decided, ...unflagged].map((audit) => audit.file));
  // The folder, not the files: git matches every pathspec against every changed path, so 300 file
  // pathspecs cost 1.05 s of CPU over 20,000 commits where the folder costs 0.16 s (and no command
  // line grows with the number of audits).
  const pathspecs = [`${AUDITS_DIR}/`];
  const shallow = readShallowCommits(repo);
  const histories = new Map<string, AuditFileHistory>();
  // Newest first: a file's first commit is the one that decided, its last the one that added it.
  // mergeEdits: a merge that rewrites the decision (a rejection turned into an accept while
  // resolving, in the reviewer's name) is the commit that decided, not the reviewer's earlier one.
  for (const entry of await listPathHistory(repo, { ref, pathspecs, mergeEdits: true })) {
    // A shallow clone's cut-off commit seems to add every file: it tells nothing about authors.
    const author = shallow.has(entry.commit) ? null : { commit: entry.commit, author: `${entry.author} <${entry.email}>`, email: entry.email, parents: entry.parents };
    for (const file of entry.files) {
      if (!files.has(file)) continue;
      const known = histories.get(file);
      histories.set(file, { decided: known ? known.decided : author, added: author });
    }
  }
  // An audit the commit it is about did not write (backfill's, added by whoever adopted) is by the
  // author of that commit: the one that changed its clause with the audit's commit_parents.
  const foreign = settings.allow_self_review ? [] : decided.filter((audit) => {
    const added = histories.get(audit.file)?.added;
    return added && (added.parents ?? []).join(',') !== audit.commit_parents.join(',');
  });
  const changes = await findChangeCommits(repo, { ref, audits: foreign, shallow });
  for (const audit of foreign) {
    const change = changes.get(audit.file);
    const history = histories.get(audit.file);
    if (change && history) histories.set(audit.file, { ...history, added: { commit: change.commit, author: `${change.author} <${change.email}>`, email: change.email } });
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

/**
 * For each audit, the commit that made the clause change it is about (keyed by audit file): it
 * changed the audit's clause file, with the audit's commit_parents as parents, and left the text
 * the audit's new_hash names (a shallow clone's cut-off commit tells nothing). What names the
 * change's author when the commit that added the audit is not it (backfill's audits). The text
 * matters: commit_parents is a field anyone can edit, and without it an author who rewrote them
 * to another's earlier change of that clause made that other person the author of their own.
 */
export async function findChangeCommits(repo: Repo, { ref, audits, shallow }: { ref: string; audits: readonly (Pick<Audit, 'commit_parents' | 'path' | 'new_hash'> & { file: string })[]; shallow: ReadonlySet<string> }): Promise<Map<string, ChangeCommit>> {
  const found = new Map<string, ChangeCommit>();
  if (audits.length === 0) return found;
  const changes = await listPathHistory(repo, { ref, pathspecs: [...new Set(audits.map((audit) => audit.path))] });
  const candidates = audits.map((audit) => ({
    audit,
    entries: changes.filter((entry) => entry.parents.join(',') === audit.commit_parents.join(',') && entry.files.includes(audit.path) && !shallow.has(entry.commit)),
  }));
  const texts = await readObjects(repo, candidates.flatMap(({ audit, entries }) => entries.map((entry) => `${entry.commit}:${audit.path}`)));
  for (const { audit, entries } of candidates) {
    const change = entries.find((entry) => {
      const text = texts.get(`${entry.commit}:${audit.path}`);
      return (text === undefined ? null : contentHash(text)) === audit.new_hash;
    });
    if (change) found.set(audit.file, change);
  }
  return found;
}
