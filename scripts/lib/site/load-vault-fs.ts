// Node-only (fs, git): reads the vault the site is built from, once per build, and hands the
// pages plain data (site/lib/vault.ts). Never imported by anything that reaches the browser.
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config/read-fs.ts';
import { findRefusedDecisions } from '../guard/reviewer-gate-git.ts';
import { isDecided, openAudits } from '../guard/open-audits.ts';
import { findUndo } from '../guard/undo-change-git.ts';
import type { ChangeUndo } from '../guard/undo-command.ts';
import { formatProblems, type Problem } from '../errors.ts';
import { commitsAddingPaths, openRepo, type Repo } from '../git/index.ts';
import { sourceFolders } from '../prompt/locate.ts';
import type { Config } from '../schema/config.ts';
import type { Snapshot } from '../vault/read-all.ts';
import { readWorktreeSnapshot } from '../vault/read-worktree-git.ts';
import { CHECKPOINTS_DIR, MUTATIONS_DIR, VAULT_DIR } from '../vault/paths.ts';
import { describedCommits } from '../vault/version-commits-git.ts';
import { readRecordedTexts, type TextPlace, type WantedText } from '../vault/recorded-texts-git.ts';
import type { Audit, Checkpoint, Mutation } from '../schema/records.ts';
import { buildSiteModel, type SiteData, type SiteModel } from './site-model.ts';
import { shareRecordStrings } from './shared-strings.ts';
import { rankSameSecondAudits } from '../guard/audit-commit-order-git.ts';

/** The commit a record describes; null outside a git repository or before its commit. */
export interface RecordOrigin {
  /**
   * The commit the version or audit was made in (and that holds its text): the commit that added
   * the record file when the hook wrote it, the commit its `commit_parents` lead to when backfill
   * wrote it into a later one (lib/vault/version-commits-git.ts).
   */
  commit: string | null;
}

export type SiteCheckpoint = Checkpoint & RecordOrigin & {
  file: string;
  /** The prompt file's full text at this version, or null when history does not hold it (a shallow clone). */
  text: string | null;
};
export type SiteMutation = Mutation & RecordOrigin & { file: string };
export type SiteAudit = Audit & RecordOrigin & {
  file: string;
  /** Why its accept/reject does not count (guard/reviewer-gate.ts); absent when it counts. The site shows it open. */
  decision_refused?: string;
  /** A rejection that counts, its change still in the clause: the commit that made it and how to undo it, as `check` names it; absent otherwise (or when git does not hold that commit). */
  undo?: ChangeUndo;
};

export interface SiteSource {
  /** Source path, e.g. `prompts/support/refund.md`. */
  path: string;
  /** Full file text (front matter and body). */
  text: string;
  body: string;
  content_hash: string;
  front_matter: Record<string, unknown>;
}

export interface SiteVault {
  root: string;
  prompts: (SiteSource & { id: string })[];
  clauses: (SiteSource & { id: string })[];
  checkpoints: SiteCheckpoint[];
  mutations: SiteMutation[];
  audits: SiteAudit[];
}

/** The vault is invalid: the message is the heading plus exactly what `promptvault check` prints. */
export class VaultInvalidError extends Error {
  readonly code = 'vault-invalid';
  readonly problems: Problem[];
  constructor(root: string, problems: Problem[]) {
    super(`promptvault: the site cannot be built, ${problems.length} problem(s) in ${root} (\`promptvault check\` reports the same):\n${formatProblems(problems)}`);
    this.name = 'VaultInvalidError';
    this.problems = problems;
  }
}

/** The data root: PROMPTVAULT_ROOT, else the current directory (the project being built). */
export function resolveVaultRoot(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.PROMPTVAULT_ROOT || process.cwd());
}

/**
 * Each open rejected audit whose rejection counts gets the command that undoes its change, the one
 * `check` prints (rare: a look at history each).
 */
async function withUndo(repo: Repo | null, audits: SiteAudit[]): Promise<SiteAudit[]> {
  if (!repo) return audits;
  const rejected = openAudits(audits).filter((audit) => audit.review.status === 'rejected' && isDecided(audit.review) && !audit.decision_refused);
  await Promise.all(rejected.map(async (audit) => {
    const undo = await findUndo(repo, audit);
    if (undo) audit.undo = undo;
  }));
  return audits;
}

/**
 * A fresh read of the vault at `root` (not the collections' memoised one) with its site model:
 * what the pages' getSite (site/lib/vault.ts) and the read started with the build
 * (site/integrations/vault-read.ts) hand the pages.
 */
export async function loadSite(root: string): Promise<{ data: SiteData; model: SiteModel }> {
  const { prompts, clauses, checkpoints, mutations, audits } = await loadSiteVault({ root, cache: false });
  const data: SiteData = { prompts, clauses, checkpoints, mutations, audits };
  return { data, model: buildSiteModel(data) };
}

// Every collection's loader asks for the same snapshot; read it once per root and build.
const cache = new Map<string, Promise<SiteVault>>();

/** Reads and validates the vault at `root` (memoised per root for the duration of a build). */
export function loadSiteVault({ root, cache: useCache = true }: { root: string; cache?: boolean }): Promise<SiteVault> {
  if (!useCache) return readSiteVault(root);
  let pending = cache.get(root);
  if (!pending) {
    pending = readSiteVault(root);
    cache.set(root, pending);
    // A failed read is not cached, and a dev server re-reads after a short while.
    pending.then(() => setTimeout(() => cache.delete(root), 5_000).unref(), () => cache.delete(root));
  }
  return pending;
}

async function readSiteVault(root: string): Promise<SiteVault> {
  let config;
  try {
    config = readConfig(root);
  } catch (error) {
    const problems = (error as { problems?: Problem[] }).problems;
    if (problems && problems.length > 0) throw new VaultInvalidError(root, problems);
    throw error;
  }
  // The working tree as `check` sees it, its unchanged files read from git's objects (see read-worktree-git.ts).
  const { snapshot, sourceTexts } = await readWorktreeSnapshot(root, config);
  if (snapshot.problems.length > 0) throw new VaultInvalidError(root, snapshot.problems);
  // The records are kept to the end of the build: one copy of each string they repeat.
  shareRecordStrings(snapshot.checkpoints, snapshot.mutations);
  const repo = await openRepo({ cwd: root }).catch(() => null);
  const origins = repo ? await commitsAddingPaths(repo, { pathspecs: [`${VAULT_DIR}/`] }) : new Map<string, { commit: string; date: string }>();
  const described = repo ? await describedCommits(repo, [...snapshot.checkpoints, ...snapshot.audits], origins) : new Map<string, string[]>();
  const originOf = (file: string): RecordOrigin => ({ commit: described.get(file)?.[0] ?? origins.get(file)?.commit ?? null });
  // The snapshot's records get their origin (and checkpoints their text) in place: copying
  // 500,000 checkpoints twice over was hundreds of megabytes of the build's peak. Plain stores,
  // a checkpoint's two fields at once (its text is filled in below): an Object.assign of a new
  // object per record, twice per checkpoint, was about a third of this function's own time.
  const checkpoints = snapshot.checkpoints as SiteCheckpoint[];
  for (const checkpoint of checkpoints) {
    checkpoint.commit = described.get(checkpoint.file)?.[0] ?? origins.get(checkpoint.file)?.commit ?? null;
    checkpoint.text = null;
  }
  const readText = (file: string) => {
    // The snapshot kept each prompt's and clause's text as it read them.
    let text = sourceTexts.get(file);
    if (text === undefined) {
      text = fs.readFileSync(path.join(root, file), 'utf8');
      sourceTexts.set(file, text);
    }
    return text;
  };
  const texts = await readVersionTexts(repo, config, snapshot, checkpoints, described, readText);
  // A mutation was made in the commit its checkpoint was found in (same folder and file name).
  const checkpointCommits = new Map(checkpoints.map((checkpoint) => [checkpoint.file.slice(CHECKPOINTS_DIR.length), checkpoint.commit]));
  const mutations = snapshot.mutations as SiteMutation[];
  for (const mutation of mutations) mutation.commit = checkpointCommits.get(mutation.file.slice(MUTATIONS_DIR.length)) ?? origins.get(mutation.file)?.commit ?? null;
  // A decision `check` does not count (not a named reviewer, its own author) is shown as open too.
  const refused = repo ? await findRefusedDecisions(repo, { ref: 'HEAD', settings: config.review, audits: snapshot.audits }) : new Map<string, string>();
  const source = (item: Snapshot['prompts'][number] | Snapshot['clauses'][number]): SiteSource => ({
    path: item.path, text: readText(item.path), body: item.body, content_hash: item.contentHash, front_matter: { ...item.frontMatter },
  });
  return {
    root,
    prompts: snapshot.prompts.map((prompt) => ({ id: prompt.id, ...source(prompt) })),
    clauses: snapshot.clauses.map((clause) => ({ id: clause.id, ...source(clause) })),
    checkpoints: withTexts(checkpoints, texts),
    mutations,
    // Audits of a clause in one second ordered by the commits that added them, as check orders them (audit-order.ts).
    audits: await withUndo(repo, (repo ? await rankSameSecondAudits(repo, snapshot.audits) : snapshot.audits).map((audit) => Object.assign(audit, originOf(audit.file), refused.has(audit.file) ? { regression_flag: true, decision_refused: refused.get(audit.file) } : {}))),
  };
}

/** Each checkpoint's text from `texts` (by content hash), set in place. */
function withTexts(checkpoints: SiteCheckpoint[], texts: ReadonlyMap<string, string>): SiteCheckpoint[] {
  for (const checkpoint of checkpoints) checkpoint.text = texts.get(checkpoint.content_hash) ?? null;
  return checkpoints;
}

/**
 * The prompt file's text at each recorded version, keyed by content hash. The working tree holds
 * the current versions; the rest come from the commit that made them (`<commit>:<path>`), checked
 * against the recorded hash so a wrong blob is never shown as a version's text
 * (readRecordedTexts). Read once per hash: the versions that share one (a revert to an earlier
 * text) pool their candidate commits. A checkpoint whose first candidate does not hold its text
 * (two commits with the same parents) takes the one that does as its commit.
 */
async function readVersionTexts(repo: Repo | null, config: Config, snapshot: Snapshot, checkpoints: (Checkpoint & RecordOrigin & { file: string })[], described: Map<string, string[]>, readText: (file: string) => string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const prompt of snapshot.prompts) texts.set(prompt.contentHash, readText(prompt.path));
  if (!repo) return texts;
  const placesOf = (checkpoint: Checkpoint & RecordOrigin & { file: string }): TextPlace[] => (checkpoint.commit ? [checkpoint.commit, ...(described.get(checkpoint.file)?.slice(1) ?? [])].map((commit) => ({ commit, path: checkpoint.path })) : []);
  const wanted = new Map<string, WantedText>();
  const sameAs = (a: TextPlace) => (b: TextPlace) => a.commit === b.commit && a.path === b.path;
  for (const checkpoint of checkpoints) {
    if (texts.has(checkpoint.content_hash)) continue;
    const known = wanted.get(checkpoint.content_hash);
    const places = placesOf(checkpoint);
    if (!known) wanted.set(checkpoint.content_hash, { key: checkpoint.content_hash, contentHash: checkpoint.content_hash, places });
    else {
      const more = places.filter((place) => !known.places.some(sameAs(place)));
      if (more.length > 0) wanted.set(checkpoint.content_hash, { ...known, places: [...known.places, ...more] });
    }
  }
  const found = await readRecordedTexts(repo, [...wanted.values()], { folders: sourceFolders(config) });
  for (const [hash, { bytes }] of found) texts.set(hash, new TextDecoder().decode(bytes));
  for (const checkpoint of checkpoints) {
    const place = found.get(checkpoint.content_hash);
    if (place && place.commit !== checkpoint.commit && placesOf(checkpoint).some(sameAs(place))) checkpoint.commit = place.commit;
  }
  return texts;
}
