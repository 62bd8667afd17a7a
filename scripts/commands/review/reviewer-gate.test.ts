import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOB, CAROL, DANA, flaggedKeyRotationAudit, keyRotationClause as clause, REVIEWERS_CONFIG as CONFIG } from '../../test-utils/key-rotation.ts';
import { as, createRepo, type TestRepo } from '../../test-utils/repo.ts';

// The CI gate opens only for a reviewer named in .promptvault.yaml review.reviewers. The story of
// an adopter's trial: Bob weakens "rotate within 24 hours" to "7 days" (flagged, number-changed);
// who may then accept it? Real commits through the real hook, each person committing as herself.
// Whose change an audit is about when the hook did not write it in the change's own commit
// (backfill, a resync, a merge): audit-belongs-to-change-author.test.ts.

let repo: TestRepo;
let base = '';

const flaggedAudit = () => flaggedKeyRotationAudit(repo);

/** A decision typed into the audit by hand (what `review` refuses to write), committed by `env`. */
function handDecision(by: string, env: Record<string, string>) {
  const file = flaggedAudit();
  repo.write(file, repo.read(file).replace(/review:\n(  .*\n)+/, `review:\n  status: accepted\n  by: ${JSON.stringify(by)}\n  at: 2026-01-04T10:00:00Z\n  note: fine\n`));
  expect(repo.commit('accept by hand', '2026-01-04', { env }).code).toBe(0);
}

function review(env: Record<string, string>) {
  return repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'Ops agreed to 7 days.'], { env: { ...env, GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } });
}

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', CONFIG);
  repo.write('codex/security/key-rotation.md', clause('within 24 hours'));
  expect(repo.commit('add the rotation rule', '2026-01-02', { env: BOB }).code).toBe(0);
  repo.write('codex/security/key-rotation.md', clause('within 7 days'));
  expect(repo.commit('relax key rotation', '2026-01-03', { env: BOB }).code).toBe(0);
  base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
});
afterAll(() => repo?.cleanup());
beforeEach(() => {
  repo.git(['reset', '-q', '--hard', base]);
  repo.write('.promptvault.yaml', CONFIG);
});

describe('the CI gate opens only for a named reviewer', () => {
  it('a named reviewer accepts through `review` and commits as herself: check is green', () => {
    expect(repo.cli(['check']).code).toBe(1);
    const reviewed = review(DANA);
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(parse(repo.read(flaggedAudit())).review.by).toBe('Dana Lee <dana@example.com>');
    expect(repo.commit('review: accept', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.stdout).toContain(': ok');
    expect(checked.code).toBe(0);
    // A shallow clone cannot tell who made the change: the decision does not count, and the message says why.
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-shallow-'));
    try {
      expect(repo.git(['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]).code).toBe(0);
      const clipped = repo.cli(['check', '--cwd', shallow]);
      expect(clipped.code).toBe(1);
      expect(clipped.stdout).toContain('but git history does not hold the commit that made the clause change (a shallow clone): fetch the whole history (actions/checkout with fetch-depth: 0)');
      // Its fix line is the fetch, not another review (which the clone would refuse the same way).
      expect(clipped.stdout).toContain('  fix: fetch the whole history (`git fetch --unshallow`; in CI, actions/checkout with fetch-depth: 0) and run check again');
      expect(clipped.stdout).not.toContain('add that reviewer');
      // So does a worktree of it: git keeps `shallow` in the folder its worktrees share.
      expect(repo.git(['-C', shallow, 'worktree', 'add', '-q', path.join(shallow, 'wt')]).code).toBe(0);
      const worktree = repo.cli(['check', '--cwd', path.join(shallow, 'wt')]);
      expect(worktree.code).toBe(1);
      expect(worktree.stdout).toContain('but git history does not hold the commit that made the clause change (a shallow clone)');
    } finally {
      fs.rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('matches a reviewer by email, whatever the spelling of the name and the case of the email', () => {
    repo.write('.promptvault.yaml', 'review:\n  reviewers: ["D. LEE <Dana@Example.COM>"]\n');
    repo.commit('name Dana', '2026-01-03', { env: DANA });
    const dana = as('dana lee', 'DANA@example.com');
    expect(review(dana).code).toBe(0);
    repo.commit('review: accept', '2026-01-04', { add: false, env: dana });
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('a second reviewer overruling the first is told whose decision the file no longer holds', () => {
    repo.write('.promptvault.yaml', 'review:\n  reviewers: ["Dana Lee <dana@example.com>", carol@example.com]\n');
    expect(repo.commit('name Carol too', '2026-01-03', { env: DANA }).code).toBe(0);
    expect(review(DANA).stdout).not.toContain('replacing');
    expect(repo.commit('review: accept', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
    const audit = path.basename(flaggedAudit(), '.yaml');
    const overruled = repo.cli(['review', 'security/key-rotation', '--audit', audit, '--reject', '--note', 'Compliance wants 24 hours.'], { env: { ...CAROL, GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } });
    expect(overruled.code, overruled.stderr).toBe(0);
    const [confirmed, undo] = overruled.stdout.split('\n');
    expect(confirmed).toBe(`promptvault review: rejected audit ${audit} of security/key-rotation (replacing the accepted decision of Dana Lee <dana@example.com> at 2026-01-04T10:00:00Z: "Ops agreed to 7 days.", which stays in git history); ${flaggedAudit()} is staged, commit it to record the review`);
    expect(undo).toMatch(/^promptvault review: check keeps failing on this rejected change until codex\/security\/key-rotation\.md is changed back: `git revert [0-9a-f]{12}`/);
    expect(repo.commit('review: reject', '2026-01-05', { add: false, env: CAROL }).code).toBe(0);
    expect(repo.cli(['check']).stdout).toContain('rejected regression in clause security/key-rotation, still in the clause');
  });

  it('someone not named: `review` refuses up front, and a decision typed by hand leaves check red', () => {
    const refused = review(CAROL);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Carol <carol@example.com> is not a reviewer named in .promptvault.yaml review.reviewers (Dana Lee <dana@example.com>, bob@example.com), so check would not count this decision; nothing was written.');
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    handDecision('Carol <carol@example.com>', CAROL);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('unreviewed regression in clause security/key-rotation (accepted by carol@example.com, who is not a reviewer named in .promptvault.yaml review.reviewers, so it does not count): [number-changed]');
    expect(checked.stdout).toContain('fix: a reviewer named in .promptvault.yaml review.reviewers, other than the clause\'s author, runs `npx promptvault review security/key-rotation --audit ');
    // The branch report shows it as still needing review, as check does.
    const report = repo.cli(['report', '--format', 'markdown', '--base', base, '--json']);
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).audits).toMatchObject([{ clause: 'security/key-rotation', state: 'open', state_text: 'needs review' }]);
    const github = repo.cli(['check', '--format', 'github']);
    expect(github.stdout).toMatch(/^::error file=vault\/audits\/security\/key-rotation\/[^,]+\.yaml,title=review-not-counted::unreviewed regression in clause security\/key-rotation \(accepted by carol@example.com, who is not a reviewer/m);
  });

  it('a reviewer known by a name alone matches no one', () => {
    handDecision('Carol', CAROL);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('(accepted by "Carol", which names no email, so it matches no reviewer named in .promptvault.yaml review.reviewers, so it does not count)');
  });

  it('the author of the flagged change, though a named reviewer, cannot accept it herself', () => {
    const refused = review(BOB);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^promptvault review: Bob Author <bob@example.com> made the clause change this audit is about \(commit [0-9a-f]{7}, "relax key rotation"\), and \.promptvault\.yaml does not allow self-review/);
    // The others are named, not the author herself among "another reviewer".
    expect(refused.stderr).toContain('does not allow self-review: another reviewer named in review.reviewers (Dana Lee <dana@example.com>) reviews it. Nothing was written.');
    repo.write('.promptvault.yaml', 'review:\n  reviewers: [bob@example.com]\n');
    expect(review(BOB).stderr).toContain('does not allow self-review: another reviewer reviews it, and review.reviewers names no one else: add one (a change the owners of .promptvault.yaml approve). Nothing was written.');
    repo.write('.promptvault.yaml', CONFIG);
    handDecision('Bob Author <bob@example.com>', BOB);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/\(accepted by its own author: bob@example\.com made the clause change \(commit [0-9a-f]{7}\), so it does not count\)/);
    // Unless the team allows it explicitly.
    repo.write('.promptvault.yaml', `${CONFIG}  allow_self_review: true\n`);
    repo.commit('allow self-review', '2026-01-05', { env: DANA });
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('a decision naming a reviewer counts only in a commit by that reviewer', () => {
    handDecision('Dana Lee <dana@example.com>', CAROL);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/\(accepted in the name of dana@example\.com, but the commit that wrote the decision \([0-9a-f]{7}\) is by Carol <carol@example\.com>: a review counts in a commit by the reviewer it names, so it does not count\)/);
    // What a squash merge leaves (the decision in a commit of the change's author): the reviewer
    // records it again. Without --audit, review finds nothing pending and says how.
    const again = repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'Ops agreed to 7 days.'], { env: DANA });
    expect(again.code).toBe(2);
    const id = /--audit (\S+)/.exec(checked.stdout)![1]!;
    expect(again.stderr).toContain(`Name one with --audit ID (a decision check does not count, written in a commit by someone other than the reviewer it names or squash-merged into a commit of the change's author, is recorded again that way: --audit ${id}).`);
    expect(repo.cli(['review', 'security/key-rotation', '--audit', id, '--accept', '--note', 'Ops agreed to 7 days.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } }).code).toBe(0);
    expect(repo.commit('review again as myself', '2026-01-05', { add: false, env: DANA }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('a merge that rewrites a reviewer\'s decision is the commit that decided: a rejection turned into an accept by the merger does not count', () => {
    repo.git(['checkout', '-q', '-b', 'dana-rejects']);
    expect(repo.cli(['review', 'security/key-rotation', '--reject', '--note', 'Seven days is too long.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } }).code).toBe(0);
    expect(repo.commit('review: reject', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    repo.write('notes.txt', 'unrelated\n');
    expect(repo.commit('unrelated', '2026-01-04', { env: BOB }).code).toBe(0);
    expect(repo.git(['merge', '-q', '--no-ff', '--no-commit', 'dana-rejects'], { env: BOB }).code).toBe(0);
    const file = flaggedAudit();
    repo.write(file, repo.read(file).replace('status: rejected', 'status: accepted'));
    expect(repo.commit('merge dana-rejects', '2026-01-05', { env: BOB }).code).toBe(0);
    expect(parse(repo.read(file)).review).toMatchObject({ status: 'accepted', by: 'Dana Lee <dana@example.com>' });
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/\(accepted in the name of dana@example\.com, but the commit that wrote the decision \([0-9a-f]{7}\) is by Bob Author <bob@example\.com>: a review counts in a commit by the reviewer it names, so it does not count\)/);
  });

  it('an audit the hook wrote flagged stays open when a commit turns its regression_flag off by hand', () => {
    const file = flaggedAudit();
    repo.write(file, repo.read(file).replace('regression_flag: true', 'regression_flag: false'));
    expect(repo.commit('tidy the audit', '2026-01-04', { env: BOB }).code).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/unreviewed regression in clause security\/key-rotation \(regression_flag was true when the hook wrote it \(commit [0-9a-f]{7}\) and is false after commit [0-9a-f]{7} by Bob Author <bob@example\.com>: a flag is closed by a review, not by an edit \(put it back with `git checkout [0-9a-f]{7} -- vault\/audits\/security\/key-rotation\/[^`]+\.yaml` before the review\), so it does not count\)/);
    // Put back as the message says and reviewed by Dana: green.
    repo.git(['checkout', repo.git(['log', '--format=%h', '-1', 'HEAD~1']).stdout.trim(), '--', file]);
    expect(repo.commit('restore the flag', '2026-01-04', { env: BOB }).code).toBe(0);
    expect(review(DANA).code).toBe(0);
    expect(repo.commit('review: accept', '2026-01-05', { add: false, env: DANA }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('with no reviewers configured, any decision counts as before and check warns that the gate is open', () => {
    repo.write('.promptvault.yaml', '');
    repo.commit('no reviewers', '2026-01-03', { env: BOB });
    expect(review(BOB).code).toBe(0);
    repo.commit('review: accept', '2026-01-04', { add: false, env: BOB });
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toContain('.promptvault.yaml: names no review.reviewers, so the CI gate opens for anyone');
    expect(repo.cli(['check', '--format', 'github']).stdout).toContain('::warning file=.promptvault.yaml,title=review-gate-open::names no review.reviewers');
  });

  it('a reviewer entry without an email is a configuration error naming the file, line and fix', () => {
    repo.write('.promptvault.yaml', 'tokenizer: o200k_base\nreview:\n  reviewers:\n    - dana@example.com\n    - Carol\n');
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain('.promptvault.yaml:5: review.reviewers.1: "Carol" is not an email or "Name <email>": write e.g. \'dana@example.com\' or \'Dana Lee <dana@example.com>\'');
    const refused = review(DANA);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.promptvault.yaml:5: review.reviewers.1: "Carol" is not an email');
  });
});
