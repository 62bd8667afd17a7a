import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOB, DANA, flaggedKeyRotationAudit, keyRotationClause as clause, REVIEWERS_CONFIG as CONFIG } from '../../test-utils/key-rotation.ts';
import { copyRepo, createRepo, type TestRepo } from '../../test-utils/repo.ts';

// The reviewer gate refuses an author's own accept: which change, and so which author, an audit is
// about when the hook did not write it in that change's own commit (backfill at adoption, a
// colleague's resync, a rewritten commit_parents, a merge). The story of reviewer-gate.test.ts:
// Bob relaxes "rotate within 24 hours" to "7 days", flagged, number-changed.

/** Dana's rule through the hook, .promptvault.yaml naming the reviewers: built once, copied by bobAcceptsHisOwnRelaxing. */
let written: TestRepo;
beforeAll(() => {
  written = createRepo();
  written.write('.promptvault.yaml', CONFIG);
  written.write('codex/security/key-rotation.md', clause('within 24 hours'));
  expect(written.commit('add the rotation rule', '2026-01-02', { env: DANA }).code).toBe(0);
});
afterAll(() => written?.cleanup());

describe('an audit written by backfill belongs to the author of the change it is about', () => {
  let adopted: TestRepo;
  beforeAll(() => {
    // Bob relaxed the rule before the team adopted promptvault; Dana adopts (backfill) and so adds the audits.
    adopted = createRepo({ hooks: false });
    adopted.write('.promptvault.yaml', CONFIG);
    adopted.write('codex/security/key-rotation.md', clause('within 24 hours'));
    expect(adopted.commit('add the rotation rule', '2026-01-02', { env: BOB }).code).toBe(0);
    adopted.write('codex/security/key-rotation.md', clause('within 7 days'));
    expect(adopted.commit('relax key rotation', '2026-01-03', { env: BOB }).code).toBe(0);
    const backfilled = adopted.cli(['backfill'], { env: DANA });
    expect(backfilled.code, backfilled.stderr).toBe(0);
    expect(adopted.commit('adopt promptvault', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
  });
  afterAll(() => adopted?.cleanup());

  it('review refuses Bob, naming his commit of the change, and lets Dana, who only committed the audit, review', () => {
    const date = { GIT_COMMITTER_DATE: '2026-01-05T09:00:00Z' };
    const bob = adopted.cli(['review', 'security/key-rotation', '--accept', '--note', 'fine'], { env: { ...BOB, ...date } });
    expect(bob.code).toBe(2);
    expect(bob.stderr).toMatch(/^promptvault review: Bob Author <bob@example\.com> made the clause change this audit is about \(commit [0-9a-f]{7}, "relax key rotation"\)/);
    const dana = adopted.cli(['review', 'security/key-rotation', '--reject', '--note', 'Seven days is too long.'], { env: { ...DANA, ...date } });
    expect(dana.code, dana.stderr).toBe(0);
    // Left for the next test, which decides by hand.
    expect(adopted.git(['checkout', '-q', 'HEAD', '--', 'vault']).code).toBe(0);
  });

  it('Bob accepting his own pre-adoption change does not count, though Dana committed the audit', () => {
    const file = flaggedKeyRotationAudit(adopted);
    adopted.write(file, adopted.read(file).replace(/review:\n(  .*\n)+/, 'review:\n  status: accepted\n  by: "Bob Author <bob@example.com>"\n  at: 2026-01-05T10:00:00Z\n  note: fine\n'));
    expect(adopted.commit('accept', '2026-01-05', { env: BOB }).code).toBe(0);
    const checked = adopted.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/\(accepted by its own author: bob@example\.com made the clause change \(commit [0-9a-f]{7}\), so it does not count\)/);
  });
});

/**
 * Dana writes the rule (once, in `written`), Bob relaxes it (`relaxEnv`) in a copy, `between`
 * runs, then Bob accepts the flagged audit by hand (`edit` may change more of it) and commits:
 * what check says of that accept.
 */
function bobAcceptsHisOwnRelaxing({ relaxEnv, between, edit = (text) => text }: { relaxEnv: Record<string, string>; between: (repo: TestRepo) => void; edit?: (text: string) => string }) {
  const own = copyRepo(written);
  try {
    own.write('codex/security/key-rotation.md', clause('within 7 days'));
    expect(own.commit('relax key rotation', '2026-01-03', { env: relaxEnv }).code).toBe(0);
    between(own);
    const file = flaggedKeyRotationAudit(own);
    own.write(file, edit(own.read(file)).replace(/review:\n(  .*\n)+/, 'review:\n  status: accepted\n  by: "Bob Author <bob@example.com>"\n  at: 2026-01-05T10:00:00Z\n  note: fine\n'));
    expect(own.commit('accept', '2026-01-05', { env: BOB }).code).toBe(0);
    return own.cli(['check']);
  } finally {
    own.cleanup();
  }
}
const OWN_ACCEPT = /\(accepted by its own author: bob@example\.com made the clause change \(commit [0-9a-f]{7}\), so it does not count\)/;

describe('an audit\'s commit_parents rewritten to another person\'s earlier change of the clause', () => {
  it('leaves the change its author\'s: his own accept does not count', () => {
    // Bob, also a named reviewer, points the audit at Dana's commit (its parents: none) in the commit that accepts it.
    const checked = bobAcceptsHisOwnRelaxing({ relaxEnv: BOB, between: () => {}, edit: (text) => text.replace(/commit_parents:\n(  - .*\n)+/, 'commit_parents: []\n') });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(OWN_ACCEPT);
  });
});

describe('an audit a colleague wrote by resyncing a clause changed with the hook off', () => {
  it('belongs to who changed the clause: his own accept does not count, and review refuses him', () => {
    // Bob relaxes the rule with the hook off; check says to run `record --all`, and Dana does.
    const checked = bobAcceptsHisOwnRelaxing({
      relaxEnv: { ...BOB, HUSKY: '0' },
      between: (repo) => {
        expect(repo.cli(['record', '--all'], { env: DANA }).code).toBe(0);
        expect(repo.commit('resync the vault', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
        const refused = repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'fine'], { env: { ...BOB, GIT_COMMITTER_DATE: '2026-01-05T09:00:00Z' } });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/^promptvault review: Bob Author <bob@example\.com> made the clause change this audit is about \(commit [0-9a-f]{7}, "relax key rotation"\)/);
      },
    });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(OWN_ACCEPT);
  });
});

describe('an audit the hook wrote into a merge commit', () => {
  it('belongs to the merge\'s author: another named reviewer\'s accept counts', () => {
    const merged = createRepo();
    try {
      merged.write('.promptvault.yaml', 'review:\n  reviewers: ["Dana Lee <dana@example.com>"]\n');
      merged.write('codex/security/key-rotation.md', clause('within 24 hours'));
      expect(merged.commit('add the rotation rule', '2026-01-02', { env: BOB }).code).toBe(0);
      merged.git(['checkout', '-q', '-b', 'tighten']);
      merged.write('codex/security/key-rotation.md', clause('within 12 hours'));
      expect(merged.commit('tighten', '2026-01-03', { env: BOB }).code).toBe(0);
      merged.git(['checkout', '-q', 'main']);
      merged.write('codex/security/key-rotation.md', clause('within 12 hours or less'));
      expect(merged.commit('tighten differently', '2026-01-03', { env: BOB }).code).toBe(0);
      expect(merged.git(['merge', '-q', 'tighten'], { env: BOB }).code).toBe(1);
      // Bob resolves the conflict with a looser rule: the hook audits it in the merge commit.
      merged.write('codex/security/key-rotation.md', clause('within 7 days'));
      const resolved = merged.commit('merge tighten', '2026-01-04', { env: BOB });
      expect(resolved.stdout + resolved.stderr).toContain('FLAGGED');
      expect(merged.cli(['review', 'security/key-rotation', '--accept', '--note', 'Ops agreed.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } }).code).toBe(0);
      expect(merged.commit('review: accept', '2026-01-05', { add: false, env: DANA }).code).toBe(0);
      const checked = merged.cli(['check']);
      expect(checked.stdout).not.toContain('does not count');
      expect(checked.code).toBe(0);
    } finally {
      merged.cleanup();
    }
  });
});
