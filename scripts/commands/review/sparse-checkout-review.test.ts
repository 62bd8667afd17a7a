// A reviewer working in a sparse checkout whose cone leaves vault/ out (the root README allows
// it: the hook stages its records there all the same). `review` wrote its decision and then ran
// `git add`, which git refuses outside the cone: exit 70, "internal error", the decision written
// but not staged. It now stages the audit as the hook stages records. With the audits off the disk
// (git keeps them in the index only), review said the clause had none; it now reads them there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOB, DANA, keyRotationClause as clause, REVIEWERS_CONFIG as CONFIG } from '../../test-utils/key-rotation.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', CONFIG);
  repo.write('codex/security/key-rotation.md', clause('within 24 hours'));
  expect(repo.commit('add the rotation rule', '2026-01-02', { env: BOB }).code).toBe(0);
  expect(repo.git(['sparse-checkout', 'set', '--cone', 'codex', '.husky', 'node_modules']).code).toBe(0);
  repo.write('codex/security/key-rotation.md', clause('within 7 days'));
  const relaxed = repo.commit('relax key rotation', '2026-01-03', { env: BOB });
  expect(relaxed.code, relaxed.stderr).toBe(0);
  expect(relaxed.stderr).toContain('FLAGGED');
  // The hook left its audit on the disk; `reapply` (or a fresh sparse clone) keeps it in the index
  // only, where review read nothing: "clause has no audits".
  expect(repo.git(['sparse-checkout', 'reapply']).code).toBe(0);
  expect(repo.exists('vault/audits')).toBe(false);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('review in a sparse checkout whose cone leaves out vault/', () => {
  it('stages the decision, and the committed review closes the gate', () => {
    const reviewed = repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'Ops agreed to 7 days.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } });
    expect(reviewed.code, reviewed.stdout + reviewed.stderr).toBe(0);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout.trim()).toMatch(/^vault\/audits\/security\/key-rotation\/20260103T100000Z-[0-9a-f]{12}\.yaml$/);
    const committed = repo.commit('review key rotation', '2026-01-04', { env: DANA, add: false });
    expect(committed.code, committed.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });
});
