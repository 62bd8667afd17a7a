// Pure: what the hook says of the staged records it left out of a commit because they describe
// another commit's text: the commit an amend replaces (its audit of the clause as it was before
// the amend), an earlier attempt at this commit, a squashed branch's first commit, or the audit of
// a change back from one of those. One text for the CLI and its tests; it says what happened and
// whether anything is left to do (before, one sentence listed every cause at once, the amend's
// among the squash's, and said nothing of what to do).

/** The line printed for `files` left out; `amended` when the commit is a `git commit --amend`. */
export function leftOutRecordsLine(files: readonly string[], { amended }: { amended: boolean }): string {
  const count = `${files.length} record file(s)`;
  if (amended) {
    // The review sentence only where an audit was left out: an amend of a prompt edit leaves out
    // its checkpoint and mutation, and was told of "a left-out audit" and "a flagged change" too.
    const review = files.some((file) => file.startsWith('vault/audits/')) ? ': a review of a left-out audit does not count for this commit, so a flagged change here is reviewed anew' : '';
    return `promptvault: left out ${count} of the commit this amend replaces: they describe its text before the amend, and this commit records its own. Nothing to do${review}. Left out: ${listSome(files)}`;
  }
  return `promptvault: left out ${count} staged for another commit than this one: an earlier attempt at this commit, the first commit of a squashed branch (whose parent is this commit's), or the audit of a change back from one of those. This commit records its own. Nothing to do. Left out: ${listSome(files)}`;
}

/** The first files of a list, then how many more: a squash of a long branch leaves out many. */
function listSome(files: readonly string[], shown = 5): string {
  return files.length <= shown ? files.join(', ') : `${files.slice(0, shown).join(', ')} and ${files.length - shown} more`;
}
