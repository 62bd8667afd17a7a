// Pure: the hook's hint for a prompt moved and heavily edited in one commit. git pairs a deleted
// and an added file as a move only when their texts are at least 50% alike, so `git mv` plus a
// rewrite of a short prompt reaches the hook as a deletion and a new prompt: the new path starts at
// v1 and the old id's lineage ends, which the hook used to record without a word (session 31).
// The hint names both paths and the two ways to keep the lineage; it is only a hint (the commit
// may really replace one prompt by another). Not said in replays (`record --all`, backfill), where
// the commit is history.
import type { Problem } from '../../lib/errors.ts';

interface PromptPath {
  id: string;
  path: string;
  /** Its front-matter `id:`, which pairs a deletion and an addition that both declare it as a move (collect.ts). */
  stableId?: string;
}

const dirOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);

/**
 * Pairs each deleted prompt with a prompt the commit starts at v1: the only one of each, else one
 * in the same folder, else none (several deletions and additions elsewhere say nothing of a move).
 */
export function pairUnpairedMoves<F extends PromptPath>(deleted: readonly F[], added: readonly F[]): [F, F][] {
  if (deleted.length === 0 || added.length === 0) return [];
  if (deleted.length === 1 && added.length === 1) return [[deleted[0]!, added[0]!]];
  const left = [...added];
  const pairs: [F, F][] = [];
  for (const gone of deleted) {
    const inFolder = left.filter((file) => dirOf(file.path) === dirOf(gone.path));
    if (inFolder.length !== 1) continue;
    pairs.push([gone, inFolder[0]!]);
    left.splice(left.indexOf(inFolder[0]!), 1);
  }
  return pairs;
}

/**
 * One hint per pair: what was recorded, and how to keep the deleted prompt's lineage. Records are
 * kept under the path id; a front-matter id only pairs the move. A deleted prompt that declared one
 * lost it in the move (its new file has none, or another): putting it back pairs them, so the hint
 * says that rather than advise an id the prompt already had (until session 33).
 */
export function unpairedMoveWarnings(pairs: readonly [PromptPath, PromptPath][]): Problem[] {
  return pairs.map(([gone, added]) => {
    const message = `${gone.path} is deleted and ${added.path} added in this commit, and git pairs no move between them (their texts are under 50% alike): ${added.id} is recorded as a new prompt (v1) and the lineage of ${gone.id} ends here`;
    if (gone.stableId !== undefined) {
      const now = added.stableId === undefined ? `${added.path} declares none` : `${added.path} declares \`id: ${added.stableId}\``;
      return {
        code: 'move-not-detected', file: added.path,
        message: `${message}; ${gone.path} had the front-matter \`id: ${gone.stableId}\`, which pairs a move whatever the edit, and ${now}`,
        expected: `if this is a move, the front-matter \`id: ${gone.stableId}\` kept in ${added.path}`,
        fix: `to keep the lineage of ${gone.id}: put \`id: ${gone.stableId}\` back in the front matter of ${added.path}, then \`git add ${added.path}\` and \`git commit --amend\``,
      };
    }
    return {
      code: 'move-not-detected', file: added.path, message,
      expected: 'if this is a move, the move and the edit in two commits, or a front-matter `id:` the prompt kept across the move',
      fix: `to keep the lineage of ${gone.id}: undo this commit (\`git reset --soft HEAD~1\`), set your edited text aside, commit the move with the old text (\`git show HEAD:${gone.path} > ${added.path}\`, \`git add -A\`, \`git commit\`), then put the edit back and commit it; or, before moving a prompt, give it a front-matter id (\`id: ${added.stableId ?? gone.id}\`) in a commit of its own: a move keeps it whatever the edit`,
    };
  });
}
