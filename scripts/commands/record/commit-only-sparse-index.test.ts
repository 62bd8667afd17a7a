// `git commit <path>` (or `--only`, what VS Code and JetBrains run) in a sparse checkout with a
// sparse index. git runs the hook on a temporary index and keeps the real one as index.lock,
// which it installs after the commit; the hook stages the records in both (lib/git/index.ts,
// stageFiles). Record files left on disk outside the cone with a changed stat ("not up to date
// and were left despite sparse patterns") kept vault/ from being folded into one sparse entry,
// and `update-index` writing that lock as a sparse index left a cache-tree naming a tree it never
// stored: the first `git fsck` after the commit said "missing tree" (session 33). Written as a full
// index instead, which git folds again on its next write.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const text = (name: string, extra = '') => promptFile({ title: name }, `Answer the customer about ${name}${extra}.`);

beforeAll(() => {
  repo = createRepo();
  for (const name of ['support/refund', 'support/shipping', 'billing/invoice']) repo.write(`prompts/${name}.md`, text(name));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  // The records' files touched on disk: their stat no longer matches the index.
  const later = new Date('2026-01-03T00:00:00Z');
  for (const file of repo.git(['ls-files', 'vault']).stdout.trim().split('\n')) fs.utimesSync(path.join(repo.dir, file), later, later);
  const sparse = repo.git(['sparse-checkout', 'set', '--cone', '--sparse-index', 'prompts/support', '.husky']);
  expect(sparse.code, sparse.stderr).toBe(0);
  expect(sparse.stderr).toContain('not up to date and were left despite sparse patterns');
});
afterAll(() => repo?.cleanup());

describe('`git commit <path>` with another prompt staged, in a sparse checkout with a sparse index', () => {
  it('records the named prompt, keeps the staged one staged, and leaves an index git fsck finds whole', () => {
    repo.write('prompts/support/refund.md', text('support/refund', ', kindly'));
    repo.write('prompts/support/shipping.md', text('support/shipping', ', with the tracking link'));
    expect(repo.git(['add', 'prompts/support/shipping.md']).code).toBe(0);
    const committed = repo.git(['commit', '-q', '-m', 'refund only', '--only', 'prompts/support/refund.md'], { date: '2026-01-04' });
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/support\/refund v2/);
    const fsck = repo.git(['fsck', '--no-dangling']);
    expect(fsck.code, fsck.stdout + fsck.stderr).toBe(0);
    expect(fsck.stdout + fsck.stderr).not.toContain('missing');
    expect(repo.git(['status', '--porcelain']).stdout).toBe('M  prompts/support/shipping.md\n');
    expect(repo.git(['diff', '--cached', '--name-only', 'HEAD']).stdout).toBe('prompts/support/shipping.md\n');
    expect(repo.cli(['check']).code).toBe(0);
  });
});
