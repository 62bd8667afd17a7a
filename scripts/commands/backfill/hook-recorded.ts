// Pure: whether a replay is about to record again what the hook already recorded. backfill is for
// a history without records; on one the hook recorded from some commit on (hooks installed before
// backfill ran, a `record --all` after commits made without the hook), the replay numbers the
// older texts too and would give the hook's versions a second, other record: two v1 of one prompt.
import type { Problem } from '../../lib/errors.ts';
import { parseRecordPath } from '../../lib/vault/paths.ts';
import { versionLabel } from '../../lib/vault/version-label.ts';

const EXPECTED = 'backfill on a history without vault records (right after `promptvault init`, before the first commit with the hooks)';
const FIX = 'nothing to backfill: the hook records this history from its first recorded commit on, and older texts stay unrecorded. `promptvault check` names any prompt whose current text has no record; `promptvault record --all` records them';

const UNRECORDED_FIX = 'nothing to backfill: `promptvault record --all` records the texts of commits made without the hook, one version per commit, as the hook would have (`promptvault check` names every such prompt)';

/** The checkpoints HEAD already holds, by prompt, and the replayed records that contradict them. */
export class HookRecords {
  readonly #byPrompt = new Map<string, Set<string>>();
  /** Per prompt, the first replayed checkpoint HEAD does not hold, and the commit replaying it. */
  readonly #conflicts = new Map<string, { name: string; commit: string }>();

  constructor(checkpointPaths: Iterable<string>) {
    for (const file of checkpointPaths) {
      const parsed = parseRecordPath(file);
      if (parsed?.kind !== 'checkpoint') continue;
      let names = this.#byPrompt.get(parsed.id);
      if (!names) this.#byPrompt.set(parsed.id, (names = new Set()));
      names.add(parsed.name);
    }
  }

  /** Notes a replayed record: a checkpoint of a prompt HEAD has records of, under a file HEAD lacks, is a second record. */
  note(file: string, commit: string): void {
    const parsed = parseRecordPath(file);
    if (parsed?.kind !== 'checkpoint' || this.#conflicts.has(parsed.id)) return;
    const held = this.#byPrompt.get(parsed.id);
    if (held && !held.has(parsed.name)) this.#conflicts.set(parsed.id, { name: parsed.name, commit });
  }

  get found(): boolean {
    return this.#conflicts.size > 0;
  }

  /** One problem per prompt that would get a second record, with what the vault holds and the fix. */
  problems(): Problem[] {
    return [...this.#conflicts].map(([id, { name, commit }]) => {
      const keys = [...this.#byPrompt.get(id)!].sort();
      const held = keys.map((key) => versionLabel(Number(key.slice(0, 4)), key.replace(/\.yaml$/, '')));
      const replayed = versionLabel(Number(name.slice(0, 4)), name.replace(/\.yaml$/, ''));
      // Numbered past every version held: the replay agreed with the vault up to its last version,
      // and this commit changed the prompt after it without the hook (a backfill run again on an
      // adopted repository). Its text has no record at all: not a second lineage of held texts.
      if (Number(name.slice(0, 4)) > Math.max(...keys.map((key) => Number(key.slice(0, 4))))) {
        return {
          code: 'backfill-already-recorded',
          file: id,
          message: `the vault already holds this prompt's versions up to ${held.at(-1)}; commit ${commit.slice(0, 10)} changed it after that without the hook, and its text has no record (the replay would record it as ${replayed})`,
          expected: EXPECTED,
          fix: UNRECORDED_FIX,
        };
      }
      return {
        code: 'backfill-already-recorded',
        file: id,
        message: `the vault already holds ${held.length} version(s) of this prompt (${held.slice(0, 3).join(', ')}${held.length > 3 ? ', ...' : ''}) recorded by the hook or a backfill committed earlier; replaying commit ${commit.slice(0, 10)} would record ${replayed} beside them, a second lineage of the same texts`,
        expected: EXPECTED,
        fix: FIX,
      };
    });
  }
}

/** The first checkpoint HEAD holds of a prompt (its lowest version), as read from its record. */
export interface FirstRecord {
  prompt: string;
  /** The prompt file's path when that version was recorded. */
  path: string;
  commitParents: readonly string[];
  /** Its label, e.g. `v1·0d4cf2`, for the message. */
  label: string;
}

interface ReplayedCommit {
  oid: string;
  parents: readonly string[];
  changes: readonly { path: string; newOid: string | null }[];
}

/**
 * Before replaying anything: the prompts whose first recorded version describes a commit that
 * changed its file while an earlier commit of the history had changed it already. The hook
 * recorded them from a later commit on (it was installed after those commits), so the replay
 * would record the older texts as versions of their own beside the hook's (what `HookRecords`
 * finds mid-replay, at the first such record). One pass over the history's changes, which the
 * replay reads anyway; a prompt moved before its first record is left to `HookRecords`.
 * `startPaths`: the files the history's first commit holds when it starts mid-history (`--from`).
 */
export function findRecordedLater(history: readonly ReplayedCommit[], startPaths: Iterable<string>, firstRecords: readonly FirstRecord[]): Problem[] {
  if (firstRecords.length === 0) return [];
  const wanted = new Set(firstRecords.map((record) => record.path));
  const parentsKey = (parents: readonly string[]) => parents.join(',');
  // Per path: the first commit giving it a text, and the commits giving it one by their parents.
  const first = new Map<string, number>();
  const byParents = new Map<string, Map<string, number>>();
  const saw = (file: string, index: number, parents: readonly string[]) => {
    if (!wanted.has(file)) return;
    if (!first.has(file)) first.set(file, index);
    let commits = byParents.get(file);
    if (!commits) byParents.set(file, (commits = new Map()));
    const key = parentsKey(parents);
    if (!commits.has(key)) commits.set(key, index);
  };
  for (const file of startPaths) saw(file, 0, history[0]?.parents ?? []);
  for (const [index, commit] of history.entries()) {
    for (const change of commit.changes) if (change.newOid !== null) saw(change.path, index, commit.parents);
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const record of firstRecords) {
    if (reported.has(record.prompt)) continue;
    const described = byParents.get(record.path)?.get(parentsKey(record.commitParents));
    const earliest = first.get(record.path);
    // The commit it describes is not in this history (before --from, another branch): the replay decides.
    if (described === undefined || earliest === undefined || earliest >= described) continue;
    reported.add(record.prompt);
    const older = history[earliest]!.oid;
    problems.push({
      code: 'backfill-already-recorded',
      file: record.prompt,
      message: `the vault already holds versions of this prompt that the hook recorded from commit ${history[described]!.oid.slice(0, 10)} on (its first, ${record.label}); ${record.path} was changed before that, by commit ${older.slice(0, 10)}, so replaying the history would record those older texts beside them, a second lineage of the same prompt`,
      expected: EXPECTED,
      fix: FIX,
    });
  }
  return problems;
}
