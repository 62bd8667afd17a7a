// Pure: a move recorded from a prompt that is still there. Two files that give one id (an agent and
// a slash command of one name, committed without the hook, which refuses that) share one lineage;
// renaming one of them apart is recorded as a move of that id's lineage to the new name, while
// the other file keeps the id and the text the move started from. Nothing is out of sync, so
// `check` said "ok", and the renamed prompt's history began with the other file's text. A file
// made later at the moved-from path also goes on from the moved version (the recorder takes it as
// that id's next version), so a record going on counts only when its file was already there in
// the commit it went on from: git answers that (check's index.ts, `continuationFiles`).
import type { Problem } from '../../lib/errors.ts';
import type { Snapshot } from '../../lib/vault/read-all.ts';

type Records = Pick<Snapshot, 'prompts' | 'checkpoints' | 'mutations'>;
type Mutation = Records['mutations'][number];

/** A file's path in a commit, as the key of `FilesAt`. */
export function fileAtKey(commit: string, path: string): string {
  return `${commit}\0${path}`;
}

/**
 * What `findRenamesFromLivePrompts` asks of git: for each record that went on from a moved
 * prompt's version under the id it was moved from, its file and the commit it went on from.
 */
export function continuationFiles(snapshot: Records): { commit: string; path: string }[] {
  const checkpointOf = checkpointIndex(snapshot);
  return movesFromLivePrompts(snapshot).flatMap(({ continuations }) => continuations.flatMap((other) => {
    const asked = continuationFile(other, checkpointOf);
    return asked ? [asked] : [];
  }));
}

/**
 * The moves of `snapshot` whose source id a prompt at this commit still gives, each a warning.
 * `filesAt` holds the `fileAtKey`s of `continuationFiles` that git found in their commit: a
 * record that went on from a file not there (one made after the move at the moved-from path,
 * which the recorder takes as that id's next version) is no sign the source stayed.
 */
export function findRenamesFromLivePrompts(snapshot: Records, filesAt?: ReadonlySet<string>): Problem[] {
  const checkpointOf = checkpointIndex(snapshot);
  const problems: Problem[] = [];
  for (const { move, parent, source, continuations } of movesFromLivePrompts(snapshot)) {
    // The source lives on where the move left it: its file still has the text the move started
    // from, or its own lineage went on from that version in a file that was already there.
    const stayed = source.contentHash === parent.content_hash
      || continuations.some((other) => {
        const asked = continuationFile(other, checkpointOf);
        return !asked || !filesAt || filesAt.has(fileAtKey(asked.commit, asked.path));
      });
    if (!stayed) continue;
    const from = checkpointOf.get(`${parent.prompt}@${parent.version}:${parent.content_hash}`);
    const to = checkpointOf.get(`${move.prompt}@${move.version}:${move.content_hash}`);
    problems.push({
      code: 'rename-from-live-prompt', file: move.file,
      message: `${move.prompt} v${move.version}${to ? ` (${to.path})` : ''} was recorded as a move of ${parent.prompt} v${parent.version}${from ? ` (${from.path})` : ''}, but ${parent.prompt} is still a prompt here, at ${source.path}: two files gave the id "${parent.prompt}" and one was renamed apart, so ${move.prompt}'s lineage starts from ${parent.prompt}'s text, not from the file it was renamed from`,
      fix: `nothing is out of sync: \`promptvault log ${move.prompt}\` shows the lineage as recorded. To keep two files from sharing an id again, let the hook run (it refuses a commit that gives one id twice) and rename before adding the second file`,
    });
  }
  return problems;
}

function checkpointIndex(snapshot: Records): Map<string, Records['checkpoints'][number]> {
  return new Map(snapshot.checkpoints.map((checkpoint) => [`${checkpoint.prompt}@${checkpoint.version}:${checkpoint.content_hash}`, checkpoint]));
}

/** Each move whose source id a prompt still gives, with the records that went on from the moved version under that id. */
function movesFromLivePrompts(snapshot: Records) {
  const live = new Map(snapshot.prompts.map((prompt) => [prompt.id, prompt]));
  return snapshot.mutations.flatMap((move) => move.kind !== 'rename' ? [] : move.parents.flatMap((parent) => {
    const source = live.get(parent.prompt);
    if (parent.prompt === move.prompt || !source) return [];
    const continuations = snapshot.mutations.filter((other) => other !== move && other.prompt === parent.prompt && other.parents.some((p) => p.prompt === parent.prompt && p.version === parent.version && p.content_hash === parent.content_hash));
    return [{ move, parent, source, continuations }];
  }));
}

/** The continuing record's file and the commit it went on from (null when a record names no commit or no file: then it counts as staying). */
function continuationFile(other: Mutation, checkpointOf: ReturnType<typeof checkpointIndex>): { commit: string; path: string } | null {
  const from = other.parents.find((p) => p.prompt === other.prompt)?.commit;
  const path = checkpointOf.get(`${other.prompt}@${other.version}:${other.content_hash}`)?.path;
  return from && path ? { commit: from, path } : null;
}
