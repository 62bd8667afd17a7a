// `promptvault log <promptId>`: the lineage of a prompt, newest first, following forks and renames
// into the prompts it came from.
import { printable, UserError } from '../../lib/errors.ts';
import { realPathSoFar } from '../../lib/path-inside-fs.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { commitSubjects, diffTrees, openRepo, resolveCommit, resolveHead, type Repo } from '../../lib/git/index.ts';
import { classifyPath, idFromPath, sourceFolders, sourcePathspecs } from '../../lib/prompt/locate.ts';
import { commitsOfRecords } from '../../lib/vault/version-commits-git.ts';
import { readRecordedTexts } from '../../lib/vault/recorded-texts-git.ts';
import { unknownPromptMessage } from '../../lib/labels/resolve.ts';
import { promptIdOfFile } from '../../lib/prompt/path-as-id.ts';
import { refKey, type VersionRef } from '../../lib/lineage/heads.ts';
import type { Checkpoint, Mutation } from '../../lib/schema/records.ts';
import type { Config } from '../../lib/schema/config.ts';
import { readSnapshot, recordProblems, type Snapshot } from '../../lib/vault/read-all.ts';
import { versionLabel } from '../../lib/vault/version-label.ts';
import { shellWord } from '../../lib/shell-word.ts';

export interface LogOptions {
  cwd: string;
  prompt: string;
  /** Commit to read (default HEAD). */
  ref?: string;
}

export interface LogEntry {
  mutation: Mutation;
  checkpoint: Checkpoint | null;
  /** 0 for the prompt asked for, 1 for the prompt it was forked or renamed from, and so on. */
  depth: number;
  /** Display label of the version, `v3·0d4cf2` (vault/version-label.ts). */
  label: string;
  /** Display labels of its parents, in the mutation's order (`v2·1a2b3c`). */
  parent_labels: string[];
  /** The commit the version was made in and its subject (the "commit message" of a version), null when this clone lacks it. */
  commit: { id: string; subject: string } | null;
  /**
   * For a version 1: prompts with records whose file that same commit deleted. git did not call it
   * a rename (the recorder follows git's rename detection), yet it may have been a move that
   * rewrote more than half the text; `log` asks, and names the diff that answers.
   */
  moved_from?: { prompt: string; path: string; version: number }[];
}

export async function log(options: LogOptions): Promise<LogEntry[]> {
  const repo = await openRepo({ cwd: options.cwd });
  const config = readConfig(repo.dir);
  const ref = options.ref ?? (await resolveHead(repo));
  if (ref === null) throw new UserError('no-commits', 'the repository has no commits yet, so no prompt has a history');
  const snapshot = await readSnapshot(repo, config, { ref });
  const byKey = new Map(snapshot.mutations.map((m) => [refKey(m), m]));
  const checkpoints = new Map(snapshot.checkpoints.map((c) => [refKey(c), c]));
  // A prompt named by its file (`.claude/agents/review.md`) is the prompt that file is.
  const byFile = snapshot.mutations.some((m) => m.prompt === options.prompt) ? undefined : promptIdOfFile(options.prompt, { cwd: realPathSoFar(options.cwd), root: repo.dir, config });
  const prompt = byFile ?? options.prompt;
  const own = snapshot.mutations.filter((m) => m.prompt === prompt);
  if (own.length === 0) {
    // A record that does not read (a merge's conflict markers, a hand edit) is no record: this
    // prompt's may be among them, so they are named rather than "no recorded prompt".
    const invalid = recordProblems(snapshot);
    if (invalid.length > 0) throw new UserError('record-invalid', `no valid record names the prompt "${prompt}", and vault/ holds invalid records, which may be its own; fix them (see \`promptvault check\`) and run log again`, invalid);
    throw new UserError('prompt-unknown', unknownPromptMessage(prompt, [...new Set(snapshot.mutations.map((m) => m.prompt))].sort()));
  }
  // Walk every ancestor once, across ids (forks and renames), breadth-first from the prompt's own versions.
  const seen = new Set<string>();
  const entries: LogEntry[] = [];
  const files = new Map<LogEntry, { file: string; commit_parents: readonly string[] }>();
  let frontier = own.map((mutation) => ({ mutation, depth: 0 }));
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { mutation, depth } of frontier) {
      const key = refKey(mutation);
      if (seen.has(key)) continue;
      seen.add(key);
      const parentLabels = mutation.parents.map((parent) => versionLabel(parent.version, checkpoints.get(refKey(parent))?.file ?? byKey.get(refKey(parent))?.file));
      entries.push({ mutation: strip(mutation), checkpoint: stripOrNull(checkpoints.get(key)), depth, label: versionLabel(mutation.version, mutation.file), parent_labels: parentLabels, commit: null });
      files.set(entries.at(-1)!, mutation);
      for (const parent of mutation.parents) {
        const found = byKey.get(refKey(parent));
        if (found) next.push({ mutation: found, depth: found.prompt === mutation.prompt ? depth : depth + 1 });
      }
    }
    frontier = next;
  }
  // The commit each version was made in (the one that added its record, or for backfill's records
  // the one with its commit_parents), named by its subject as a registry names a version's message.
  const made = await commitsOfRecords(repo, [...files.values()]);
  // Two versions made from one parent commit (a branch and main each edited the prompt from there,
  // then `backfill` wrote both records into the adoption commit) share their commit_parents, so
  // each has both commits as candidates: the one whose file has the version's hash made it. Before,
  // both were named by the first candidate, one of them by the other branch's commit and subject.
  const doubtful = [...files].filter(([entry, record]) => entry.checkpoint !== null && (made.get(record.file)?.length ?? 0) > 1);
  if (doubtful.length > 0) {
    const wanted = doubtful.map(([entry, record]) => ({ key: record.file, contentHash: entry.mutation.content_hash, places: made.get(record.file)!.map((commit) => ({ commit, path: entry.checkpoint!.path })) }));
    for (const [file, place] of await readRecordedTexts(repo, wanted, { folders: sourceFolders(config) })) made.set(file, [place.commit]);
  }
  const subjects = await commitSubjects(repo, [...made.values()].flatMap((commits) => commits.slice(0, 1)));
  for (const [entry, record] of files) {
    const id = made.get(record.file)?.[0];
    const subject = id === undefined ? undefined : subjects.get(id);
    if (id !== undefined && subject !== undefined) entry.commit = { id, subject };
  }
  await findDeletedAlongside(repo, config, snapshot, entries);
  return entries.sort((a, b) => a.depth - b.depth || (a.mutation.prompt === b.mutation.prompt ? b.mutation.version - a.mutation.version : 0) || b.mutation.created_at.localeCompare(a.mutation.created_at));
}

/**
 * For each version 1 made in a known commit with a parent: the prompts with records (and no file
 * now) whose file that commit deleted. One `diff-tree` per such version, of the sources only.
 */
async function findDeletedAlongside(repo: Repo, config: Config, snapshot: Pick<Snapshot, 'prompts' | 'mutations'>, entries: LogEntry[]): Promise<void> {
  const current = new Set(snapshot.prompts.map((prompt) => prompt.id));
  const latest = new Map<string, number>();
  for (const m of snapshot.mutations) latest.set(m.prompt, Math.max(latest.get(m.prompt) ?? 0, m.version));
  for (const entry of entries) {
    const parent = entry.mutation.commit_parents[0];
    if (entry.mutation.kind !== 'new' || !entry.commit || !parent) continue;
    // A shallow clone (CI's `fetch-depth: 1`) may lack the parent: nothing to compare, nothing asked.
    if ((await resolveCommit(repo, parent)) === null) continue;
    const deleted = (await diffTrees(repo, { from: parent, to: entry.commit.id, pathspecs: sourcePathspecs(config) })).filter((change) => change.status === 'D' && classifyPath(change.path, config) === 'prompt');
    const candidates = deleted.flatMap((change) => {
      const id = idFromPath(change.path, 'prompt', config);
      const version = latest.get(id);
      return version !== undefined && !current.has(id) && id !== entry.mutation.prompt ? [{ prompt: id, path: change.path, version }] : [];
    });
    if (candidates.length > 0) entry.moved_from = candidates;
  }
}

function strip<T extends { file: string }>(value: T): Omit<T, 'file'> {
  const { file: _file, ...rest } = value;
  return rest;
}

function stripOrNull<T extends { file: string }>(value: T | undefined): Omit<T, 'file'> | null {
  return value ? strip(value) : null;
}

/** Characters of a commit subject `log` shows, git's own advice for a subject line. */
const SUBJECT_WIDTH = 72;

/** Terminal rendering: one line per version, then its tags and trait moves. */
export function formatLog(entries: LogEntry[]): string {
  const byRef = new Map(entries.map((entry) => [refKey(entry.mutation), entry.mutation]));
  return entries
    .map(({ mutation: m, checkpoint: c, depth, label, parent_labels: parentLabels, commit, moved_from: movedFrom }) => {
      const indent = '  '.repeat(depth);
      // A move back to an id it had (A -> B -> A) also names the id's own old head, which keeps
      // that id's versions one line; the move's source descends from it already, so it is shown
      // as what it is, not `+` as a second line joined (a merge).
      const before = m.kind === 'rename' ? m.parents.map((p, i) => i > 0 && p.prompt === m.prompt && descendsFrom(byRef, m.parents[0]!, p)) : [];
      const named = m.parents.map((p, i) => (p.prompt === m.prompt ? parentLabels[i] : `${p.prompt}@${parentLabels[i]}`));
      const joined = named.filter((_, i) => !before[i]).join(' + ') || '-';
      const back = named.filter((_, i) => before[i]);
      const parents = back.length > 0 ? `${joined} (moved back: ${back.join(', ')} came before it)` : joined;
      const tokens = c ? `${c.token_count} tokens (${signed(m.trait_delta.token_count)})` : '';
      // Ids and tags come from file names and front matter: a control character is shown, not run.
      // One line a version: a long subject (a repair's lists every prompt) is cut; --json has it whole.
      const message = commit ? `  "${commit.subject.length > SUBJECT_WIDTH ? `${commit.subject.slice(0, SUBJECT_WIDTH - 1)}…` : commit.subject}"` : '';
      const line = printable(`${`${indent}${m.prompt} ${label}  ${m.created_at.slice(0, 10)}  ${m.kind.padEnd(6)}  from ${parents}  ${tokens}  ${m.symbolic_tags.join(' ')}`.trimEnd()}${message}`);
      // The same commit deleted a prompt git did not pair with this one (over half the text rewritten, or another file).
      const asked = (movedFrom ?? []).map((from) => printable(`${indent}  started here; was it moved from ${from.prompt} (${from.path}, deleted in the same commit; not a rename to git, which pairs files at least 50% alike)? compare: promptvault diff ${shellWord(`${from.prompt}@${from.version}`)} ${shellWord(`${m.prompt}@1`)}`));
      return [line, ...asked].join('\n');
    })
    .join('\n');
}

/** Whether `from` (a version in the log) descends from `ancestor`, through the versions the log lists. */
function descendsFrom(byRef: Map<string, VersionRef & { parents: VersionRef[] }>, from: VersionRef, ancestor: VersionRef): boolean {
  const target = refKey(ancestor);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const key = refKey(stack.pop()!);
    if (key === target) return true;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(byRef.get(key)?.parents ?? []));
  }
  return false;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

