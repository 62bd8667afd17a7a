// Pure: the commits a stopped `git rebase -i` has still to replay, from its todo list
// (`<git dir>/rebase-merge/git-rebase-todo`: `pick <commit> <subject>`, `fixup -C <commit>`, ...).
// An amend at an `edit` stop may drop a record the stop's commit was given by the rebase only if
// no commit still to come changes that file: a later pick that edits it (a review of a copied
// audit) would stop on a modify/delete conflict.

/** Commands that replay a commit, by their long and short names (git's sequencer.c). */
const REPLAYS = new Set(['pick', 'p', 'reword', 'r', 'edit', 'e', 'squash', 's', 'fixup', 'f', 'merge', 'm']);

/** The commits (as written: abbreviated ids) the todo `text` has still to replay, in order. */
export function commitsToReplay(text: string): string[] {
  const commits: string[] = [];
  for (const raw of text.split('\n')) {
    const words = raw.trim().split(/\s+/);
    if (!REPLAYS.has(words[0] ?? '')) continue;
    // `fixup -C <commit>` / `-c`, `merge -C <commit> <label>`: the commit follows the option.
    const commit = words[1] === '-C' || words[1] === '-c' ? words[2] : words[0] === 'merge' || words[0] === 'm' ? undefined : words[1];
    if (commit && /^[0-9a-f]{4,64}$/i.test(commit)) commits.push(commit);
  }
  return commits;
}
