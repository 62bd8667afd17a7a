import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { as, type TestRepo } from '../../test-utils/repo.ts';
import { BOB, createRotationRepo, DANA, ROTATION_CLAUSE, rotationClause } from '../../test-utils/lowered-flag.ts';

// A reviewed pull request merged by the forge's "Squash and merge": Bob relaxes Dana's rule on a
// branch (the hook flags it), Dana reviews it there and commits as herself, and the forge folds
// both into one commit in Bob's name, Dana in a Co-authored-by trailer. One commit has one author,
// and anyone who merges can type a trailer: the review cannot be tied to Dana, so it does not
// count, and check says why and what to do. Real commits, real hook.

let repo: TestRepo;
let base = '';
let branch = '';
const CAROL = as('Carol Reviewer', 'carol@example.com');
const AUDITS = 'vault/audits/security/key-rotation/';

/** The forge's squash of the branch onto main, authored by `env` (no hooks run on the server). */
function squashMerge(env: Record<string, string>): void {
  expect(repo.git(['merge', '--squash', 'relax']).code).toBe(0);
  const message = 'Relax key rotation (#12)\n\n* relax key rotation\n* review: accept\n\nCo-authored-by: Dana Lee <dana@example.com>';
  expect(repo.commit(message, '2026-01-05', { env: { ...env, HUSKY: '0' } }).code).toBe(0);
}

function acceptedAudit(): { file: string; id: string } {
  const file = repo.filesAtHead(AUDITS).find((name) => (parse(repo.read(name)) as { review: { status: string } }).review.status === 'accepted')!;
  return { file, id: (parse(repo.read(file)) as { id: string }).id };
}

beforeAll(() => {
  ({ repo, base } = createRotationRepo(['Dana Lee <dana@example.com>', 'Carol Reviewer <carol@example.com>']));
  repo.git(['checkout', '-q', '-b', 'relax']);
  repo.write(ROTATION_CLAUSE, rotationClause('within 7 days'));
  expect(repo.commit('relax key rotation', '2026-01-03', { env: BOB }).code).toBe(0);
  const reviewed = repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'Ops agreed to 7 days.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } });
  expect(reviewed.code, reviewed.stderr).toBe(0);
  expect(repo.commit('review: accept', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
  branch = repo.git(['rev-parse', 'HEAD']).stdout.trim();
});
afterAll(() => repo?.cleanup());
beforeEach(() => {
  repo.git(['checkout', '-q', '-f', 'main']);
  repo.git(['reset', '-q', '--hard', base]);
});

describe('a reviewed pull request merged by the forge: its review counts unless squashed', () => {
  it('passes on the branch and after a merge that keeps the review commit (fast-forward, as rebase-merge does)', () => {
    repo.git(['checkout', '-q', 'relax']);
    expect(repo.cli(['check']).code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    expect(repo.git(['merge', '-q', '--ff-only', branch]).code).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('passes after the forge\'s rebase-merge onto a base branch that moved on (commits rewritten, authors kept, no hooks)', () => {
    repo.write('prompts/support/greeting.md', '---\ntitle: Greeting\n---\nGreet the customer by name.\n');
    expect(repo.commit('add a greeting', '2026-01-04', { env: BOB }).code).toBe(0);
    expect(repo.git(['checkout', '-q', '-b', 'rebased', branch]).code).toBe(0);
    expect(repo.git(['rebase', '-q', 'main'], { env: { HUSKY: '0' } }).code).toBe(0);
    expect(repo.git(['checkout', '-q', 'main']).code).toBe(0);
    expect(repo.git(['merge', '-q', '--ff-only', 'rebased']).code).toBe(0);
    repo.git(['branch', '-q', '-D', 'rebased']);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('warns on the pull request\'s own run that a squash merge would void its review, and not on a push', () => {
    repo.git(['checkout', '-q', 'relax']);
    const run = (event: string) => repo.cli(['check', '--format', 'github', '--since', 'main'], { env: { GITHUB_EVENT_NAME: event, GITHUB_BASE_REF: '' } });
    const pr = run('pull_request');
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.stdout).toMatch(/^::warning file=vault\/audits\/security\/key-rotation\/[^,]+\.yaml,title=review-in-pull-request::this pull request carries the accepted review of audit \S+ \(commit [0-9a-f]{7}, by Dana Lee <dana@example\.com>\): it counts with a merge commit or rebase-merge; a squash merge folds it into one commit with the change, where it no longer counts/m);
    expect(run('push').stdout).not.toContain('review-in-pull-request');
  });

  it('squashed in the pull request author\'s name, with the reviewer in a Co-authored-by trailer: not counted, the message says why and that the reviewer reviews again, which closes it', () => {
    squashMerge(BOB);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(/accepted in the name of dana@example\.com in the very commit that made the clause change \([0-9a-f]{7}, by Bob Author <bob@example\.com>\): a squash merge \("Squash and merge"\) does this, .*a Co-authored-by trailer is typed by whoever merges, so check does not count it\)\. dana@example\.com reviews it again and commits that as themselves; merge pull requests that change the codex with a merge commit or rebase-merge/);
    const { id } = acceptedAudit();
    const again = repo.cli(['review', 'security/key-rotation', '--audit', id, '--accept', '--note', 'Ops agreed to 7 days (again, after the squash).'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-06T10:00:00Z' } });
    expect(again.code, again.stderr).toBe(0);
    expect(repo.commit('review again after the squash', '2026-01-06', { add: false, env: DANA }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('squashed in the reviewer\'s own name: not counted either (the change now looks hers), and the message says another reviewer reviews it', () => {
    squashMerge(DANA);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(/accepted by dana@example\.com in the very commit that made the clause change \([0-9a-f]{7}, by Dana Lee <dana@example\.com>\): a squash merge .* Another named reviewer reviews it now; merge pull requests that change the codex with a merge commit or rebase-merge/);
    const { id } = acceptedAudit();
    // The change now reads as Dana's: `review` refuses her and names the other reviewer.
    const dana = repo.cli(['review', 'security/key-rotation', '--audit', id, '--accept', '--note', 'again'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-06T10:00:00Z' } });
    expect(dana.code).toBe(2);
    expect(dana.stderr).toContain('another reviewer named in review.reviewers (Carol Reviewer <carol@example.com>) reviews it');
    const carol = repo.cli(['review', 'security/key-rotation', '--audit', id, '--accept', '--note', 'Carol agrees to 7 days.'], { env: { ...CAROL, GIT_COMMITTER_DATE: '2026-01-06T10:00:00Z' } });
    expect(carol.code, carol.stderr).toBe(0);
    expect(repo.commit('review by carol after the squash', '2026-01-06', { add: false, env: CAROL }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
