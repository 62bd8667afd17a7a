// A merge that conflicts inside vault/ (an audit two reviewers decided differently, a label both
// branches moved) resolved the way a busy engineer resolves a merge: the prompt fixed by hand,
// then `git add -A` and `git commit`. The files went in with git's markers: the label, or the
// audit and so the clause's review, unreadable on the branch, and check then blamed the clause as
// "changed without the hook". The hook now refuses the commit, naming each file, its marker's
// line and the commands that still work once the file is added.
import { afterEach, describe, expect, it } from 'vitest';
import { createConflictingReviews } from '../../test-utils/conflicting-reviews.ts';
import { createConflictingLabels, refundPrompt } from '../../test-utils/conflicting-labels.ts';
import type { TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const blocked = (output: string, dir: string) => output.split(dir).join('<repo>').replace(/\r/g, '');

describe('the hook refuses vault files staged with conflict markers', () => {
  it('an audit two reviewers decided differently, added with `git add -A` in a merge: blocked with the way out, and the merge then ends clean', () => {
    ({ repo } = createConflictingReviews());
    const audit = repo.filesAtHead('vault/audits/tone/greeting/').find((file) => repo.read(file).includes('dana decided'))!;
    expect(repo.git(['merge', '--no-edit', 'carol'], { date: '2026-01-06' }).code).not.toBe(0);
    repo.git(['add', '-A']);
    const commit = repo.git(['commit', '--no-edit'], { date: '2026-01-06' });
    expect(commit.code).not.toBe(0);
    const said = blocked(commit.stdout + commit.stderr, repo.dir);
    expect(said).toContain('promptvault record: the commit was blocked, 1 problem to fix first (nothing was written)');
    expect(said).toMatch(new RegExp(`${audit.replace(/[.]/g, '\\.')}:\\d+: is staged with unresolved merge conflict markers \\(two branches reviewed this audit differently\\)`));
    expect(said).toContain(`fix: keep one side with \`git checkout HEAD -- ${audit}\` (this branch's) or \`git checkout MERGE_HEAD -- ${audit}\` (the merged branch's), then \`promptvault review tone/greeting --audit `);
    // The way out it names: the merged branch's decision kept, the merge committed, check passes on it.
    expect(repo.git(['checkout', 'MERGE_HEAD', '--', audit]).code).toBe(0);
    const done = repo.git(['commit', '--no-edit'], { date: '2026-01-06' });
    expect(done.code, done.stdout + done.stderr).toBe(0);
    expect(repo.read(audit)).toContain('carol decided');
    expect(repo.cli(['check']).stdout).not.toContain('changed without the hook');
  });

  it('a label both branches moved, added with the prompt in a merge: blocked naming the label and `label set`', () => {
    repo = createConflictingLabels();
    expect(repo.git(['merge', '--no-edit', 'side'], { date: '2026-01-04' }).code).not.toBe(0);
    repo.write('prompts/refund.md', refundPrompt('Main line.\n\nSide line.'));
    repo.git(['add', '-A']);
    const commit = repo.git(['commit', '--no-edit'], { date: '2026-01-04' });
    expect(commit.code).not.toBe(0);
    const said = blocked(commit.stdout + commit.stderr, repo.dir);
    expect(said).toMatch(/vault\/labels\/staging\.yaml:\d+: is staged with unresolved merge conflict markers \(two branches moved this label\)/);
    expect(said).toContain('then `promptvault label set staging <id>@<version>` for the version you want, and `git commit` again');
    expect(repo.git(['log', '-1', '--format=%s']).stdout.trim()).toBe('stage main');
  });

  it('outside a merge the sides are named for what git is in: a `git stash pop`\'s markers committed, a cherry-pick continued', () => {
    ({ repo } = createConflictingReviews());
    const audit = repo.filesAtHead('vault/audits/tone/greeting/').find((file) => repo.read(file).includes('dana decided'))!;
    // Carol's decision carried over by hand on the flagged commit, stashed, popped onto Dana's.
    repo.git(['checkout', '-q', 'main~1']);
    repo.write(audit, repo.git(['show', `carol:${audit}`]).stdout);
    expect(repo.git(['stash', 'push', '-q']).code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    expect(repo.git(['stash', 'pop']).code).not.toBe(0);
    repo.git(['add', '-A']);
    const popped = repo.git(['commit', '-m', 'carol decision'], { date: '2026-01-06' });
    expect(popped.code).not.toBe(0);
    const poppedSaid = blocked(popped.stdout + popped.stderr, repo.dir);
    expect(poppedSaid).toContain(`fix: keep one side with \`git checkout HEAD -- ${audit}\` (the last commit's) or \`git checkout stash@{0} -- ${audit}\` (the stash's, where a \`git stash pop\` or \`apply\` left the markers), then \`promptvault review tone/greeting --audit `);
    expect(poppedSaid).toMatch(/, and `git commit` again\n/);
    expect(poppedSaid).not.toContain("this branch's");
    expect(repo.git(['checkout', 'HEAD', '--', audit]).code).toBe(0);
    expect(repo.git(['stash', 'drop', '-q']).code).toBe(0);

    expect(repo.git(['cherry-pick', 'carol'], { date: '2026-01-07' }).code).not.toBe(0);
    repo.git(['add', '-A']);
    const picked = repo.git(['cherry-pick', '--continue', '--no-edit'], { date: '2026-01-07' });
    expect(picked.code).not.toBe(0);
    const pickedSaid = blocked(picked.stdout + picked.stderr, repo.dir);
    expect(pickedSaid).toContain(`fix: keep one side with \`git checkout HEAD -- ${audit}\` (this branch's) or \`git checkout CHERRY_PICK_HEAD -- ${audit}\` (the commit being picked), then `);
    expect(pickedSaid).toMatch(/, and `git cherry-pick --continue` to finish the cherry-pick\n/);
    expect(repo.git(['checkout', 'CHERRY_PICK_HEAD', '--', audit]).code).toBe(0);
    const done = repo.git(['cherry-pick', '--continue', '--no-edit'], { date: '2026-01-07' });
    expect(done.code, done.stdout + done.stderr).toBe(0);
    expect(repo.read(audit)).toContain('carol decided');
  });
});
