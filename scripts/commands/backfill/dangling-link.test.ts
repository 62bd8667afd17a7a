// newcomer36's leftover: a link under a prompt glob whose target is not there (a prompt renamed,
// the link left) got the hook's "a dangling link" since session 36, but backfill (both routes)
// and check still said "promptvault records prompts/support/old-policy.md as a prompt at its own
// path ... nothing to do; ... cp "$(readlink -f ...)"": a prompt that does not exist, and a copy
// that fails. They now say what the hook says.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let adopter: TestRepo;
beforeAll(() => {
  adopter = createRepo({ hooks: false });
  adopter.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
  fs.symlinkSync('refund.md', path.join(adopter.dir, 'prompts/support/alias.md'));
  fs.symlinkSync('old-policy.md', path.join(adopter.dir, 'prompts/support/policy.md'));
  expect(adopter.commit('a prompt, a link to it and a dangling link', '2026-02-01').code).toBe(0);
  const init = adopter.cli(['init']);
  expect(init.code, init.stderr).toBe(0);
}, 120_000);
afterAll(() => adopter?.cleanup());

const expectDanglingNamed = (said: string) => {
  expect(said).toContain('prompts/support/policy.md: is a symbolic link to prompts/support/old-policy.md, which is not in the commit (a dangling link)');
  expect(said).toContain("git rm 'prompts/support/policy.md'");
  expect(said).not.toContain("readlink -f 'prompts/support/policy.md'");
  expect(said).not.toContain('records prompts/support/old-policy.md as a prompt');
  // A link whose target is there keeps its words.
  expect(said).toContain('prompts/support/alias.md: is a symbolic link to prompts/support/refund.md; skipped (promptvault records prompts/support/refund.md as a prompt');
};

describe('a dangling link under a prompt glob, before adoption', () => {
  it('backfill replaying the commit that added it names it dangling', () => {
    const repo = copyRepo(adopter);
    try {
      const backfill = repo.cli(['backfill']);
      expect(backfill.code, backfill.stderr).toBe(0);
      expectDanglingNamed(backfill.stderr);
    } finally {
      repo.cleanup();
    }
  });

  it('backfill --from a commit whose tree holds it, and check after the adoption commit, name it dangling', () => {
    const repo = copyRepo(adopter);
    try {
      const backfill = repo.cli(['backfill', '--from', 'HEAD']);
      expect(backfill.code, backfill.stderr).toBe(0);
      expectDanglingNamed(backfill.stderr);
      expect(repo.commit('Adopt promptvault', '2026-02-02', { add: true, env: { HUSKY: '0' } }).code).toBe(0);
      const check = repo.cli(['check']);
      expectDanglingNamed(check.stdout + check.stderr);
      expect(check.code, check.stdout + check.stderr).not.toBe(70);
    } finally {
      repo.cleanup();
    }
  });
});
