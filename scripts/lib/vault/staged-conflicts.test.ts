// The hook's refusal of staged conflict markers and check's fix of committed ones name the same
// command to set the wanted label or decision once a side is kept: one text (afterSideKept).
import { describe, expect, it } from 'vitest';
import { committedConflicts } from './conflict-next-step.ts';
import { afterSideKept, conflictMarkerLine, stagedConflictProblems } from './staged-conflicts.ts';

const conflicted = 'entries:\n<<<<<<< HEAD\n  refund: 2\n=======\n  refund: 3\n>>>>>>> side\n';

describe('the command after keeping one side of a conflicted vault file', () => {
  it('is `label set` for a label, `review` of the percent-decoded clause for an audit, nothing for another record', () => {
    expect(afterSideKept('vault/labels/staging.yaml')).toBe(', then `promptvault label set staging <id>@<version>` for the version you want');
    expect(afterSideKept('vault/audits/tone/a%20b/20260105T100000Z-abcdef123456.yaml')).toBe(', then `promptvault review tone/a b --audit 20260105T100000Z-abcdef123456 --accept|--reject --note "..."` if the decision you want is the other one');
    expect(afterSideKept('vault/checkpoints/refund/0001-abcdef123456.yaml')).toBe('');
  });

  it('ends both the hook\'s refusal and check\'s committed-conflict fix', () => {
    for (const file of ['vault/labels/staging.yaml', 'vault/audits/tone/greeting/20260105T100000Z-abcdef123456.yaml', 'vault/checkpoints/refund/0001-abcdef123456.yaml']) {
      const [staged] = stagedConflictProblems([{ file, text: conflicted }], { merging: true });
      expect(staged?.line).toBe(2);
      expect(staged?.fix).toBe(`keep one side with \`git checkout HEAD -- ${file}\` (this branch's) or \`git checkout MERGE_HEAD -- ${file}\` (the merged branch's)${afterSideKept(file)}, and \`git commit\` again`);
      const [committed] = committedConflicts([{ code: staged!.code, file, message: 'conflict', fix: 'x and `git commit` to end the merge' }]);
      expect(committed?.fix).toContain(`names that merge${afterSideKept(file)}, and commit`);
    }
  });

  it('finds no marker in a record whose text only holds seven "=" inside a line', () => {
    expect(conflictMarkerLine('note: |\n  =======\n  a ======= b\n')).toBeUndefined();
    expect(stagedConflictProblems([{ file: 'vault/labels/staging.yaml', text: 'entries:\n  refund: 2\n' }], { merging: false })).toEqual([]);
  });
});
