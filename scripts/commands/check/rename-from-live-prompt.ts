// Pure: a move recorded from a prompt that is still there. Two files that give one id (an agent and
// a slash command of one name, committed without the hook, which refuses that) share one lineage;
// renaming one of them apart is recorded as a move of that id's lineage to the new name, while
// the other file keeps the id and the text the move started from. Nothing is out of sync, so
// `check` said "ok", and the renamed prompt's history began with the other file's text.
import type { Problem } from '../../lib/errors.ts';
import type { Snapshot } from '../../lib/vault/read-all.ts';

/** The moves of `snapshot` whose source id a prompt at this commit still gives, each a warning. */
export function findRenamesFromLivePrompts(snapshot: Pick<Snapshot, 'prompts' | 'checkpoints' | 'mutations'>): Problem[] {
  const live = new Map(snapshot.prompts.map((prompt) => [prompt.id, prompt]));
  const checkpointOf = new Map(snapshot.checkpoints.map((checkpoint) => [`${checkpoint.prompt}@${checkpoint.version}:${checkpoint.content_hash}`, checkpoint]));
  const problems: Problem[] = [];
  for (const move of snapshot.mutations) {
    if (move.kind !== 'rename') continue;
    for (const parent of move.parents) {
      const source = live.get(parent.prompt);
      if (parent.prompt === move.prompt || !source) continue;
      // The source lives on where the move left it: its file still has the text the move started
      // from, or its own lineage went on from that version. (A prompt moved away and another one
      // later made under the old name starts from a text of its own.)
      const stayed = source.contentHash === parent.content_hash
        || snapshot.mutations.some((other) => other !== move && other.prompt === parent.prompt && other.parents.some((p) => p.prompt === parent.prompt && p.version === parent.version && p.content_hash === parent.content_hash));
      if (!stayed) continue;
      const from = checkpointOf.get(`${parent.prompt}@${parent.version}:${parent.content_hash}`);
      const to = checkpointOf.get(`${move.prompt}@${move.version}:${move.content_hash}`);
      problems.push({
        code: 'rename-from-live-prompt', file: move.file,
        message: `${move.prompt} v${move.version}${to ? ` (${to.path})` : ''} was recorded as a move of ${parent.prompt} v${parent.version}${from ? ` (${from.path})` : ''}, but ${parent.prompt} is still a prompt here, at ${source.path}: two files gave the id "${parent.prompt}" and one was renamed apart, so ${move.prompt}'s lineage starts from ${parent.prompt}'s text, not from the file it was renamed from`,
        fix: `nothing is out of sync: \`promptvault log ${move.prompt}\` shows the lineage as recorded. To keep two files from sharing an id again, let the hook run (it refuses a commit that gives one id twice) and rename before adding the second file`,
      });
    }
  }
  return problems;
}
