// Pure: the one command that undoes a rejected clause change, said by `review --reject` and by
// `check` for a rejected audit. A rejection closes the review, not the regression: the clause has
// to go back, and how depends on the commit that changed it (undo-change-git.ts finds it).
import { shellWord } from '../shell-word.ts';

/** The commit that made a clause change, and what else it did: enough to choose how to undo it. */
export interface ChangeUndo {
  commit: string;
  subject: string;
  /** The clause file as the change left it. */
  path: string;
  /** The change's first parent when it was made in a merge, which `git revert` refuses without -m (and with it undoes the whole branch): the clause's text there is the one to put back. */
  mergedOnto?: string;
  /**
   * Files the commit changed besides the clause and the vault's records (a prompt, the app's code):
   * `git revert` would undo them too, so only the clause is restored. Absent when the clause did
   * not exist at the commit's parent under this path (a move: only a revert puts it back).
   */
  otherFiles?: number;
}

/** The command (in backquotes) and why it is that one, for a line saying how to undo the change. */
export function undoCommand(undo: ChangeUndo): string {
  const short = undo.commit.slice(0, 12);
  const file = shellWord(undo.path);
  if (undo.mergedOnto) {
    return `\`git checkout ${undo.mergedOnto.slice(0, 12)} -- ${file}\` and commit (the change was made in the merge ${short}, "${undo.subject}", which \`git revert\` would undo whole)`;
  }
  if (undo.otherFiles) {
    return `\`git checkout ${short}~1 -- ${file}\` and commit (restores only the clause: ${short}, "${undo.subject}", also changed ${undo.otherFiles} other file${undo.otherFiles === 1 ? '' : 's'}, which \`git revert\` would undo too)`;
  }
  return `\`git revert ${short}\` ("${undo.subject}"; git stops on this audit file: \`git add\` it, then \`git revert --continue\`)`;
}
