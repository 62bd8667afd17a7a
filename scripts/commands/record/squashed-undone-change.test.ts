import { afterEach, describe, expect, it } from 'vitest';
import { NO_HOOKS, type TestRepo } from '../../test-utils/repo.ts';
import { leftOutRecordsLine } from './left-out-records.ts';
import { BOB, createRotationRepo, DANA, ROTATION_CLAUSE, rotationClause } from '../../test-utils/lowered-flag.ts';

// A team squash-merging a pull request locally (`git merge --squash`, then `git commit` through
// the hook): on the branch Bob relaxed Dana's rule (flagged), Dana rejected it, Bob put the rule
// back. The branch's first commit has main's head as parent, as the squash commit does, so the
// hook takes that commit's audit for a leftover of an earlier attempt at this commit and leaves
// it out: the squash does not change the clause. What the hook says of it names the files and both
// cases; before, "replaced 1 record file(s) of an earlier attempt at this commit" had the team
// look for an attempt nobody made (met by a newcomer team in session 19). The audit of the change
// back names the first as the flagged change it `reverts`: kept, it linked to an audit main never
// has (session 20), so it is left out too and the squash carries no audit of the clause.

let repo: TestRepo;
afterEach(() => repo?.cleanup());

describe('a squash merge of a branch that relaxed a rule and put it back', () => {
  it('leaves the first commit\'s audit out and names it, with the squash as a cause, and check passes', () => {
    ({ repo } = createRotationRepo(['Dana Lee <dana@example.com>']));
    repo.git(['checkout', '-q', '-b', 'relax']);
    repo.write(ROTATION_CLAUSE, rotationClause('within 7 days'));
    const relaxed = repo.commit('relax key rotation', '2026-01-03', { env: BOB });
    expect(relaxed.stderr).toContain('FLAGGED');
    const flagged = repo.addedInHead('vault/audits/');
    expect(flagged).toHaveLength(1);
    expect(repo.cli(['review', 'security/key-rotation', '--reject', '--note', 'Leaked keys are rotated within a day.'], { env: DANA }).code).toBe(0);
    expect(repo.commit('review: reject', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
    repo.write(ROTATION_CLAUSE, rotationClause('within 24 hours'));
    expect(repo.commit('put the rotation rule back', '2026-01-05', { env: BOB }).code).toBe(0);
    const back = repo.addedInHead('vault/audits/');
    expect(repo.showHead(back[0]!)).toContain(`reverts: ${flagged[0]!.split('/').at(-1)!.replace('.yaml', '')}`);
    const before = repo.git(['ls-tree', '-r', '--name-only', 'main', '--', 'vault/audits/']).stdout.trim().split('\n');

    repo.git(['checkout', '-q', 'main']);
    expect(repo.git(['merge', '--squash', 'relax']).code).toBe(0);
    const squashed = repo.commit('Key rotation wording (#7)', '2026-01-06', { add: false, env: BOB });
    expect(squashed.code, squashed.stderr).toBe(0);
    expect(squashed.stderr).toContain(leftOutRecordsLine([flagged[0]!, back[0]!], { amended: false }));
    expect(squashed.stderr).toContain('the first commit of a squashed branch');
    expect(squashed.stderr).not.toContain('of an earlier attempt at this commit\n');
    // No audit of the clause comes with the squash, so none names an audit main does not have.
    expect(repo.filesAtHead('vault/audits/')).toEqual(before);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });
});

describe('the same branch squash-merged by the forge (GitHub\'s "Squash and merge": no hook runs)', () => {
  it('is no open regression in check but a squash to repair, named with its commit; repair drops both audits and check passes', () => {
    ({ repo } = createRotationRepo(['Dana Lee <dana@example.com>']));
    repo.git(['checkout', '-q', '-b', 'relax']);
    repo.write(ROTATION_CLAUSE, rotationClause('within 7 days'));
    expect(repo.commit('relax key rotation', '2026-01-03', { env: BOB }).stderr).toContain('FLAGGED');
    const flagged = repo.addedInHead('vault/audits/')[0]!;
    expect(repo.cli(['review', 'security/key-rotation', '--reject', '--note', 'Leaked keys are rotated within a day.'], { env: DANA }).code).toBe(0);
    expect(repo.commit('review: reject', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
    repo.write(ROTATION_CLAUSE, rotationClause('within 24 hours'));
    expect(repo.commit('put the rotation rule back', '2026-01-05', { env: BOB }).code).toBe(0);
    const back = repo.addedInHead('vault/audits/')[0]!;
    const before = repo.git(['ls-tree', '-r', '--name-only', 'main', '--', 'vault/audits/']).stdout.trim().split('\n');

    repo.git(['checkout', '-q', 'main']);
    expect(repo.git([...NO_HOOKS, 'merge', '--squash', 'relax']).code).toBe(0);
    expect(repo.commit('Key rotation wording (#7)', '2026-01-06', { add: false, env: { ...BOB, HUSKY: '0' } }).code).toBe(0);
    const squash = repo.git(['rev-parse', '--short=12', 'HEAD']).stdout.trim();
    const red = repo.cli(['check']);
    expect(red.code).toBe(1);
    expect(red.stdout).toContain(`${flagged}: the flagged change of security/key-rotation this audit records came in one commit with the audit of its change back (${back.split('/').at(-1)!.replace('.yaml', '')}): commit ${squash} ("Key rotation wording (#7)"), a squash merge made without the hook`);
    expect(red.stdout).toContain('fix: run `promptvault repair`: it drops both audits');
    // Before: an unreviewed regression whose reviewer was asked to review a change main never got.
    expect(red.stdout).toContain('0 unreviewed regression(s)');
    expect(red.stdout).not.toContain('reviews it again');

    const repaired = repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-07T10:00:00Z' } });
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repo.filesAtHead('vault/audits/')).toEqual(before);
    const green = repo.cli(['check']);
    expect(green.code, green.stdout).toBe(0);
  });
});
