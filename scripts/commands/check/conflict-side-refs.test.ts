// The ref a conflict fix names for the other side must hold that side whatever git was given:
// `git revert -m 2` of a merge puts back the merge's second parent (the fix said REVERT_HEAD^, the
// first), `git stash pop stash@{1}` keeps stash@{1} (the fix said stash@{0}, another stash's
// work), and a `git checkout -m` that carried an uncommitted label change onto another branch was
// called a stash pop (no stash holds those edits). Each is followed to the end through real commits.
import { afterAll, describe, expect, it } from 'vitest';
import { createConflictingLabels, LABEL_FILE, refundPrompt } from '../../test-utils/conflicting-labels.ts';
import { recordedCommit } from '../../test-utils/recorded-commit.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

const fixOf = (said: string) => /fix: (.*)/.exec(said)?.[1] ?? said;
const versionIn = (text: string) => /version: (\d+)/.exec(text)?.[1];

describe('a `git revert -m 2` of a merge that stops on a label moved on the mainline', () => {
  let repo: TestRepo;
  afterAll(() => repo?.cleanup());

  it('check names REVERT_HEAD^2, the side the revert puts back, and the hook says the same once the file is added', async () => {
    // The history before the revert is set-up: its commits are recorded in this process
    // (recordedCommit: the hook's very commits, without a hook process); the revert and its
    // `--continue` go through the hooks, as the test proves.
    repo = createRepo();
    for (const [n, line] of ['First', 'Second', 'Third'].entries()) {
      repo.write('prompts/refund.md', refundPrompt(`${line} line.`));
      await recordedCommit(repo, `refund v${n + 1}`, '2026-01-01');
    }
    expect(repo.cli(['label', 'set', 'staging', 'refund@1']).code).toBe(0);
    await recordedCommit(repo, 'stage v1', '2026-01-02');
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write('prompts/greeting.md', '---\ntitle: Greeting\n---\nSay hello.\n');
    await recordedCommit(repo, 'greeting', '2026-01-03');
    repo.git(['checkout', '-q', 'main']);
    expect(repo.cli(['label', 'set', 'staging', 'refund@2']).code).toBe(0);
    await recordedCommit(repo, 'stage v2', '2026-01-03');
    expect(repo.git(['merge', '-q', '--no-ff', '--no-edit', 'side'], { date: '2026-01-04' }).code).toBe(0);
    expect(repo.cli(['label', 'set', 'staging', 'refund@3']).code).toBe(0);
    await recordedCommit(repo, 'stage v3', '2026-01-05');
    // Mainline 2 (side): the revert undoes what the merge brought against side, the label's move to v2.
    expect(repo.git(['revert', '-m', '2', '--no-edit', 'HEAD~1'], { date: '2026-01-06' }).code).not.toBe(0);

    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(2);
    expect(fixOf(checked.stdout + checked.stderr)).toContain(`or \`git checkout REVERT_HEAD^2 -- ${LABEL_FILE}\` (the text from before the reverted commit, as the revert puts it back), which also stages it`);
    expect(versionIn(repo.git(['show', `REVERT_HEAD^2:${LABEL_FILE}`]).stdout)).toBe('1');

    expect(repo.git(['add', '-A']).code).toBe(0);
    const blocked = repo.git(['revert', '--continue', '--no-edit'], { date: '2026-01-06' });
    expect(blocked.code).not.toBe(0);
    expect(fixOf(blocked.stdout + blocked.stderr)).toContain(`or \`git checkout REVERT_HEAD^2 -- ${LABEL_FILE}\``);
    expect(repo.git(['checkout', 'REVERT_HEAD^2', '--', LABEL_FILE]).code).toBe(0);
    expect(versionIn(repo.read(LABEL_FILE))).toBe('1');
    const done = repo.git(['revert', '--continue', '--no-edit'], { date: '2026-01-06' });
    expect(done.code, done.stdout + done.stderr).toBe(0);
    expect(repo.cli(['check']).stdout).not.toContain('conflicted');
  });

  it('a plain revert still names REVERT_HEAD^', () => {
    const plain = createConflictingLabels();
    try {
      expect(plain.cli(['label', 'set', 'staging', 'refund@1']).code).toBe(0);
      expect(plain.commit('stage v1 again', '2026-01-04', { add: false }).code).toBe(0);
      expect(plain.git(['revert', '--no-edit', 'HEAD~1'], { date: '2026-01-05' }).code).not.toBe(0);
      const checked = plain.cli(['check']);
      expect(fixOf(checked.stdout + checked.stderr)).toContain(`or \`git checkout REVERT_HEAD^ -- ${LABEL_FILE}\``);
    } finally {
      plain.cleanup();
    }
  });
});

describe('a `git stash pop stash@{1}` that conflicts on a label', () => {
  let repo: TestRepo;
  afterAll(() => repo?.cleanup());

  it('check and the hook name stash@{1}, the stash the pop kept, and following it keeps that stash\'s label', () => {
    repo = createConflictingLabels();
    // On main (staging at main's v2): the label moved back to v1 and stashed, then other work stashed over it.
    expect(repo.cli(['label', 'set', 'staging', 'refund@1']).code).toBe(0);
    expect(repo.git(['stash', 'push', '-q', '-m', 'staging back to v1']).code).toBe(0);
    repo.write('prompts/refund.md', refundPrompt('Unfinished line.'));
    expect(repo.git(['stash', 'push', '-q', '-m', 'unfinished prompt']).code).toBe(0);
    // staging moved on meanwhile, so the older stash conflicts.
    repo.write('prompts/refund.md', refundPrompt('Third line.'));
    expect(repo.commit('main v3', '2026-01-04').code).toBe(0);
    expect(repo.cli(['label', 'set', 'staging', 'refund@3']).code).toBe(0);
    expect(repo.commit('stage v3', '2026-01-04', { add: false }).code).toBe(0);
    expect(repo.git(['stash', 'pop', 'stash@{1}']).code).not.toBe(0);

    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(2);
    expect(fixOf(checked.stdout + checked.stderr)).toContain(`or \`git checkout stash@{1} -- ${LABEL_FILE}\` (the stash's, where a \`git stash pop\` or \`apply\` left the markers), which also stages it`);
    expect(checked.stdout + checked.stderr).not.toContain('stash@{0}');
    // A plain `git stash drop` would drop stash@{0}, the unfinished prompt.
    expect(fixOf(checked.stdout + checked.stderr)).toMatch(/, and, after a `git stash pop`, `git stash drop stash@\{1\}` once nothing more of that stash is wanted/);

    expect(repo.git(['add', LABEL_FILE]).code).toBe(0);
    const blocked = repo.commit('after the pop', '2026-01-05', { add: false });
    expect(blocked.code).not.toBe(0);
    expect(fixOf(blocked.stdout + blocked.stderr)).toContain(`or \`git checkout stash@{1} -- ${LABEL_FILE}\``);
    expect(repo.git(['checkout', 'stash@{1}', '--', LABEL_FILE]).code).toBe(0);
    expect(versionIn(repo.read(LABEL_FILE))).toBe('1');
    expect(repo.commit('staging back to v1', '2026-01-05', { add: false }).code).toBe(0);
    expect(repo.git(['stash', 'drop', '-q', 'stash@{1}']).code).toBe(0);
    expect(repo.git(['stash', 'list']).stdout).toContain('unfinished prompt');
  });
});

describe('two stashes with one message and one label change, the older popped', () => {
  let repo: TestRepo;
  afterAll(() => repo?.cleanup());

  it('check names the stash the pop took, found by the other work it put back, and dropping it keeps the other stash', () => {
    repo = createConflictingLabels();
    repo.write('NOTES.txt', 'Notes.\n');
    repo.write('TODO.txt', 'To do.\n');
    expect(repo.commit('notes', '2026-01-04').code).toBe(0);
    // Two plain `git stash` on one commit: both "WIP on main: <commit> notes", both staging back to v1.
    expect(repo.cli(['label', 'set', 'staging', 'refund@1']).code).toBe(0);
    repo.write('NOTES.txt', 'Notes, with the first idea.\n');
    expect(repo.git(['stash', 'push', '-q']).code).toBe(0);
    expect(repo.cli(['label', 'set', 'staging', 'refund@1']).code).toBe(0);
    repo.write('TODO.txt', 'To do, with the second idea.\n');
    expect(repo.git(['stash', 'push', '-q']).code).toBe(0);
    const messages = repo.git(['stash', 'list', '--format=%gs']).stdout.trim().split('\n');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(messages[1]);
    repo.write('prompts/refund.md', refundPrompt('Third line.'));
    expect(repo.commit('main v3', '2026-01-05').code).toBe(0);
    expect(repo.cli(['label', 'set', 'staging', 'refund@3']).code).toBe(0);
    expect(repo.commit('stage v3', '2026-01-05', { add: false }).code).toBe(0);
    expect(repo.git(['stash', 'pop', 'stash@{1}']).code).not.toBe(0);
    expect(repo.read('NOTES.txt')).toBe('Notes, with the first idea.\n');

    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(2);
    expect(fixOf(checked.stdout + checked.stderr)).toContain(`or \`git checkout stash@{1} -- ${LABEL_FILE}\` (the stash's, where a \`git stash pop\` or \`apply\` left the markers), which also stages it`);
    expect(fixOf(checked.stdout + checked.stderr)).toMatch(/`git stash drop stash@\{1\}` once nothing more of that stash is wanted/);
    expect(repo.git(['checkout', 'stash@{1}', '--', LABEL_FILE]).code).toBe(0);
    expect(repo.commit('staging back to v1, first idea', '2026-01-06').code).toBe(0);
    expect(repo.git(['stash', 'drop', '-q', 'stash@{1}']).code).toBe(0);
    // The stash left is the second idea's.
    expect(repo.git(['show', 'stash@{0}:TODO.txt']).stdout).toBe('To do, with the second idea.\n');
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('a `git checkout -m` that carries an uncommitted label change onto a branch that moved it', () => {
  let repo: TestRepo;
  afterAll(() => repo?.cleanup());

  it('check names the checkout and the carried edits (no stash holds them), and the hook says the same once added', () => {
    repo = createConflictingLabels();
    // On side (staging at side's v2) the label is moved back to v1, uncommitted; then main is checked out with -m.
    repo.git(['checkout', '-q', 'side']);
    expect(repo.cli(['label', 'set', 'staging', 'refund@1']).code).toBe(0);
    // `git checkout -m` refuses staged changes: the label's move is left in the working tree only.
    expect(repo.git(['restore', '--staged', LABEL_FILE]).code).toBe(0);
    expect(repo.git(['checkout', '-m', 'main']).code).toBe(0);
    expect(repo.read(LABEL_FILE)).toContain('>>>>>>> local');

    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(2);
    expect(checked.stdout + checked.stderr).toContain(`${LABEL_FILE}:`);
    expect(checked.stdout + checked.stderr).toContain('is left conflicted in the working tree by a `git checkout -m` (or `git switch -m`), which carried your uncommitted edits onto the branch it switched to and left nothing in progress (the branch checked out and your uncommitted edits moved this label)');
    expect(fixOf(checked.stdout + checked.stderr)).toBe(`keep one side with \`git checkout HEAD -- ${LABEL_FILE}\` (the branch \`git checkout -m\` switched to) or \`git checkout --theirs -- ${LABEL_FILE} && git add ${LABEL_FILE}\` (your uncommitted edits, which \`git checkout -m\` carried over, while git still lists the file as unmerged: no ref or stash holds them; once added, the lines between \`=======\` and \`>>>>>>> local\`), which also stages it, then \`promptvault label set staging <id>@<version>\` for the version you want, and \`git commit\` with the rest of your edits when they are ready (\`git checkout -m\` leaves nothing in progress to continue)`);
    expect(checked.stdout + checked.stderr).not.toContain('stash@');

    const label = repo.cli(['label', 'set', 'staging', 'refund@1']);
    expect(label.code).toBe(2);
    expect(fixOf(label.stderr)).toContain('(your uncommitted edits, which `git checkout -m` carried over');

    expect(repo.git(['add', LABEL_FILE]).code).toBe(0);
    const blocked = repo.commit('carried label', '2026-01-05', { add: false });
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('(the branch checked out and your uncommitted edits moved this label)');
    expect(blocked.stdout + blocked.stderr).not.toContain('stash@');
    expect(repo.git(['checkout', 'HEAD', '--', LABEL_FILE]).code).toBe(0);
    expect(repo.cli(['label', 'set', 'staging', 'refund@1']).code).toBe(0);
    const committed = repo.commit('staging to v1', '2026-01-05', { add: false });
    expect(committed.code, committed.stdout + committed.stderr).toBe(0);
    expect(versionIn(repo.showHead(LABEL_FILE))).toBe('1');
  });
});
