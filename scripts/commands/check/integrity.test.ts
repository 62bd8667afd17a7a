import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// The gate and the records cannot be talked into "ok": a decision typed in by hand, a tag the
// records' schema refuses, a fork cycle. One repository, a story of commits.

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('codex/privacy/account-numbers.md', '---\ntitle: Account numbers\ntone: formal\n---\nThe assistant must never share account numbers.\n');
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
  expect(repo.commit('add clause and prompt', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('integrity of the gate and of the records', () => {
  it('an audit hand-edited from pending to accepted with no who, when or why fails check, naming the commit that did it', () => {
    repo.write('codex/privacy/account-numbers.md', '---\ntitle: Account numbers\ntone: formal\n---\nThe assistant should avoid sharing account numbers.\n');
    expect(repo.commit('soften the rule', '2026-01-03').code).toBe(0);
    const file = repo.filesAtHead('vault/audits/privacy/account-numbers/').sort().at(-1)!;
    expect(repo.read(file)).toContain('regression_flag: true');
    repo.write(file, repo.read(file).replace('status: pending', 'status: accepted'));
    expect(repo.commit('open the gate by hand', '2026-01-04', { args: ['--no-verify'] }).code).toBe(0);

    const failing = repo.cli(['check']);
    expect(failing.code).toBe(2);
    expect(failing.stdout).toContain(`${file}: says review.status accepted but has no review.by, review.at, review.note: a decision names who made it, when and why; the commit that made it: `);
    expect(failing.stdout).toContain('by Ada Reviewer <ada@example.com> on 2026-01-04 ("open the gate by hand")');
    expect(failing.stdout).toContain('npx promptvault review privacy/account-numbers --audit');

    // The fix it prints works: back to pending, then a named review.
    repo.git(['checkout', 'HEAD~1', '--', file]);
    const reviewed = repo.cli(['review', 'privacy/account-numbers', '--accept', '--note', 'Legal approved it.'], { env: { GIT_COMMITTER_DATE: '2026-01-05T09:00:00Z' } });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(repo.commit('review', '2026-01-05', { add: false }).code).toBe(0);
    expect(repo.cli(['check']).stdout).toContain(': ok');
  });

  it('an invalid PROMPTVAULT_TAGS blocks the commit with the same rule as `tag`, and nothing is written', () => {
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds. Be brief.'));
    const blocked = repo.commit('tagged badly', '2026-01-06', { env: { PROMPTVAULT_TAGS: 'tested, @-oops, @__proto__, @good' } });
    expect(blocked.code).not.toBe(0);
    // The rule names the first character, which both refused tags get wrong (before, it read as if `_` and `-` were fine anywhere).
    expect(blocked.stderr).toContain('PROMPTVAULT_TAGS holds "@-oops", "@__proto__", not a tag; a tag is "@", a letter or digit, then letters, digits and - _ . : / +, e.g. @tested');
    expect(repo.git(['status', '--porcelain', '--', 'vault/']).stdout).toBe('');
    const tagged = repo.commit('tagged well', '2026-01-06', { env: { PROMPTVAULT_TAGS: 'tested, @good' } });
    expect(tagged.code, tagged.stderr).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('a fork cycle is blocked with the whole cycle named, and check refuses one committed without the hook', () => {
    repo.write('prompts/a.md', promptFile({ title: 'A', forked_from: 'b' }, 'Prompt A.'));
    repo.write('prompts/b.md', promptFile({ title: 'B', forked_from: 'a' }, 'Prompt B.'));
    const blocked = repo.commit('fork each other', '2026-01-07');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('prompts/a.md:3: forked_from makes a cycle: a -> forked from -> b -> forked from -> a');
    expect(blocked.stderr).toContain('prompts/b.md:3: forked_from makes a cycle');

    // One at a time: b exists and forks nothing, then a forks b, then b is edited to fork a.
    repo.write('prompts/b.md', promptFile({ title: 'B' }, 'Prompt B.'));
    expect(repo.commit('a forks b', '2026-01-07').code).toBe(0);
    repo.write('prompts/b.md', promptFile({ title: 'B', forked_from: 'a' }, 'Prompt B.'));
    const closing = repo.commit('b forks a', '2026-01-08');
    expect(closing.code).not.toBe(0);
    expect(closing.stderr).toContain('forked_from makes a cycle: b -> forked from -> a -> forked from -> b');

    expect(repo.commit('bypass', '2026-01-08', { args: ['--no-verify'] }).code).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('forked_from makes a cycle');
    repo.git(['reset', '-q', '--hard', 'HEAD~1']);
  });
});
