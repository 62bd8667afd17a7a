// Pure: labels against the records. Which version each entry names, which prompt it now belongs
// to (following moves through the lineage), and what is wrong with it. No disk, no git.
import type { Problem } from '../errors.ts';
export type { LabelMove } from './describe-move.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';
import { parseVersionRef, versionLabel, type VersionRef } from '../vault/version-label.ts';
import type { LabelMove } from './describe-move.ts';
import { nearestAndKnown, nearestIds } from './nearest.ts';
import type { ParsedLabel } from './parse.ts';
import { labelPath, type LabelEntry } from './schema.ts';
import { shellWord } from '../shell-word.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

/** One recorded version: its checkpoint and where its record lies. */
export interface RecordedVersion {
  prompt: string;
  version: number;
  /** Record key, the checkpoint's file name without `.yaml`, e.g. `0004-0d4cf2d0d827`. */
  key: string;
  content_hash: string;
  checkpoint: Checkpoint & { file: string };
}

/** The records and prompts a label is checked against. */
export interface VaultIndex {
  /** Prompts in the snapshot, by id: their file's content hash. */
  current: Map<string, { path: string; contentHash: string }>;
  /** Recorded versions by the prompt id whose folder holds them. */
  versions: Map<string, RecordedVersion[]>;
  /** Old id -> new id, from the vault's rename mutations. */
  renamedTo: Map<string, string>;
  /** New id -> old ids it was renamed from. */
  renamedFrom: Map<string, string[]>;
}

export function recordKey(file: string): string {
  return (file.split('/').pop() ?? '').replace(/\.yaml$/, '');
}

export function buildVaultIndex(snapshot: {
  prompts: { id: string; path: string; contentHash: string }[];
  checkpoints: (Checkpoint & { file: string })[];
  mutations: Pick<Mutation, 'prompt' | 'kind' | 'parents' | 'created_at'>[];
}): VaultIndex {
  const current = new Map(snapshot.prompts.map((prompt) => [prompt.id, { path: prompt.path, contentHash: prompt.contentHash }]));
  const versions = new Map<string, RecordedVersion[]>();
  for (const checkpoint of snapshot.checkpoints) {
    const list = versions.get(checkpoint.prompt) ?? [];
    list.push({ prompt: checkpoint.prompt, version: checkpoint.version, key: recordKey(checkpoint.file), content_hash: checkpoint.content_hash, checkpoint });
    versions.set(checkpoint.prompt, list);
  }
  for (const list of versions.values()) list.sort((a, b) => a.version - b.version || compareCodeUnits(a.key, b.key));
  const renamedTo = new Map<string, string>();
  const renamedFrom = new Map<string, string[]>();
  // Oldest first, so a prompt renamed twice from the same id (moved back and away again) ends at its last move.
  const renames = snapshot.mutations.filter((m) => m.kind === 'rename').sort((a, b) => compareCodeUnits(a.created_at, b.created_at));
  for (const mutation of renames) {
    for (const parent of mutation.parents) {
      if (parent.prompt === mutation.prompt) continue;
      renamedTo.set(parent.prompt, mutation.prompt);
      const from = renamedFrom.get(mutation.prompt) ?? [];
      if (!from.includes(parent.prompt)) from.push(parent.prompt);
      renamedFrom.set(mutation.prompt, from);
    }
  }
  return { current, versions, renamedTo, renamedFrom };
}

/** The id a prompt has now, following its moves; null when it was deleted (or never existed). */
export function currentIdOf(index: VaultIndex, id: string): string | null {
  const seen = new Set<string>();
  let at: string | undefined = id;
  while (at !== undefined && !seen.has(at)) {
    if (index.current.has(at)) return at;
    seen.add(at);
    at = index.renamedTo.get(at);
  }
  return null;
}

/** The id a prompt had last, following its moves (itself when it never moved). */
export function lastIdOf(index: VaultIndex, id: string): string {
  const seen = new Set<string>([id]);
  let at = id;
  for (let next = index.renamedTo.get(at); next !== undefined && !seen.has(next); next = index.renamedTo.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

/**
 * Every recorded id whose prompt is gone (neither here nor moved to an id that is), with the last
 * version of the id it had last: the file whose deletion removed it. A moved-then-deleted prompt
 * is listed under each of its ids.
 */
export function deletedIds(index: VaultIndex): Map<string, RecordedVersion> {
  const deleted = new Map<string, RecordedVersion>();
  for (const id of [...new Set([...index.versions.keys(), ...index.renamedTo.keys()])].sort(compareCodeUnits)) {
    if (currentIdOf(index, id) !== null) continue;
    const last = index.versions.get(lastIdOf(index, id))?.at(-1) ?? index.versions.get(id)?.at(-1);
    if (last) deleted.set(id, last);
  }
  return deleted;
}

/** The id and every id it was moved from, newest first. */
export function lineageIds(index: VaultIndex, id: string): string[] {
  const ids: string[] = [];
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (ids.includes(next)) continue;
    ids.push(next);
    queue.push(...(index.renamedFrom.get(next) ?? []));
  }
  return ids;
}

/** The recorded version holding a prompt's current file, highest version when a text came back. */
export function currentVersion(index: VaultIndex, id: string): RecordedVersion | undefined {
  const file = index.current.get(id);
  if (!file) return undefined;
  return (index.versions.get(id) ?? []).filter((v) => v.content_hash === file.contentHash).at(-1);
}

/** Every recorded version of a prompt, across its moves, oldest first. */
export function versionsOf(index: VaultIndex, id: string): RecordedVersion[] {
  return lineageIds(index, id).flatMap((owner) => index.versions.get(owner) ?? []).sort((a, b) => a.version - b.version || compareCodeUnits(a.key, b.key));
}

export type FindVersionResult = { ok: true; version: RecordedVersion } | { ok: false; code: string; message: string };

/** The version a reference names (`support/refund@4`, `@v4·0d4cf2`), searched across the prompt's moves. */
export function findVersion(index: VaultIndex, ref: VersionRef): FindVersionResult {
  const all = versionsOf(index, ref.prompt);
  if (all.length === 0) {
    // A prompt file with no record yet: "did you mean" itself, among the "recorded" ids, misled.
    const file = index.current.get(ref.prompt);
    if (file) return { ok: false, code: 'prompt-unrecorded', message: unrecordedPromptMessage(ref.prompt, file.path) };
    // A file's path where its id goes (`.claude/agents/review.md@2`): the id to write instead.
    const owner = promptIdOfCurrentPath(ref.prompt, index.current);
    if (owner !== undefined) return { ok: false, code: 'prompt-unknown', message: `"${ref.prompt}" is the file of the prompt "${owner}": name the prompt by its id, ${owner}@${ref.version}` };
    return { ok: false, code: 'prompt-unknown', message: unknownPromptInVault(index, ref.prompt) };
  }
  const matching = all.filter((v) => v.version === ref.version && (ref.hash === null || v.key.slice(v.key.indexOf('-') + 1).startsWith(ref.hash)));
  const labels = (list: RecordedVersion[]) => list.map((v) => versionLabel(v.version, v.key)).join(', ');
  if (matching.length === 0) return { ok: false, code: 'version-unknown', message: `${ref.prompt} has no recorded version ${ref.hash ? `v${ref.version}·${ref.hash}` : `v${ref.version}`}. Its versions: ${labels(all)}` };
  if (matching.length > 1) return { ok: false, code: 'version-ambiguous', message: `${ref.prompt} has ${matching.length} versions numbered ${ref.version} (recorded on different branches): ${labels(matching)}. Name one, e.g. ${ref.prompt}@${versionLabel(matching[0]!.version, matching[0]!.key).replace('·', '-')}` };
  return { ok: true, version: matching[0]! };
}

export function knownIds(index: VaultIndex): string[] {
  return [...new Set([...index.current.keys(), ...index.versions.keys()])].sort();
}

/**
 * The version to show in an example of a reference typed wrong (`refund@x`, `support/faq` with no
 * version): the prompt it names, else the recorded id nearest to it, as named now, at its newest
 * version; undefined while nothing is recorded.
 */
export function exampleVersion(index: VaultIndex, text: string): { id: string; version: number; label: string } | undefined {
  const named = parseVersionRef(text)?.prompt ?? (text.includes('@') && !index.versions.has(text) ? text.slice(0, text.lastIndexOf('@')) : text);
  const known = knownIds(index);
  const near = index.versions.has(named) || index.current.has(named) ? named : nearestIds(named, known, 1)[0] ?? known[0];
  if (near === undefined) return undefined;
  const id = currentIdOf(index, near) ?? near;
  const newest = versionsOf(index, id).at(-1);
  return newest && { id, version: newest.version, label: versionLabel(newest.version, newest.key) };
}

/** The id whose current file is `text` (a repository-relative path, `./` allowed): a file named where its id goes. */
function promptIdOfCurrentPath(text: string, current: ReadonlyMap<string, { path: string }>): string | undefined {
  const file = text.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  for (const [id, entry] of current) if (entry.path === file) return id;
  return undefined;
}

/** A prompt whose file is there (added, not yet committed through the hook) but has no version recorded. */
export function unrecordedPromptMessage(id: string, path: string): string {
  return `the prompt "${id}" (${path}) has no recorded version yet: commit it (the hook records its version 1), or run \`promptvault record --all\` if it was committed without the hook, then name ${id}@1`;
}

/**
 * The one wording for a prompt id no record has (`label set`, `log`, `bundle`): the nearest ids
 * first (in a monorepo the alphabetical first 20 rarely hold the one meant, "triage" for
 * "support-bot/.claude/agents/triage"), then the recorded ids.
 */
export function unknownPromptMessage(id: string, ids: string[]): string {
  return `no recorded prompt has the id "${id}"${nearestAndKnown(id, ids, { known: 'Recorded prompts' })}`;
}

/**
 * unknownPromptMessage over a vault: the ids near `id` named as they are now, a moved prompt by the
 * id it was moved to, and the recorded ids listed so. The id a prompt had before its move was
 * suggested (newcomer37: `label set production support/refnd@1` said "Did you mean
 * "support/refund"?" of a prompt since moved to support/refunds); a deleted prompt keeps its id.
 */
export function unknownPromptInVault(index: VaultIndex, id: string): string {
  return `no recorded prompt has the id "${id}"${nearestIdsNow(index, id)}`;
}

/** The end of that message (nearestAndKnown) with the ids as they are now, for `show` and `diff` too. */
export function nearestIdsNow(index: VaultIndex, id: string): string {
  const known = knownIds(index);
  const now = (name: string) => currentIdOf(index, name) ?? name;
  const near = [...new Set(nearestIds(id, known).map(now))];
  const listed = [...new Set(known.map(now))].sort();
  return nearestAndKnown(id, listed, { known: 'Recorded prompts', near });
}

/**
 * The words of a printed command, each one shell word, after `--` when one starts with `-` (an id
 * from `prompts/-draft.md`), which the CLI would otherwise take for an option.
 */
function commandWords(...words: string[]): string {
  const line = words.map(shellWord).join(' ');
  return words.some((word) => word.startsWith('-')) ? `-- ${line}` : line;
}

/** One label entry as resolved against the records. */
export interface ResolvedEntry {
  label: string;
  /** The id the entry was set for (its key in the label file). */
  id: string;
  /** The prompt's id now (after moves); null when the prompt was deleted. */
  currentId: string | null;
  entry: LabelEntry;
  /** The recorded version it names; undefined when no record has that key, version and hash (dangling). */
  version: RecordedVersion | undefined;
  /** Where `version` is undefined, the record that has the entry's key all the same: the lines disagree. */
  keyed?: RecordedVersion;
  /** The prompt's current version when the label lags behind it. */
  behind: RecordedVersion | undefined;
  file: string;
  line: number | undefined;
}

export function resolveLabels(index: VaultIndex, labels: ParsedLabel[]): ResolvedEntry[] {
  const resolved: ResolvedEntry[] = [];
  for (const label of labels) {
    for (const [id, entry] of Object.entries(label.prompts)) {
      const owner = entry.record ?? id;
      const versions = index.versions.get(owner) ?? [];
      const version = versions.find((v) => v.key === entry.key && v.version === entry.version && v.content_hash === entry.content_hash);
      const keyed = version ? undefined : versions.find((v) => v.key === entry.key);
      const currentId = currentIdOf(index, id) ?? currentIdOf(index, owner);
      const now = currentId ? currentVersion(index, currentId) : undefined;
      resolved.push({ label: label.label, id, currentId, entry, version, ...(keyed ? { keyed } : {}), behind: now && now.content_hash !== entry.content_hash ? now : undefined, file: label.file, line: label.lines[id] });
    }
  }
  return resolved;
}

/** Pure: labels naming a version with no record, or a prompt that no longer exists. */
export function findLabelProblems(resolved: ResolvedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of resolved) {
    const where = { file: r.file, ...(r.line !== undefined ? { line: r.line } : {}) };
    const named = `${r.id}@${versionLabel(r.entry.version, r.entry.key)}`;
    if (!r.version && r.keyed) {
      // A conflict resolved by hand that kept one side's `version:` and the other's `key:` (or hash).
      const keyed = r.keyed;
      const disagree = [keyed.version !== r.entry.version ? `version ${r.entry.version}` : '', keyed.content_hash !== r.entry.content_hash ? `content_hash ${r.entry.content_hash.slice(0, 19)}...` : ''].filter(Boolean).join(' and ');
      problems.push({ code: 'label-dangling', ...where, message: `label ${r.label} names ${r.id} with key ${r.entry.key}, the record of v${keyed.version}, but with ${disagree}, which that record does not have: the entry's lines come from different versions (a conflict resolved by hand?)`, expected: `the three lines of one version, as \`promptvault label set\` writes them`, fix: `write the entry again with \`promptvault label set ${commandWords(r.label, r.currentId ?? r.id)}@<version>\` for the version you want (${commandWords(`${r.currentId ?? r.id}@${versionLabel(keyed.version, keyed.key).replace('·', '-')}`)} is the one its key names)` });
    } else if (!r.version) {
      problems.push({ code: 'label-dangling', ...where, message: `label ${r.label} names ${named}, which has no record (vault/checkpoints/${r.entry.record ?? r.id}/${r.entry.key}.yaml)`, expected: 'a version recorded in vault/checkpoints/', fix: `point it at a recorded version with \`promptvault label set ${commandWords(r.label, r.currentId ?? r.id)}@<version>\`, or drop it with \`promptvault label rm ${commandWords(r.label, r.id)}\`` });
    } else if (r.currentId === null) {
      problems.push({ code: 'label-prompt-deleted', ...where, message: `label ${r.label} names ${named}, but the prompt ${r.id} was deleted`, fix: `drop it with \`promptvault label rm ${commandWords(r.label, r.id)}\`, or restore the prompt at that version: \`promptvault show ${commandWords(`${r.id}@${versionLabel(r.entry.version, r.entry.key).replace('·', '-')}`)} > ${shellWord(r.version.checkpoint.path)}\`, then commit` });
    }
  }
  return problems;
}

/** Pure: labels that lag behind their prompt's current version (`check --stale`). */
export function findStaleLabels(resolved: ResolvedEntry[]): Problem[] {
  return resolved
    .filter((r) => r.version && r.behind && r.currentId)
    .map((r) => ({
      code: 'label-stale', file: r.file, ...(r.line !== undefined ? { line: r.line } : {}),
      message: `label ${r.label} names ${r.currentId} ${versionLabel(r.entry.version, r.entry.key)}; its current version is ${versionLabel(r.behind!.version, r.behind!.key)}`,
      fix: `move it with \`promptvault label set ${commandWords(r.label, `${r.currentId}@${versionLabel(r.behind!.version, r.behind!.key).replace('·', '-')}`)}\` when that version is ready`,
    }));
}

/** Pure: what changed between two sets of label files (entries set, moved or removed). */
export function diffLabels(before: ParsedLabel[] | { label: string; prompts: Record<string, LabelEntry> }[], after: ParsedLabel[] | { label: string; prompts: Record<string, LabelEntry> }[]): LabelMove[] {
  const byName = (list: { label: string; prompts: Record<string, LabelEntry> }[]) => new Map(list.map((l) => [l.label, l.prompts]));
  const old = byName(before);
  const now = byName(after);
  const moves: LabelMove[] = [];
  const view = (entry: LabelEntry | undefined) => (entry ? { version: entry.version, key: entry.key, label: versionLabel(entry.version, entry.key) } : null);
  for (const label of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(label) ?? {};
    const b = now.get(label) ?? {};
    for (const prompt of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      // Own entries only: a prompt with the id `toString` or `constructor` read Object's method as its
      // entry before (a label newly naming it said "moves toString from vundefined").
      const from = Object.hasOwn(a, prompt) ? a[prompt] : undefined;
      const to = Object.hasOwn(b, prompt) ? b[prompt] : undefined;
      if (from?.key === to?.key && from?.content_hash === to?.content_hash) continue;
      moves.push({ label, prompt, from: view(from), to: view(to), file: labelPath(label) });
    }
  }
  return moves;
}
