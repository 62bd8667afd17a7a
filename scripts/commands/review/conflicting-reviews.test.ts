import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAROL, createConflictingReviews, DANA } from '../../test-utils/conflicting-reviews.ts';
import { copyRepo, NO_HOOKS, type TestRepo } from '../../test-utils/repo.ts';

// Two reviewers decide one flagged audit on two branches (Dana accepts on main, Carol rejects on
// hers): merging them, rebasing Carol's branch onto main or cherry-picking her review stops on a
// conflict inside the audit file. `review` then said "is not valid YAML" at the marker line, and
// its fix, `git checkout -- <file>`, is what git refuses for an unmerged path; and the fix ended
// with "`git commit` to end the merge" also in a rebase, where that commit leaves git stopped.
// It now names the conflict and the step of what git is in the middle of. The two branches are
// built once through the hook; each describe works in its own copy.

let reviewed: TestRepo;
let file = '';
beforeAll(() => {
  ({ repo: reviewed, file } = createConflictingReviews());
});
afterAll(() => reviewed?.cleanup());

describe('a merge of two branches that reviewed one audit differently', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = copyRepo(reviewed);
    expect(repo.git(['merge', '-q', 'carol', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).toBe(1);
  });
  afterAll(() => repo?.cleanup());

  it('review names the conflict in the audit and the way out of the merge, and writes nothing', () => {
    const refused = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the merge'], { env: DANA });
    expect(refused.code).toBe(2);
    const id = /([^/]+)\.yaml$/.exec(file)![1]!;
    expect(refused.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+: has unresolved merge conflict markers \\(two branches reviewed this audit differently\\)`));
    expect(refused.stderr).toContain(`fix: keep one side with \`git checkout HEAD -- ${file}\` (this branch's) or \`git checkout MERGE_HEAD -- ${file}\` (the merged branch's), which also stages it, then \`promptvault review tone/greeting --audit ${id} --accept|--reject --note "..."\` if the decision you want is the other one, and \`git commit\` to end the merge`);
    expect(refused.stderr).not.toContain('is not valid YAML');
    expect(repo.git(['diff', '--name-only', '--diff-filter=U']).stdout.trim()).toBe(file);
  });

  it('following the fix ends the merge with one decision, which check then reads', () => {
    expect(repo.git(['checkout', '--theirs', '--', file]).code).toBe(0);
    expect(repo.git(['add', file]).code).toBe(0);
    const merged = repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-07', env: DANA });
    expect(merged.code, merged.stderr).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('1 rejected regression(s) not yet undone');
  });
});

describe('the same merge after `git add -A` staged the audit file with its markers', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = copyRepo(reviewed);
    expect(repo.git(['merge', '-q', 'carol', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).toBe(1);
    expect(repo.git(['add', '-A']).code).toBe(0);
  });
  afterAll(() => repo?.cleanup());

  it("review's fix names a side that git still restores once the file is added (`--ours` restored the markers)", () => {
    expect(repo.git(['checkout', '--ours', '--', file]).code).toBe(0);
    expect(fs.readFileSync(path.join(repo.dir, file), 'utf8')).toMatch(/^<{7} /m);
    const refused = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the add'], { env: DANA });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`\`git checkout MERGE_HEAD -- ${file}\``);
    expect(repo.git(['checkout', 'MERGE_HEAD', '--', file]).code).toBe(0);
    expect(fs.readFileSync(path.join(repo.dir, file), 'utf8')).not.toMatch(/^<{7} /m);
    const merged = repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-07', env: DANA });
    expect(merged.code, merged.stderr).toBe(0);
    expect(repo.cli(['check']).stdout).toContain('1 rejected regression(s) not yet undone');
  });
});

const fixOf = (stderr: string) => /fix: (.*)/.exec(stderr)?.[1] ?? stderr;

describe('a conflict in a vault file met by a rebase or a cherry-pick', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = copyRepo(reviewed);
  });
  afterAll(() => repo?.cleanup());

  it('during a rebase, names `git rebase --continue` as the step after adding the file, and doing so finishes the rebase', () => {
    repo.git(['checkout', '-q', 'carol']);
    expect(repo.git(['rebase', 'main'], { date: '2026-01-06', env: CAROL }).code).not.toBe(0);
    const refused = repo.cli(['review', 'tone/greeting', '--reject', '--note', 'after the rebase'], { env: CAROL });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('has unresolved merge conflict markers (two branches reviewed this audit differently)');
    expect(fixOf(refused.stderr)).toMatch(/, and `git rebase --continue` to go on with the rebase \(not `git commit`: the rebase would stay stopped here\)$/);
    expect(fixOf(refused.stderr)).toContain(`\`git checkout REBASE_HEAD -- ${file}\` (the commit being replayed)`);
    // Added with its markers first (`git add -A` after the prompts): the side named still restores.
    expect(repo.git(['add', file]).code).toBe(0);
    expect(repo.git(['checkout', 'REBASE_HEAD', '--', file]).code).toBe(0);
    expect(fs.readFileSync(path.join(repo.dir, file), 'utf8')).not.toMatch(/^<{7} /m);
    const continued = repo.git(['rebase', '--continue'], { date: '2026-01-06', env: { ...CAROL, GIT_EDITOR: 'true' } });
    expect(continued.code, continued.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('during a cherry-pick, names `git cherry-pick --continue`; during a merge, still `git commit`', () => {
    repo.git(['checkout', '-q', 'main']);
    repo.git(['branch', '-q', '-f', 'carol-old', 'carol@{1}']);
    expect(repo.git(['cherry-pick', 'carol-old'], { date: '2026-01-07', env: DANA }).code).not.toBe(0);
    const picked = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the pick'], { env: DANA });
    expect(fixOf(picked.stderr)).toMatch(/, and `git cherry-pick --continue` to finish the cherry-pick$/);
    expect(fixOf(picked.stderr)).toContain(`\`git checkout CHERRY_PICK_HEAD -- ${file}\` (the commit being picked)`);
    expect(repo.git(['cherry-pick', '--abort']).code).toBe(0);
    expect(repo.git(['merge', '-q', 'carol-old', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).not.toBe(0);
    const merging = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the merge'], { env: DANA });
    expect(fixOf(merging.stderr)).toMatch(/, and `git commit` to end the merge$/);
    expect(repo.git(['merge', '--abort']).code).toBe(0);
  });

  it('during `git am` (which keeps its state in rebase-apply/ as a rebase does), names `git am --continue`', () => {
    const patch = repo.git(['format-patch', '-1', '--stdout', 'carol-old']).stdout;
    const patchFile = path.join(os.tmpdir(), `promptvault-am-${process.pid}.patch`);
    fs.writeFileSync(patchFile, patch);
    try {
      expect(repo.git(['am', '-3', patchFile], { date: '2026-01-08', env: DANA }).code).not.toBe(0);
      const applying = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'during am'], { env: DANA });
      expect(fixOf(applying.stderr)).toMatch(/, and `git am --continue` to go on applying the patches$/);
      // No ref names the patch's side: `--theirs` while the file is unmerged, not a ref `git am` never writes.
      expect(fixOf(applying.stderr)).toContain(`keep one side with \`git checkout HEAD -- ${file}\` (the branch the patches are applied to) or \`git checkout --theirs -- ${file} && git add ${file}\` (the patch's, while git still lists the file as unmerged: no ref names it)`);
      expect(fixOf(applying.stderr)).not.toContain('this branch');
      expect(repo.git(['checkout', '--theirs', '--', file]).code).toBe(0);
      expect(repo.git(['add', file]).code).toBe(0);
      expect(repo.read(file)).toContain('carol decided');
      expect(repo.git(['am', '--abort']).code).toBe(0);
    } finally {
      fs.rmSync(patchFile, { force: true });
    }
  });
});

describe('a revert that stops on the audit: the review reverted after the other decision was merged', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = copyRepo(reviewed);
    // Carol's rejection merged over Dana's acceptance; then Dana's review commit reverted.
    expect(repo.git(['merge', '-q', 'carol', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).toBe(1);
    expect(repo.git(['checkout', 'MERGE_HEAD', '--', file]).code).toBe(0);
    expect(repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-07', env: DANA }).code).toBe(0);
    expect(repo.git(['revert', '--no-edit', 'HEAD^1'], { date: '2026-01-08', env: DANA }).code).not.toBe(0);
  });
  afterAll(() => repo?.cleanup());

  it('review names the reverted side by REVERT_HEAD^ (the text before the reverted commit) and `git revert --continue`', () => {
    const refused = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'during the revert'], { env: DANA });
    expect(refused.code).toBe(2);
    expect(fixOf(refused.stderr)).toContain(`keep one side with \`git checkout HEAD -- ${file}\` (this branch's) or \`git checkout REVERT_HEAD^ -- ${file}\` (the text from before the reverted commit, as the revert puts it back), which also stages it`);
    expect(fixOf(refused.stderr)).toMatch(/, and `git revert --continue` to finish the revert$/);
    expect(fixOf(refused.stderr)).not.toContain('--ours');
  });

  it('the hook refuses the markers added to `git revert --continue` in the same words, and following them ends the revert', () => {
    expect(repo.git(['add', '-A']).code).toBe(0);
    const blocked = repo.git(['revert', '--continue', '--no-edit'], { date: '2026-01-08', env: DANA });
    expect(blocked.code).not.toBe(0);
    expect(fixOf(blocked.stdout + blocked.stderr)).toContain(`or \`git checkout REVERT_HEAD^ -- ${file}\` (the text from before the reverted commit, as the revert puts it back)`);
    expect(fixOf(blocked.stdout + blocked.stderr)).toMatch(/, and `git revert --continue` to finish the revert$/);
    expect(repo.git(['checkout', 'REVERT_HEAD^', '--', file]).code).toBe(0);
    expect(repo.read(file)).not.toContain('decided');
    const done = repo.git(['revert', '--continue', '--no-edit'], { date: '2026-01-08', env: DANA });
    expect(done.code, done.stdout + done.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });
});

describe('a merge committed with the markers still in the audit (hooks off, or before the hook refused them)', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = copyRepo(reviewed);
    expect(repo.git(['merge', '-q', 'carol', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).toBe(1);
    repo.git(['add', '-A']);
    expect(repo.git([...NO_HOOKS, 'commit', '-q', '--no-edit'], { date: '2026-01-07', env: DANA }).code).toBe(0);
  });
  afterAll(() => repo?.cleanup());

  it('check names the committed conflict with a way out that works without a merge in progress, and does not call the clause changed without the hook', () => {
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(2);
    const said = checked.stdout + checked.stderr;
    expect(said).toContain('has unresolved merge conflict markers (two branches reviewed this audit differently)');
    const id = /([^/]+)\.yaml$/.exec(file)![1]!;
    expect(fixOf(said)).toBe(`the markers were committed (no merge is in progress): put back one side's file from the merge that committed them, \`git checkout <merge>^1 -- ${file}\` (or \`<merge>^2\`, the merged branch's), where \`git log -1 --format=%h -- ${file}\` names that merge, then \`promptvault review tone/greeting --audit ${id} --accept|--reject --note "..."\` if the decision you want is the other one, and commit`);
    expect(said).not.toContain('changed without the hook');
  });

  it('following it leaves one decision, which check then reads', () => {
    const merge = repo.git(['log', '-1', '--format=%h', '--', file]).stdout.trim();
    expect(repo.git(['checkout', `${merge}^2`, '--', file]).code).toBe(0);
    expect(repo.git(['commit', '-q', '-m', 'keep carol decision'], { date: '2026-01-08', env: CAROL }).code).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.stdout).toContain('1 rejected regression(s) not yet undone');
  });
});
