// Mid-merge and mid-rebase, a vault file git stopped on is in the working tree only; check reads
// HEAD and said nothing of it (exit 0 mid-merge, where `label` and `review` name it). It now names
// each conflicted vault file with the hook's way of keeping one side and the step that ends what
// git is in the middle of. Two reviewers decided one audit on two branches (test-utils).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAROL, createConflictingReviews, DANA } from '../../test-utils/conflicting-reviews.ts';
import { createConflictingLabels } from '../../test-utils/conflicting-labels.ts';
import { copyRepo, type TestRepo } from '../../test-utils/repo.ts';

let reviewed: TestRepo;
let file = '';
beforeAll(() => {
  ({ repo: reviewed, file } = createConflictingReviews());
});
afterAll(() => reviewed?.cleanup());

const fixOf = (said: string) => /fix: (.*)/.exec(said)?.[1] ?? said;

describe('check while git is stopped on a conflicted vault file', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = copyRepo(reviewed);
  });
  afterAll(() => repo?.cleanup());

  it('mid-merge: names the file, its marker line and the way out, and fails (exit 2)', () => {
    expect(repo.git(['merge', '-q', 'carol', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).toBe(1);
    const checked = repo.cli(['check']);
    const said = checked.stdout + checked.stderr;
    expect(checked.code, said).toBe(2);
    expect(said).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+: is left conflicted in the working tree by the merge in progress \\(two branches reviewed this audit differently\\)`));
    const id = /([^/]+)\.yaml$/.exec(file)![1]!;
    expect(fixOf(said)).toBe(`keep one side with \`git checkout HEAD -- ${file}\` (this branch's) or \`git checkout MERGE_HEAD -- ${file}\` (the merged branch's), which also stages it, then \`promptvault review tone/greeting --audit ${id} --accept|--reject --note "..."\` if the decision you want is the other one, and \`git commit\` to end the merge`);
  });

  it('following the fix ends the merge, and check no longer names the file', () => {
    expect(repo.git(['checkout', 'MERGE_HEAD', '--', file]).code).toBe(0);
    const merged = repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-07', env: DANA });
    expect(merged.code, merged.stderr).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.stdout + checked.stderr).not.toContain('conflicted');
    expect(checked.stdout).toContain('1 rejected regression(s) not yet undone');
  });

  it('mid-rebase: names each side by its ref (HEAD is the branch rebased onto) and `git rebase --continue` as the step that ends it', () => {
    repo.git(['checkout', '-q', '-b', 'carol-again', 'carol']);
    expect(repo.git(['rebase', 'main~1'], { date: '2026-01-08', env: CAROL }).code).not.toBe(0);
    const checked = repo.cli(['check']);
    const said = checked.stdout + checked.stderr;
    expect(checked.code, said).toBe(2);
    expect(said).toContain(`${file}:`);
    expect(said).toContain('is left conflicted in the working tree by the rebase in progress');
    expect(fixOf(said)).toMatch(/^keep one side with `git checkout HEAD -- .*, and `git rebase --continue` to go on with the rebase \(not `git commit`: the rebase would stay stopped here\)$/);
    expect(fixOf(said)).toContain(`keep one side with \`git checkout HEAD -- ${file}\` (the branch it is rebased onto) or \`git checkout REBASE_HEAD -- ${file}\` (the commit being replayed)`);
    expect(fixOf(said)).not.toContain("this branch's");
    expect(repo.git(['rebase', '--abort']).code).toBe(0);
  });
});

describe('check after a `git stash pop` that conflicts on an audit (nothing in the git folder says so)', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = copyRepo(reviewed);
    // Carol's decision brought over by hand on the flagged commit, stashed, and popped onto main, which holds Dana's.
    repo.git(['checkout', '-q', 'main~1']);
    repo.write(file, repo.git(['show', `carol:${file}`]).stdout);
    expect(repo.git(['stash', 'push', '-q', '-m', 'carol decision']).code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    expect(repo.git(['stash', 'pop']).code).not.toBe(0);
  });
  afterAll(() => repo?.cleanup());

  it('names the file, its marker line and the stash\'s side (the pop keeps the stash), and fails (exit 2)', () => {
    const checked = repo.cli(['check']);
    const said = checked.stdout + checked.stderr;
    expect(checked.code, said).toBe(2);
    expect(said).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+: is left conflicted in the working tree by a \`git stash pop\` or \`apply\``));
    expect(fixOf(said)).toMatch(new RegExp(`^keep one side with \`git checkout HEAD -- ${file.replace(/[.]/g, '\\.')}\` \\(the last commit's\\) or \`git checkout stash@\\{0\\} -- `));
    expect(fixOf(said)).toMatch(/, and, after a `git stash pop`, `git stash drop stash@\{0\}` once nothing more of that stash is wanted \(a pop that conflicts keeps it\)$/);
    expect(fixOf(said)).not.toContain('MERGE_HEAD');
  });

  it('review names the same sides', () => {
    const refused = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the pop'], { env: DANA });
    expect(refused.code).toBe(2);
    expect(fixOf(refused.stderr)).toContain(`or \`git checkout stash@{0} -- ${file}\` (the stash's, where a \`git stash pop\` or \`apply\` left the markers), which also stages it`);
    expect(fixOf(refused.stderr)).not.toContain('the markers were committed');
  });

  it('following the fix keeps the stash\'s decision, and check no longer names the file', () => {
    expect(repo.git(['checkout', 'stash@{0}', '--', file]).code).toBe(0);
    expect(repo.read(file)).toContain('carol decided');
    expect(repo.git(['stash', 'drop', '-q']).code).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.stdout + checked.stderr).not.toContain('conflicted');
  });
});

describe('check while a merge is stopped on a label both branches moved', () => {
  let repo: TestRepo;
  afterAll(() => repo?.cleanup());

  it('names the label file, its marker line, the hook\'s way out and `label set`, beside the prompt git also stopped on', () => {
    repo = createConflictingLabels();
    expect(repo.git(['merge', '--no-edit', 'side'], { date: '2026-01-04' }).code).not.toBe(0);
    const checked = repo.cli(['check']);
    const said = checked.stdout + checked.stderr;
    expect(checked.code, said).toBe(2);
    expect(said).toMatch(/vault\/labels\/staging\.yaml:\d+: is left conflicted in the working tree by the merge in progress \(two branches moved this label\)/);
    expect(said).toContain('fix: keep one side with `git checkout HEAD -- vault/labels/staging.yaml` (this branch\'s) or `git checkout MERGE_HEAD -- vault/labels/staging.yaml` (the merged branch\'s), which also stages it, then `promptvault label set staging <id>@<version>` for the version you want, and `git commit` to end the merge');
    // A prompt git stopped on is no vault file: not named by this.
    expect(said).not.toContain('prompts/refund.md: is left conflicted');
  });
});

// `git merge --squash` that stops on a conflict leaves no MERGE_HEAD, only SQUASH_MSG: with
// nothing read from the git folder, check said "by a `git stash pop` or `apply`" and the hook
// named `git checkout stash@{0} -- <file>`, a stash that may not exist or holds other work.
describe('check and the hook while a `git merge --squash` is stopped on a label both branches moved', () => {
  let repo: TestRepo;
  afterAll(() => repo?.cleanup());
  const label = 'vault/labels/staging.yaml';

  it('check names the squash merge, the squashed branch\'s side and `git commit` as the step that ends it', () => {
    repo = createConflictingLabels();
    expect(repo.git(['merge', '--squash', 'side'], { date: '2026-01-04' }).code).not.toBe(0);
    const checked = repo.cli(['check']);
    const said = checked.stdout + checked.stderr;
    expect(checked.code, said).toBe(2);
    expect(said).toMatch(/vault\/labels\/staging\.yaml:\d+: is left conflicted in the working tree by the `git merge --squash` in progress \(two branches moved this label\)/);
    expect(fixOf(said)).toBe(`keep one side with \`git checkout HEAD -- ${label}\` (this branch's) or \`git checkout <branch> -- ${label}\` (the squashed branch's: <branch> the one \`git merge --squash\` was given), which also stages it, then \`promptvault label set staging <id>@<version>\` for the version you want, and \`git commit\` to end the squash merge`);
    expect(said).not.toContain('stash');
  });

  it('the hook refuses the markers once added, naming the same sides, and the fix followed commits', () => {
    repo.write('prompts/refund.md', '---\ntitle: Refund\n---\nYou help customers.\n\nSide line.\n');
    expect(repo.git(['add', '-A']).code).toBe(0);
    const refused = repo.commit('squash side', '2026-01-05', { add: false });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`or \`git checkout <branch> -- ${label}\` (the squashed branch's`);
    expect(refused.stderr).not.toContain('stash@{0}');
    expect(repo.git(['checkout', 'side', '--', label]).code).toBe(0);
    const committed = repo.commit('squash side', '2026-01-05', { add: false });
    expect(committed.code, committed.stderr).toBe(0);
    expect(repo.cli(['check']).stdout + repo.cli(['check']).stderr).not.toContain('conflicted');
  });
});
