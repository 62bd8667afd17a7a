// Pure: vault files a commit stages with git's conflict markers still in them. Two branches that
// moved one label, or reviewed one audit differently, merge into a conflict; `git add -A` after
// resolving the prompts stages the file as it is, and the merge commit went through: the label
// (or the audit, and so the clause's review) was unreadable on the branch from then on, and check
// blamed the clause as "changed without the hook". The hook refuses such a commit instead, with
// the way out that still works once the file is added (`git checkout --ours` then restores
// nothing: the index no longer holds the two sides).
// No yaml, no zod here: the hook imports this on every commit that stages a vault file.
import type { Problem } from '../errors.ts';
import { decodeIdPath } from '../schema/id-path.ts';
import { conflictAt, conflictNextStep, conflictWriters, keepSideByRef, type ConflictState, type ConflictWhere } from './conflict-sides.ts';

/** A line git writes around a conflict: seven `<`, `=` or `>`, alone or before a space. */
const MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;

/**
 * The closing marker `git checkout -m` (and `git switch -m`) writes: it names the uncommitted
 * edits it carried over `local` (a stash's pop says `Stashed changes`). A merge of a branch named
 * `local` writes it too, but leaves MERGE_HEAD, which is read first.
 */
const CHECKOUT_M_MARKER = /^>{7} local$/m;

/** Whether `text`'s markers are those of a `git checkout -m` (see CHECKOUT_M_MARKER). */
export function hasCheckoutMarkers(text: string): boolean {
  return CHECKOUT_M_MARKER.test(text);
}

/**
 * The lines of `text`'s other sides: those between each `=======` and its closing `>>>>>>>` (a
 * stash's side in a `git stash pop`), for telling which stash holds them.
 */
export function theirsLines(text: string): string[] {
  const lines: string[] = [];
  let inTheirs = false;
  for (const line of text.split(/\r?\n/)) {
    // A closing marker ends the side; an opening one (a marker left unclosed) does too.
    if (/^={7}$/.test(line)) inTheirs = true;
    else if (/^(?:<{7}|>{7})(?: |$)/.test(line)) inTheirs = false;
    else if (inTheirs) lines.push(line);
  }
  return lines;
}

/** The 1-based line of the first conflict marker in `text`, or undefined. */
export function conflictMarkerLine(text: string): number | undefined {
  const found = MARKER.exec(text);
  if (!found) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < found.index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * One problem per staged vault file holding a conflict marker, each with the commands that end it
 * in the words of `state`, what git is in the middle of while the commit is made (a merge, a
 * cherry-pick's or a revert's `--continue`, a `git commit` at a rebase's stop, or nothing).
 */
export function stagedConflictProblems(files: readonly { file: string; text: string }[], where: ConflictWhere): Problem[] {
  const { state } = conflictAt(where);
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    const line = conflictMarkerLine(text);
    if (line === undefined) continue;
    const { code, what, expected } = conflictKind(file, state);
    problems.push({
      code,
      file,
      line,
      message: `is staged with unresolved merge conflict markers (${what})`,
      expected,
      fix: `${keepSideByRef(file, where)}${afterSideKept(file)}, ${state === 'merge' || state === 'squash' || state === 'none' || state === 'checkout' ? 'and `git commit` again' : conflictNextStep(state)}`,
    });
  }
  return problems;
}

/**
 * What kind of vault file a conflict is in, in one set of words for the hook's refusal and check's
 * report of a file left conflicted (unmerged-conflicts.ts): the problem's code, why the two sides
 * of what git is in (`state`) collide on it, and what it should hold instead.
 */
export function conflictKind(file: string, state: ConflictState): { code: 'label-conflict' | 'record-conflict'; what: string; expected: string } {
  const writers = conflictWriters(state);
  if (labelOfFile(file) !== undefined) return { code: 'label-conflict', what: `${writers} moved this label`, expected: 'one version per prompt, as `promptvault label set` writes it' };
  if (AUDIT_FILE.test(file)) return { code: 'record-conflict', what: `${writers} reviewed this audit differently`, expected: 'one decision: the audit as one of the sides wrote it' };
  return { code: 'record-conflict', what: `${writers} wrote this record differently`, expected: 'the record as one of the sides wrote it' };
}

const LABEL_FILE = /^vault\/labels\/(.+)\.yaml$/;
export const AUDIT_FILE = /^vault\/audits\/(.+)\/([^/]+)\.yaml$/;

export function labelOfFile(file: string): string | undefined {
  return LABEL_FILE.exec(file)?.[1];
}

/**
 * What follows keeping one side of a conflicted vault file, when that side's label or decision may
 * not be the one wanted: the command that sets it, after a ", then"; '' for any other record. One
 * text for the hook's refusal (stagedConflictProblems) and check's fix of committed markers
 * (conflict-next-step.ts).
 */
export function afterSideKept(file: string): string {
  const label = labelOfFile(file);
  if (label !== undefined) return `, then \`promptvault label set ${label} <id>@<version>\` for the version you want`;
  const audit = AUDIT_FILE.exec(file);
  if (audit) return `, then \`promptvault review ${clauseOfAuditFolder(audit[1]!)} --audit ${audit[2]} --accept|--reject --note "..."\` if the decision you want is the other one`;
  return '';
}

/**
 * The clause id whose audits live in `folder` (below vault/audits/), as `review` finds them: the id
 * whose encodeIdPath is the folder. A folder promptvault never writes (made by hand: `a b`,
 * `caf%c3%a9`) is one no id reaches, so `review` could not find its audits under any name: a
 * placeholder then, not a guess (a second decoder here named `café` for the latter, a command
 * that failed with "has no audits").
 */
export function clauseOfAuditFolder(folder: string): string {
  return decodeIdPath(folder) ?? '<clause>';
}
