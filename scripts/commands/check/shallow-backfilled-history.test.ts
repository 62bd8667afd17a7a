import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { as, createRepo, type TestRepo } from '../../test-utils/repo.ts';

// A team adopts promptvault on a history of clause changes (backfill writes their audits in the
// adoption commit, by whoever adopted) and CI clones the last few commits (`--depth 50`): the
// adoption commit is in the clone, the clause changes are not. check blamed the adopter for every
// backfilled change ("accepted by its own author: dana made the clause change (commit <adoption>)")
// and told them to set regression_flag: true by hand on every unflagged one. History it does not
// hold is now said to be cut off, as for a clone that cuts the adoption commit itself.

let repo: TestRepo;
let shallow = '';
const BOB = as('Bob Author', 'bob@example.com');
const CAROL = as('Carol', 'carol@example.com');
const DANA = as('Dana Lee', 'dana@example.com');
const rotation = (when: string) => `---\ntitle: Key rotation\ntone: formal\n---\nThe assistant must tell operators to rotate a leaked key ${when}.\n`;
const tokens = (modal: string) => `---\ntitle: Tokens\ntone: formal\n---\nThe assistant ${modal} never print access tokens in a reply.\n`;

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('codex/security/key-rotation.md', rotation('within 24 hours'));
  repo.write('codex/security/tokens.md', tokens('must'));
  repo.write('prompts/ops.md', '---\ntitle: Ops\ncodex: [security/key-rotation]\n---\nHelp operators.\n');
  expect(repo.commit('the rules', '2026-01-02', { env: BOB }).code).toBe(0);
  repo.write('codex/security/key-rotation.md', rotation('within 7 days'));
  expect(repo.commit('relax key rotation', '2026-01-03', { env: BOB }).code).toBe(0);
  repo.write('codex/security/tokens.md', tokens('should'));
  expect(repo.commit('soften tokens', '2026-01-04', { env: BOB }).code).toBe(0);
  for (const day of ['05', '06']) {
    repo.write('README.md', `# notes ${day}\n`);
    expect(repo.commit(`notes ${day}`, `2026-01-${day}`, { env: CAROL }).code).toBe(0);
  }
  repo.write('.promptvault.yaml', 'review:\n  reviewers: ["Dana Lee <dana@example.com>", bob@example.com]\n');
  const backfill = repo.cli(['backfill']);
  expect(backfill.code, backfill.stderr).toBe(0);
  expect(repo.commit('Adopt promptvault', '2026-01-07', { env: DANA }).code).toBe(0);
  const rotationAudit = repo.filesAtHead('vault/audits/security/key-rotation/').find((file) => (parse(repo.read(file)) as { regression_flag: boolean }).regression_flag)!;
  const id = (parse(repo.read(rotationAudit)) as { id: string }).id;
  const reviewed = repo.cli(['review', 'security/key-rotation', '--audit', id, '--accept', '--note', 'Ops agreed to 7 days.'], { env: DANA });
  expect(reviewed.code, reviewed.stderr).toBe(0);
  expect(repo.commit('review key rotation', '2026-01-08', { add: false, env: DANA }).code).toBe(0);
  for (const day of ['09', '10']) {
    repo.write('README.md', `# notes ${day}\n`);
    expect(repo.commit(`notes ${day}`, `2026-01-${day}`, { env: CAROL }).code).toBe(0);
  }
  // The last 6 commits: the notes of the 5th to the 10th; the clause changes are cut off.
  shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-depth-'));
  expect(repo.git(['clone', '-q', '--depth', '6', `file://${repo.dir}`, shallow]).code).toBe(0);
});
afterAll(() => {
  repo?.cleanup();
  if (shallow) fs.rmSync(shallow, { recursive: true, force: true });
});

describe('check in a clone of the last commits of a backfilled history', () => {
  it('the full clone counts the review of a backfilled change (the change is Bob\'s, the review Dana\'s)', () => {
    const checked = repo.cli(['check']);
    expect(checked.stdout).toContain('1 unreviewed regression(s)'); // tokens: must -> should, not reviewed
    expect(checked.stdout).not.toContain('security/key-rotation (accepted');
  });

  it('says the change lies beyond the shallow clone, never that the adopter made it, and asks no hand edit of a flag', () => {
    const checked = repo.cli(['check', '--cwd', shallow]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('unreviewed regression in clause security/key-rotation (accepted by dana@example.com, but git history does not hold the commit that made the clause change (a shallow clone): fetch the whole history (actions/checkout with fetch-depth: 0)');
    expect(checked.stdout).not.toContain('by its own author');
    expect(checked.stderr).toContain('record a clause change this shallow clone cuts off (made, or added to the vault, before its first commit), so check could not judge them again');
    expect(checked.stderr).not.toContain('no commit in this history changes the clause');
  });

  it('review in that clone refuses, saying to fetch the history, and writes nothing', () => {
    const tokensAudit = repo.filesAtHead('vault/audits/security/tokens/').find((file) => (parse(repo.read(file)) as { regression_flag: boolean }).regression_flag)!;
    const id = (parse(repo.read(tokensAudit)) as { id: string }).id;
    const refused = repo.cli(['review', 'security/tokens', '--audit', id, '--accept', '--note', 'fine', '--cwd', shallow], { env: DANA });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('was made before the first commit this shallow clone holds, so whether Dana Lee <dana@example.com> made it cannot be told (check would not count the decision either): run `git fetch --unshallow` and review again. Nothing was written.');
    expect(repo.git(['-C', shallow, 'status', '--porcelain']).stdout).toBe('');
  });
});
