// `promptvault label set|rm|list`: names a version of a prompt for an environment
// (`production`, `staging`). A label is a file, vault/labels/<label>.yaml, written and staged
// here and committed by the user: moving a label is a reviewed commit with its history in git.
import { printable, UserError } from '../../lib/errors.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { mergeBase, openRepo, resolveCommit, type Repo } from '../../lib/git/index.ts';
import { describeMove, type LabelMove } from '../../lib/labels/describe-move.ts';
import { listLabelMoves } from '../../lib/labels/moves-git.ts';
import { readWorktreeLabels, removeLabel, writeLabel } from '../../lib/labels/read-fs.ts';
import type { ParsedLabel } from '../../lib/labels/parse.ts';
import { buildVaultIndex, currentIdOf, currentVersion, exampleVersion, findVersion, resolveLabels, type RecordedVersion, type VaultIndex } from '../../lib/labels/resolve.ts';
import { nearestAndKnown } from '../../lib/labels/nearest.ts';
import { isValidLabelName, LABEL_NAME_EXAMPLE, labelPath, type LabelEntry } from '../../lib/labels/schema.ts';
import { recordProblems } from '../../lib/vault/read-all.ts';
import { readWorktreeSnapshot } from '../../lib/vault/read-worktree-git.ts';
import { parseVersionRef, versionLabel } from '../../lib/vault/version-label.ts';
import { padColumn } from '../../lib/display-width.ts';
import { compareCodeUnits } from '../../lib/code-unit-order.ts';

export interface LabelSetOptions {
  cwd: string;
  label: string;
  /** `support/refund@4`, `support/refund@v4·0d4cf2` or `support/refund@v4-0d4cf2`. */
  refs?: string[];
  /** Every prompt at its current recorded version. */
  all?: boolean;
}

export interface LabelChange {
  prompt: string;
  /** Version label before (`v3·1a2b3c`), null when the label did not name the prompt. */
  from: string | null;
  /** Version label after, null when removed. */
  to: string | null;
}

export interface LabelWriteResult {
  label: string;
  /** The label file, staged. */
  file: string;
  /** True when the label no longer names any prompt and its file was removed. */
  removed: boolean;
  changes: LabelChange[];
}

interface LabelWorkspace {
  repo: Repo;
  index: VaultIndex;
  labels: ParsedLabel[];
}

async function openWorkspace(cwd: string): Promise<LabelWorkspace> {
  const repo = await openRepo({ cwd });
  // The working tree's records and labels, those a sparse checkout keeps off the disk read from
  // the index: vault/ may stay out of the cone, and the label file is then staged there.
  const [{ snapshot }, { labels, problems }] = await Promise.all([readWorktreeSnapshot(repo.dir, readConfig(repo.dir)), readWorktreeLabels(repo)]);
  const invalid = recordProblems(snapshot);
  if (invalid.length > 0) throw new UserError('record-invalid', 'vault/ holds invalid records; fix them (see `promptvault check`) before moving labels', invalid);
  if (problems.length > 0) throw new UserError('label-invalid', 'vault/labels/ holds invalid label files', problems);
  return { repo, index: buildVaultIndex(snapshot), labels };
}

function checkLabelName(label: string): void {
  if (!isValidLabelName(label)) {
    throw new UserError('label-name-invalid', `"${label}" is not a label name: use letters, digits, "_", "-" and "." (at most 64 characters, not starting with "." or "-", no "/"), e.g. "${LABEL_NAME_EXAMPLE}"`);
  }
}

/** The prompt id a label file cannot hold (see labelSet). */
const UNLABELLABLE_ID = '__proto__';

/** Sets a label on the given versions (or every prompt's current version) and stages the file. */
export async function labelSet(options: LabelSetOptions): Promise<LabelWriteResult> {
  checkLabelName(options.label);
  const refs = options.refs ?? [];
  if (!options.all && refs.length === 0) throw new UserError('label-ref-missing', `label set needs a version, e.g. promptvault label set ${options.label} support/refund@4, or --all for every prompt's current version`);
  const parsed = refs.map((text) => ({ text, ref: parseVersionRef(text) }));
  const bad = parsed.filter((p) => p.ref === null).map((p) => p.text);
  const workspace = await openWorkspace(options.cwd);
  const { index } = workspace;
  if (bad.length > 0) {
    // The example names the prompt typed (`support/faq`, its version left out) at its newest version.
    const example = exampleVersion(index, bad[0]!) ?? { id: 'support/refund', version: 4, label: 'v4·0d4cf2' };
    const current = currentIdOf(index, bad[0]!) !== null ? `; v${example.version} is the newest version of ${example.id}` : '';
    throw new UserError('version-ref-invalid', `not a version: ${bad.map((b) => `"${b}"`).join(', ')}. Name one as <prompt id>@<version>, e.g. ${example.id}@${example.version} or ${example.id}@${example.label} (the label the site shows; ${example.label.replace('·', '-')} also works)${current}`);
  }
  const chosen = new Map<string, RecordedVersion>();
  const problems: string[] = [];
  for (const { ref } of parsed) {
    const found = findVersion(index, ref!);
    if (!found.ok) {
      problems.push(found.message);
      continue;
    }
    // The label is set for the prompt as it is named now, whatever id recorded the version.
    const id = currentIdOf(index, ref!.prompt) ?? currentIdOf(index, found.version.prompt);
    if (id === null) {
      problems.push(`${ref!.prompt} was deleted: a label may only name a prompt the repository still has`);
      continue;
    }
    chosen.set(id, found.version);
  }
  if (options.all) {
    for (const id of [...index.current.keys()].sort()) {
      const version = currentVersion(index, id);
      if (version) chosen.set(id, version);
      else problems.push(`${id} has no recorded version of its current text: commit it with the hook installed (or run \`promptvault record --all\`) first`);
    }
  }
  // A label file's prompts are read into an object, where the key `__proto__` is Object's prototype,
  // not an entry: it was dropped on writing while `label set` said it had moved the label.
  if (chosen.has(UNLABELLABLE_ID)) problems.push(`${UNLABELLABLE_ID} (${index.current.get(UNLABELLABLE_ID)?.path ?? 'its file'}) cannot be named by a label: "${UNLABELLABLE_ID}" is the one id a label file cannot hold. Rename the prompt's file (\`git mv\`, it keeps its lineage), then set the label on the new id`);
  if (problems.length > 0) throw new UserError('label-version-unknown', `label ${options.label} was not changed:\n  ${problems.join('\n  ')}`);
  const existing = workspace.labels.find((l) => l.label === options.label);
  const prompts = normalise(index, existing?.prompts ?? {});
  const changes: LabelChange[] = [];
  for (const [id, version] of [...chosen].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const before = Object.hasOwn(prompts, id) ? prompts[id] : undefined;
    const entry: LabelEntry = { version: version.version, key: version.key, content_hash: version.content_hash, ...(version.prompt !== id ? { record: version.prompt } : {}) };
    prompts[id] = entry;
    if (before?.key !== entry.key) changes.push({ prompt: id, from: before ? versionLabel(before.version, before.key) : null, to: versionLabel(entry.version, entry.key) });
  }
  const written = await writeLabel(workspace.repo, { label: options.label, prompts });
  return { label: options.label, ...written, changes };
}

/**
 * Re-keys entries of prompts moved since the label was set by their id now, so a later
 * `label set` of the moved prompt replaces its entry instead of adding a second one.
 */
function normalise(index: VaultIndex, prompts: Record<string, LabelEntry>): Record<string, LabelEntry> {
  const out: Record<string, LabelEntry> = {};
  for (const [id, entry] of Object.entries(prompts)) {
    const now = currentIdOf(index, id);
    const key = now && now !== id && !(now in prompts) ? now : id;
    out[key] = key === id ? entry : { ...entry, record: entry.record ?? id };
  }
  return out;
}

export interface LabelRmOptions {
  cwd: string;
  label: string;
  /** Prompt ids to drop from the label; none removes the whole label. */
  prompts?: string[];
}

/** Drops prompts from a label, or the whole label, and stages the change. */
export async function labelRm(options: LabelRmOptions): Promise<LabelWriteResult> {
  checkLabelName(options.label);
  const workspace = await openWorkspace(options.cwd);
  const existing = workspace.labels.find((l) => l.label === options.label);
  if (!existing) {
    const names = workspace.labels.map((l) => l.label);
    throw new UserError('label-unknown', `there is no label "${options.label}" (${labelPath(options.label)})${nearestAndKnown(options.label, names, { known: 'Labels', none: 'none yet' })}`);
  }
  const ids = options.prompts ?? [];
  if (ids.length === 0) {
    const file = await removeLabel(workspace.repo, options.label);
    const changes = Object.entries(existing.prompts).map(([prompt, e]) => ({ prompt, from: versionLabel(e.version, e.key), to: null }));
    return { label: options.label, file, removed: true, changes };
  }
  const prompts = { ...existing.prompts };
  const changes: LabelChange[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    // The id given may be the prompt's id now or the one the label was set under before a move.
    const keys = Object.keys(prompts).filter((key) => key === id || currentIdOf(workspace.index, key) === id);
    if (keys.length === 0) missing.push(id);
    for (const key of keys) {
      changes.push({ prompt: key, from: versionLabel(prompts[key]!.version, prompts[key]!.key), to: null });
      delete prompts[key];
    }
  }
  if (missing.length > 0) {
    throw new UserError('label-entry-unknown', `label ${options.label} does not name ${missing.join(', ')}${nearestAndKnown(missing[0]!, Object.keys(existing.prompts), { known: 'It names' })}`);
  }
  const written = await writeLabel(workspace.repo, { label: options.label, prompts });
  return { label: options.label, ...written, changes };
}

export interface LabelListEntry {
  label: string;
  /** The prompt's id now (the id it was labelled under when it was deleted). */
  prompt: string;
  version: number;
  /** `v4·0d4cf2` */
  versionLabel: string;
  content_hash: string;
  /** `current`, `behind` (a later version exists), `dangling` (no record) or `deleted` (no prompt). */
  status: 'current' | 'behind' | 'dangling' | 'deleted';
  /** The current version's label when behind. */
  currentVersionLabel: string | null;
}

/** Every label (or one), with what each names and whether it lags behind. */
export async function labelList(options: { cwd: string; label?: string }): Promise<LabelListEntry[]> {
  if (options.label !== undefined) checkLabelName(options.label);
  const workspace = await openWorkspace(options.cwd);
  const labels = options.label === undefined ? workspace.labels : workspace.labels.filter((l) => l.label === options.label);
  if (options.label !== undefined && labels.length === 0) {
    throw new UserError('label-unknown', `there is no label "${options.label}"${nearestAndKnown(options.label, workspace.labels.map((l) => l.label), { known: 'Labels', none: 'none yet' })}`);
  }
  return resolveLabels(workspace.index, labels)
    .map((r): LabelListEntry => ({
      label: r.label, prompt: r.currentId ?? r.id, version: r.entry.version, versionLabel: versionLabel(r.entry.version, r.entry.key), content_hash: r.entry.content_hash,
      status: !r.version ? 'dangling' : r.currentId === null ? 'deleted' : r.behind ? 'behind' : 'current',
      currentVersionLabel: r.behind ? versionLabel(r.behind.version, r.behind.key) : null,
    }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.prompt.localeCompare(b.prompt));
}

/** Terminal rendering of `label list`. */
export function formatLabelList(entries: LabelListEntry[]): string {
  if (entries.length === 0) return 'promptvault: no labels yet. Set one with `promptvault label set production support/refund@4`.';
  // Prompt ids are file names: a control character in one is shown, not run by the terminal.
  const rows = entries.map((e) => [printable(e.label), printable(e.prompt), printable(`${e.versionLabel}${e.status === 'behind' ? `  (behind: current ${e.currentVersionLabel})` : e.status === 'current' ? '' : `  (${e.status})`}`)] as const);
  // Columns as wide as their longest cell (in terminal columns: CJK ids take two a character), two spaces apart.
  const labels = padColumn(rows.map(([label]) => label));
  const prompts = padColumn(rows.map(([, prompt]) => prompt));
  return rows.map(([, , version], i) => `${labels[i]}  ${prompts[i]}  ${version}`).join('\n');
}


/**
 * Label moves between two commits (e.g. a pull request's base and head), for reports:
 * `[{ label, prompt, from: { version, key, label: 'v3·1a2b3c' } | null, to: ... | null, file }]`.
 * Moves are compared from the common ancestor of `from` and `to`, as a pull request shows them.
 */
export async function labelMoves(options: { cwd: string; from: string; to?: string }): Promise<LabelMove[]> {
  const repo = await openRepo({ cwd: options.cwd });
  const to = options.to ?? 'HEAD';
  const [a, b] = await Promise.all([resolveCommit(repo, options.from), resolveCommit(repo, to)]);
  if (!a) throw new UserError('ref-unknown', `"${options.from}" names no commit in this repository`);
  if (!b) throw new UserError('ref-unknown', `"${to}" names no commit in this repository`);
  return listLabelMoves(repo, { from: (await mergeBase(repo, { a, b })) ?? a, to: b });
}

export { describeMove, type LabelMove };
