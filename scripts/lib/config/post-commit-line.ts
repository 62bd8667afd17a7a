// Pure: the post-commit step that runs `repair` after a revert or a cherry-pick, in the one shape
// every place that offers it takes: husky's hook file (init), the pre-commit framework's
// promptvault-repair hook (.pre-commit-hooks.yaml) and its `repo: local` form in the repair
// README. Those two kept `git reflog -1` after init's line moved to `tail` (session 23), and each
// was written by hand; post-commit-line.test.ts now holds both files to what this module gives.

/**
 * git runs no pre-commit hook for a revert or cherry-pick without a conflict; the guard keeps
 * every other commit from paying for a node start. What made the commit is the last line of HEAD's
 * reflog file ("<old> <new> <who> <when><TAB>revert: ..."), read with `tail` and matched from its
 * first tab on (the message's start, as `%gs` gives it): `git reflog -1` reads the whole reflog
 * (git 2.39: 3.9 ms of CPU for the line at 5,044 entries, 1.4 with tail, on every commit). git
 * gives a linked worktree's hooks its GIT_DIR; a repository without that file (reftable, a .git
 * file, a hook run without GIT_DIR in a linked worktree) is asked through git. `cli` is the
 * command that runs promptvault there (`exec promptvault` where nothing follows).
 */
export function postCommitLine(cli: string): string {
  return `d=\${GIT_DIR:-.git}; if [ -f "$d/logs/HEAD" ] && [ ! -e "$d/reftable" ]; then made=$(tail -n 1 "$d/logs/HEAD"); made=\${made#*\t}; else made=$(git reflog -1 --format=%gs 2>/dev/null); fi; case "$made" in revert:*|cherry-pick:*) ${cli} repair --hook post-commit ;; esac`;
}

/**
 * The `entry:` of the pre-commit framework's promptvault-repair hook, run at its post-commit and
 * post-rewrite stages: the framework names the rewrite in PRE_COMMIT_REWRITE_COMMAND (an amend is
 * left alone: the pre-commit hook recorded it), and the post-commit line otherwise. `local`: the
 * `repo: local` form, which finds the copy installed in node_modules/.bin (the framework's own
 * Node may be older than ours). The line holds a tab: written in YAML as a double-quoted string
 * (`"\t"`), which survives a copy where a literal tab may not.
 */
export function frameworkRepairEntry({ local }: { local: boolean }): string {
  const path = local ? 'PATH="$PWD/node_modules/.bin:$PATH"; ' : '';
  return `sh -c '${path}case "$PRE_COMMIT_REWRITE_COMMAND" in rebase) exec promptvault repair --hook post-rewrite rebase ;; amend) exit 0 ;; esac; ${postCommitLine('exec promptvault')}'`;
}
