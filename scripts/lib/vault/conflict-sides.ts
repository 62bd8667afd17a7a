// Pure: the two sides of a vault file's conflict, named and kept in the words of what git is in
// the middle of, and the step that ends it. One text for the hook's refusal of staged markers,
// check's report of a file left conflicted, and review's and label's fix. Each side is kept by
// checking out a ref: `git checkout --ours` restores a side only while git lists the file as
// unmerged (after a `git add -A` it puts back the index's copy, markers and all, and exits 0),
// where a ref names the same side before and after the add.

/** What git is in the middle of, as its files in the git folder say. */
export type GitOperation = 'merge' | 'squash' | 'rebase' | 'am' | 'cherry-pick' | 'revert';

/**
 * Where a vault file's markers come from: an operation git is stopped in; `checkout` for a `git
 * checkout -m` (or `git switch -m`) that carried uncommitted edits onto another branch, which
 * leaves nothing in progress and marks the edits' side `local`; or `none` when nothing is in
 * progress and the file is not committed so (a `git stash pop` or `apply` that conflicted, or
 * markers staged some other way).
 */
export type ConflictState = GitOperation | 'checkout' | 'none';

/**
 * A conflict's state with the ref that holds its other side where the state alone does not name
 * it (conflict-at-git.ts reads it): `REVERT_HEAD^2` after `git revert -m 2` of a merge,
 * `stash@{2}` after `git stash pop stash@{2}`. Unknown, the fix says how to find it.
 */
export interface ConflictAt {
  state: ConflictState;
  /** The ref holding the other side's text, when known. */
  theirs?: string;
}

/** A state alone (its other side named in words that hold whatever ref it is) or with its ref. */
export type ConflictWhere = ConflictState | ConflictAt;

/** The state and ref of `where`. */
export function conflictAt(where: ConflictWhere): ConflictAt {
  return typeof where === 'string' ? { state: where } : where;
}

interface Sides {
  /** Who wrote the two sides, for "... moved this label". */
  writers: string;
  /** Whose text HEAD holds. */
  ours: string;
  /** The command that puts back the other side's text, and whose it is (`ref` when known, conflict-at-git.ts). */
  theirs: (file: string, ref: string | undefined) => string;
}

const byRef = (ref: string, whose: string) => (file: string) => `\`git checkout ${ref} -- ${file}\` (${whose})`;

/** byRef for a side whose ref git's files may tell (conflict-at-git.ts): that ref, else `placeholder` and what it stands for. */
const byFoundRef = (placeholder: string, whose: string, standsFor: string) => (file: string, ref: string | undefined) => (ref ? byRef(ref, whose)(file) : byRef(placeholder, `${whose}: ${standsFor}`)(file));

const SIDES: Record<ConflictState, Sides> = {
  merge: { writers: 'two branches', ours: "this branch's", theirs: byRef('MERGE_HEAD', "the merged branch's") },
  // `git merge --squash` leaves no MERGE_HEAD (only SQUASH_MSG): the other side is the branch it
  // named, which no file of git's names by ref (SQUASH_MSG lists its commits, the tip first).
  squash: { writers: 'two branches', ours: "this branch's", theirs: (file) => `\`git checkout <branch> -- ${file}\` (the squashed branch's: <branch> the one \`git merge --squash\` was given)` },
  // Mid-rebase HEAD is the branch rebased onto, not this branch's.
  rebase: { writers: 'two branches', ours: 'the branch it is rebased onto', theirs: byRef('REBASE_HEAD', 'the commit being replayed') },
  'cherry-pick': { writers: 'two branches', ours: "this branch's", theirs: byRef('CHERRY_PICK_HEAD', 'the commit being picked') },
  // A revert merges the reverted commit's parent into HEAD, the reverted commit as the base: the
  // other side is the text before that commit (REVERT_HEAD is the reverted commit itself). For a
  // merge that parent is the one `git revert -m <n>` named, REVERT_HEAD^<n>, not always the first.
  revert: {
    writers: 'the revert and a later commit',
    ours: "this branch's",
    theirs: byFoundRef('REVERT_HEAD^<n>', 'the text from before the reverted commit, as the revert puts it back', '<n> 1, or for a merge the parent `git revert -m` was given'),
  },
  // No ref names a patch's side: only git's unmerged stages hold it, until the file is added.
  am: { writers: 'the patch and this branch', ours: 'the branch the patches are applied to', theirs: (file) => `\`git checkout --theirs -- ${file} && git add ${file}\` (the patch's, while git still lists the file as unmerged: no ref names it)` },
  // Uncommitted edits carried onto the branch switched to: only git's unmerged stages hold them
  // (stage 3, the side git's markers call `local`), no ref and no stash, until the file is added.
  checkout: { writers: 'the branch checked out and your uncommitted edits', ours: 'the branch `git checkout -m` switched to', theirs: (file) => `\`git checkout --theirs -- ${file} && git add ${file}\` (your uncommitted edits, which \`git checkout -m\` carried over, while git still lists the file as unmerged: no ref or stash holds them; once added, the lines between \`=======\` and \`>>>>>>> local\`)` },
  // A `git stash pop` that conflicts keeps the stash, so it still holds its side: stash@{0} after a
  // plain pop, the one named after `git stash pop stash@{2}` (git records no trace of which).
  none: {
    writers: 'two sides',
    ours: "the last commit's",
    theirs: byFoundRef('stash@{<n>}', "the stash's, where a `git stash pop` or `apply` left the markers", '<n> the stash popped or applied, as `git stash list` numbers it, 0 for a plain `git stash pop`'),
  },
};

/** Who wrote the two sides of a conflict while git is in `state` ("two branches" in a merge). */
export function conflictWriters(state: ConflictState): string {
  return SIDES[state].writers;
}

/** How to keep one side of a conflicted vault `file` while git is `where`. */
export function keepSideByRef(file: string, where: ConflictWhere): string {
  const { state, theirs } = conflictAt(where);
  const sides = SIDES[state];
  return `keep one side with \`git checkout HEAD -- ${file}\` (${sides.ours}) or ${sides.theirs(file, theirs)}`;
}

/** How the readers end a conflict's fix (serialize.ts, labels/parse.ts): replaced by the CLI. */
export const END_MERGE = 'and `git commit` to end the merge';

/** The step that ends `where` (a state, or a state with its other side's ref) once the conflicted file is added. */
export function conflictNextStep(where: ConflictWhere): string {
  const { state, theirs } = conflictAt(where);
  switch (state) {
    case 'rebase': return 'and `git rebase --continue` to go on with the rebase (not `git commit`: the rebase would stay stopped here)';
    case 'am': return 'and `git am --continue` to go on applying the patches';
    case 'cherry-pick': return 'and `git cherry-pick --continue` to finish the cherry-pick';
    case 'revert': return 'and `git revert --continue` to finish the revert';
    case 'merge': return END_MERGE;
    case 'squash': return 'and `git commit` to end the squash merge';
    // `git checkout -m` left nothing in progress: the switch is done, the edits are uncommitted.
    case 'checkout': return 'and `git commit` with the rest of your edits when they are ready (`git checkout -m` leaves nothing in progress to continue)';
    // Nothing to continue; the stash a conflicted pop kept is still there.
    // A plain `git stash drop` drops stash@{0}: after `git stash pop stash@{1}`, another stash's work.
    case 'none': return `and, after a \`git stash pop\`, \`git stash drop ${theirs ?? 'stash@{<n>}'}\` once nothing more of that stash is wanted (a pop that conflicts keeps it)`;
  }
}
