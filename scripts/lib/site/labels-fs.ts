// Node-only (fs, git): the labels the site shows, read once per build. What each label names now
// (vault/labels/ in the working tree, resolved through moves against the records) and its history
// (the commits that changed its file, each with the moves it made). Pages get plain JSON.
import fs from 'node:fs';
import path from 'node:path';
import { listPathHistory, openRepo, readObjects, resolveHead, type Repo } from '../git/index.ts';
import { parseLabelFiles } from '../labels/read-git.ts';
import { readLabelsFromDisk, readWorktreeLabels } from '../labels/read-fs.ts';
import { buildVaultIndex, diffLabels, resolveLabels } from '../labels/resolve.ts';
import { LABELS_DIR } from '../labels/schema.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';
import { versionLabel } from '../vault/version-label.ts';
import { VaultInvalidError } from './load-vault-fs.ts';

/** One prompt a label names. */
export interface SiteLabelEntry {
  label: string;
  /** The prompt's id now (after moves); the id in the label file when the prompt was deleted. */
  prompt: string;
  /** Whether the prompt still exists (a page to link to). */
  exists: boolean;
  version: number;
  /** `v4·0d4cf2`. */
  versionLabel: string;
  /** The prompt's current version label when the label lags behind it. */
  behind: string | null;
  /** Whether a record holds the named version (false: `check` fails on it). */
  recorded: boolean;
  /** The prompt id the version was recorded under (its records' folder); null without a record. */
  recordedAs: string | null;
}

/** One commit that changed a label's file. */
export interface SiteLabelChange {
  commit: string;
  date: string;
  author: string;
  subject: string;
  /** One line per prompt whose entry changed, e.g. `support/refund: v3·1a2b3c → v4·0d4cf2`. */
  moves: string[];
}

export interface SiteLabel {
  label: string;
  entries: SiteLabelEntry[];
  history: SiteLabelChange[];
}

interface VaultRecords {
  prompts: { id: string; path: string; content_hash: string }[];
  checkpoints: (Checkpoint & { file: string })[];
  mutations: Pick<Mutation, 'prompt' | 'kind' | 'parents' | 'created_at'>[];
}

/** Every label of the repository at `root`, with what it names and its history; [] when there are none. */
export async function readSiteLabels(root: string, vault: VaultRecords): Promise<SiteLabel[]> {
  const repo = await openRepo({ cwd: root }).catch(() => null);
  // A repository's labels as its working tree holds them, as the records are read
  // (read-worktree-git.ts): a sparse checkout may keep vault/ off the disk.
  const atTop = repo !== null && path.resolve(repo.dir) === fs.realpathSync(path.resolve(root));
  const { labels, problems } = atTop ? await readWorktreeLabels(repo) : readLabelsFromDisk(root);
  // A label file that does not read is refused as check refuses it, not left off the site's labels page.
  if (problems.length > 0) throw new VaultInvalidError(root, problems);
  const index = buildVaultIndex({ ...vault, prompts: vault.prompts.map((prompt) => ({ id: prompt.id, path: prompt.path, contentHash: prompt.content_hash })) });
  const resolved = resolveLabels(index, labels);
  const history = await readLabelHistory(repo);
  const names = [...new Set([...labels.map((label) => label.label), ...history.keys()])].sort();
  return names.map((label) => ({
    label,
    entries: resolved
      .filter((entry) => entry.label === label)
      .map((entry) => ({
        label,
        prompt: entry.currentId ?? entry.id,
        exists: entry.currentId !== null,
        version: entry.entry.version,
        versionLabel: versionLabel(entry.entry.version, entry.entry.key),
        behind: entry.behind ? versionLabel(entry.behind.version, entry.behind.key) : null,
        recorded: entry.version !== undefined,
        recordedAs: entry.version?.prompt ?? null,
      }))
      .sort((a, b) => a.prompt.localeCompare(b.prompt)),
    history: history.get(label) ?? [],
  }));
}

/** Each label's commits, newest first, from `git log` of vault/labels/ (none outside a repository). */
async function readLabelHistory(repo: Repo | null): Promise<Map<string, SiteLabelChange[]>> {
  const byLabel = new Map<string, SiteLabelChange[]>();
  if (!repo) return byLabel;
  const head = await resolveHead(repo);
  if (!head) return byLabel;
  const commits = await listPathHistory(repo, { ref: head, pathspecs: [`${LABELS_DIR}/`] });
  // Each changed label file before and after its commit, in one `git cat-file --batch`.
  const names = commits.flatMap(({ commit, files }) => files.flatMap((file) => [`${commit}:${file}`, `${commit}^:${file}`]));
  const blobs = await readObjects(repo, names);
  const read = (name: string, file: string) => {
    const blob = blobs.get(name);
    return blob ? parseLabelFiles([{ path: file, text: blob.toString('utf8') }]).labels : [];
  };
  for (const { commit, date, author, subject, files } of commits) {
    const moves = files.flatMap((file) => diffLabels(read(`${commit}^:${file}`, file), read(`${commit}:${file}`, file)));
    for (const label of new Set(files.map((file) => file.slice(LABELS_DIR.length + 1).replace(/\.yaml$/, '')))) {
      const lines = moves.filter((move) => move.label === label).map((move) => `${move.prompt}: ${move.from?.label ?? '(none)'} → ${move.to?.label ?? '(removed)'}`);
      const list = byLabel.get(label) ?? [];
      list.push({ commit, date, author, subject, moves: lines });
      byLabel.set(label, list);
    }
  }
  return byLabel;
}

/** `<prompt>@<version label>` -> the labels naming that version, for the grid's rows. */
export function labelsByVersion(labels: SiteLabel[]): Map<string, string[]> {
  const byVersion = new Map<string, string[]>();
  for (const entry of labels.flatMap((label) => label.entries)) {
    if (!entry.recordedAs) continue;
    const key = `${entry.recordedAs}@${entry.versionLabel}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), entry.label]);
  }
  return byVersion;
}
