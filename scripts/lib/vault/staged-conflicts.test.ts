// The hook's refusal of staged conflict markers and check's fix of committed ones name the same
// command to set the wanted label or decision once a side is kept: one text (afterSideKept).
import { describe, expect, it } from 'vitest';
import { committedConflicts } from './conflict-next-step.ts';
import type { ConflictState } from './conflict-sides.ts';
import { afterSideKept, conflictMarkerLine, hasCheckoutMarkers, stagedConflictProblems, theirsLines } from './staged-conflicts.ts';

const conflicted = 'entries:\n<<<<<<< HEAD\n  refund: 2\n=======\n  refund: 3\n>>>>>>> side\n';

describe('the command after keeping one side of a conflicted vault file', () => {
  it('is `label set` for a label, `review` of the percent-decoded clause for an audit, nothing for another record', () => {
    expect(afterSideKept('vault/labels/staging.yaml')).toBe(', then `promptvault label set staging <id>@<version>` for the version you want');
    expect(afterSideKept('vault/audits/tone/a%20b/20260105T100000Z-abcdef123456.yaml')).toBe(', then `promptvault review tone/a b --audit 20260105T100000Z-abcdef123456 --accept|--reject --note "..."` if the decision you want is the other one');
    expect(afterSideKept('vault/checkpoints/refund/0001-abcdef123456.yaml')).toBe('');
  });

  it('names an audit folder\'s clause as `review` finds it (decodeIdPath), and a placeholder for a folder no id encodes to', () => {
    expect(afterSideKept('vault/audits/%2Eclaude/rules/20260105T100000Z-abcdef123456.yaml')).toContain('`promptvault review .claude/rules --audit ');
    expect(afterSideKept('vault/audits/caf%C3%A9/20260105T100000Z-abcdef123456.yaml')).toContain('`promptvault review café --audit ');
    // Made by hand: review looks in encodeIdPath's folder, so no id finds these.
    for (const folder of ['a b', 'caf%c3%a9', 'tone/%zz', '.hidden']) {
      expect(afterSideKept(`vault/audits/${folder}/20260105T100000Z-abcdef123456.yaml`)).toBe(', then `promptvault review <clause> --audit 20260105T100000Z-abcdef123456 --accept|--reject --note "..."` if the decision you want is the other one');
    }
  });

  it('ends both the hook\'s refusal and check\'s committed-conflict fix', () => {
    for (const file of ['vault/labels/staging.yaml', 'vault/audits/tone/greeting/20260105T100000Z-abcdef123456.yaml', 'vault/checkpoints/refund/0001-abcdef123456.yaml']) {
      const [staged] = stagedConflictProblems([{ file, text: conflicted }], 'merge');
      expect(staged?.line).toBe(2);
      expect(staged?.fix).toBe(`keep one side with \`git checkout HEAD -- ${file}\` (this branch's) or \`git checkout MERGE_HEAD -- ${file}\` (the merged branch's)${afterSideKept(file)}, and \`git commit\` again`);
      const [committed] = committedConflicts([{ code: staged!.code, file, message: 'conflict', fix: 'x and `git commit` to end the merge' }]);
      expect(committed?.fix).toContain(`names that merge${afterSideKept(file)}, and commit`);
    }
  });

  it('names the sides in the words of what git is in while the commit is made, and its step', () => {
    const file = 'vault/labels/staging.yaml';
    const fixIn = (state: ConflictState, theirs?: string) => stagedConflictProblems([{ file, text: conflicted }], theirs === undefined ? state : { state, theirs })[0]?.fix;
    expect(fixIn('none', 'stash@{2}')).toBe(`keep one side with \`git checkout HEAD -- ${file}\` (the last commit's) or \`git checkout stash@{2} -- ${file}\` (the stash's, where a \`git stash pop\` or \`apply\` left the markers)${afterSideKept(file)}, and \`git commit\` again`);
    // No stash known to hold the side (git keeps no trace of which one a pop took): words that hold for any.
    expect(fixIn('none')).toContain(`or \`git checkout stash@{<n>} -- ${file}\` (the stash's, where a \`git stash pop\` or \`apply\` left the markers: <n> the stash popped or applied, as \`git stash list\` numbers it, 0 for a plain \`git stash pop\`)`);
    expect(fixIn('revert', 'REVERT_HEAD^2')).toContain(`or \`git checkout REVERT_HEAD^2 -- ${file}\` (the text from before the reverted commit, as the revert puts it back)`);
    expect(fixIn('revert')).toContain(`or \`git checkout REVERT_HEAD^<n> -- ${file}\` (the text from before the reverted commit, as the revert puts it back: <n> 1, or for a merge the parent \`git revert -m\` was given)`);
    expect(fixIn('checkout')).toBe(`keep one side with \`git checkout HEAD -- ${file}\` (the branch \`git checkout -m\` switched to) or \`git checkout --theirs -- ${file} && git add ${file}\` (your uncommitted edits, which \`git checkout -m\` carried over, while git still lists the file as unmerged: no ref or stash holds them; once added, the lines between \`=======\` and \`>>>>>>> local\`)${afterSideKept(file)}, and \`git commit\` again`);
    expect(fixIn('cherry-pick')).toBe(`keep one side with \`git checkout HEAD -- ${file}\` (this branch's) or \`git checkout CHERRY_PICK_HEAD -- ${file}\` (the commit being picked)${afterSideKept(file)}, and \`git cherry-pick --continue\` to finish the cherry-pick`);
    expect(fixIn('revert')).toMatch(/, and `git revert --continue` to finish the revert$/);
    expect(fixIn('am')).toContain(`keep one side with \`git checkout HEAD -- ${file}\` (the branch the patches are applied to) or \`git checkout --theirs -- ${file} && git add ${file}\` (the patch's, while git still lists the file as unmerged: no ref names it)`);
    expect(fixIn('rebase')).toContain('(the branch it is rebased onto) or `git checkout REBASE_HEAD -- ');
    expect(fixIn('squash')).toBe(`keep one side with \`git checkout HEAD -- ${file}\` (this branch's) or \`git checkout <branch> -- ${file}\` (the squashed branch's: <branch> the one \`git merge --squash\` was given)${afterSideKept(file)}, and \`git commit\` again`);
    for (const state of ['none', 'checkout', 'squash', 'cherry-pick', 'revert', 'am', 'rebase'] as const) expect(fixIn(state)).not.toContain('MERGE_HEAD');
    // Who wrote the two sides, in the message: branches only where there are two.
    const messageIn = (state: ConflictState) => stagedConflictProblems([{ file, text: conflicted }], state)[0]?.message;
    expect(messageIn('merge')).toBe('is staged with unresolved merge conflict markers (two branches moved this label)');
    expect(messageIn('none')).toBe('is staged with unresolved merge conflict markers (two sides moved this label)');
    expect(messageIn('revert')).toBe('is staged with unresolved merge conflict markers (the revert and a later commit moved this label)');
    expect(messageIn('am')).toBe('is staged with unresolved merge conflict markers (the patch and this branch moved this label)');
  });

  it('finds no marker in a record whose text only holds seven "=" inside a line', () => {
    expect(conflictMarkerLine('note: |\n  =======\n  a ======= b\n')).toBeUndefined();
    expect(stagedConflictProblems([{ file: 'vault/labels/staging.yaml', text: 'entries:\n  refund: 2\n' }], 'none')).toEqual([]);
  });
});

describe('what the markers themselves say of where they come from', () => {
  it('a `git checkout -m` closes them with `local`; a stash pop with `Stashed changes`', () => {
    expect(hasCheckoutMarkers('a\n<<<<<<< main\nx\n=======\ny\n>>>>>>> local\n')).toBe(true);
    expect(hasCheckoutMarkers('a\n<<<<<<< Updated upstream\nx\n=======\ny\n>>>>>>> Stashed changes\n')).toBe(false);
  });

  it('the other side\'s lines are those between `=======` and the closing marker, a diff3 base left out', () => {
    expect(theirsLines('a\n<<<<<<< HEAD\nx\n||||||| base\nb\n=======\ny\nz\n>>>>>>> side\nc\n<<<<<<< HEAD\nq\n=======\nr\n>>>>>>> side\n')).toEqual(['y', 'z', 'r']);
  });
});
