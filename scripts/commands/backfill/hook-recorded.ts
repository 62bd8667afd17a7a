// Pure: whether a replay is about to record again what the hook already recorded. backfill is for
// a history without records; on one the hook recorded from some commit on (hooks installed before
// backfill ran, a `record --all` after commits made without the hook), the replay numbers the
// older texts too and would give the hook's versions a second, other record: two v1 of one prompt.
import type { Problem } from '../../lib/errors.ts';
import { parseRecordPath } from '../../lib/vault/paths.ts';
import { versionLabel } from '../../lib/vault/version-label.ts';

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
      const held = [...this.#byPrompt.get(id)!].sort().map((key) => versionLabel(Number(key.slice(0, 4)), key.replace(/\.yaml$/, '')));
      const replayed = versionLabel(Number(name.slice(0, 4)), name.replace(/\.yaml$/, ''));
      return {
        code: 'backfill-already-recorded',
        file: id,
        message: `the vault already holds ${held.length} version(s) of this prompt (${held.slice(0, 3).join(', ')}${held.length > 3 ? ', ...' : ''}) that the hook recorded; replaying commit ${commit.slice(0, 10)} would record ${replayed} beside them, a second lineage of the same texts`,
        expected: 'backfill on a history without vault records (right after `promptvault init`, before the first commit with the hooks)',
        fix: 'nothing to backfill: the hook records this history from its first recorded commit on, and older texts stay unrecorded. `promptvault check` names any prompt whose current text has no record; `promptvault record --all` records them',
      };
    });
  }
}
