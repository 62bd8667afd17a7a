// A damaged repository (a loose object lost: a disk error, a copy cut short, a hand-made cleanup)
// is the user's to mend, not promptvault's bug: a blob git cannot find is named (its id, and its
// path where promptvault knows it) with `git fsck` as the way to see what else is lost, and ends
// in exit 1 (a failing state), not the exit 70 of an unexpected error.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let base: TestRepo;
beforeAll(() => {
  base = createRepo();
  base.write('prompts/seed.md', promptFile({ title: 'Seed' }, 'Answer any question.'));
  expect(base.commit('seed', '2026-01-01').code).toBe(0);
  // The hook keeps the list of stable ids from here (complete for the seed commit).
  base.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions.'));
  expect(base.commit('alpha', '2026-01-02').code).toBe(0);
  // Not seen by the hook: the list of stable ids is still the first commit's.
  base.write('prompts/beta.md', promptFile({ title: 'Beta', id: 'beta' }, 'Answer shipping questions.'));
  expect(base.commit('beta', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
});
afterAll(() => base?.cleanup());

/** Deletes the loose object of `file`'s blob at HEAD; its id. */
function loseBlob(repo: TestRepo, file: string): string {
  const oid = repo.git(['rev-parse', `HEAD:${file}`]).stdout.trim();
  fs.rmSync(path.join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
  return oid;
}

describe('a blob missing from the repository is named with git fsck, exit 1', () => {
  it('in the hook, when the list of stable ids reads the lost blob at its path', () => {
    const repo = copyRepo(base);
    try {
      const oid = loseBlob(repo, 'prompts/beta.md');
      // An unstaged edit of beta: the list reads a prompt from the work tree only where the file
      // there is the blob (session 33), so here it must read the lost object itself.
      repo.write('prompts/beta.md', promptFile({ title: 'Beta', id: 'beta' }, 'Answer shipping questions, and returns.'));
      repo.write('prompts/gamma.md', promptFile({ title: 'Gamma', id: 'gamma' }, 'Answer refund questions.'));
      // Only gamma staged: `git add -A` would write beta's object again from the work tree.
      expect(repo.git(['add', 'prompts/gamma.md']).code).toBe(0);
      const result = repo.commit('gamma', '2026-01-04', { add: false });
      const output = result.stdout + result.stderr;
      expect(result.code, output).toBe(1);
      expect(output).toContain(`git object ${oid} (prompts/beta.md) is missing from the repository`);
      expect(output).toContain('git fsck');
      expect(output).not.toMatch(/bug in promptvault|at .*\.ts:\d+/);
    } finally {
      repo.cleanup();
    }
  });

  it('in check, which reads every prompt', () => {
    const repo = copyRepo(base);
    try {
      const oid = loseBlob(repo, 'prompts/alpha.md');
      const result = repo.cli(['check']);
      const output = result.stdout + result.stderr;
      expect(result.code, output).toBe(1);
      expect(output).toContain(`git object ${oid} (prompts/alpha.md) is missing from the repository`);
      expect(output).toContain('git fsck');
    } finally {
      repo.cleanup();
    }
  });
});
