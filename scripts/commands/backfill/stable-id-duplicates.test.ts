// A front-matter `id` two prompts give, committed without the hook: backfill names the clash as
// the hook would have, at the commit that brings the second file, whether the first is unchanged
// there or was renamed before; and after the first is deleted the id is free again. It finds them
// from each blob's id lines (read once a run), not by searching every source text at each commit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { backfill } from './index.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'shared' }, 'Answer billing questions.'));
  repo.write('prompts/plain.md', promptFile({ title: 'Plain' }, 'Answer any question.'));
  expect(repo.commit('add alpha', '2026-01-02').code).toBe(0);
  repo.move('prompts/alpha.md', 'prompts/archive/alpha.md');
  expect(repo.commit('archive alpha', '2026-01-03').code).toBe(0);
  repo.write('prompts/beta.md', promptFile({ title: 'Beta', id: 'shared' }, 'Answer shipping questions.'));
  expect(repo.commit('add beta', '2026-01-04').code).toBe(0);
  repo.remove('prompts/archive/alpha.md');
  repo.remove('prompts/beta.md');
  expect(repo.commit('remove both', '2026-01-05').code).toBe(0);
  repo.write('prompts/gamma.md', promptFile({ title: 'Gamma', id: 'shared' }, 'Answer refund questions.'));
  expect(repo.commit('add gamma', '2026-01-06').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('backfill of a history where two prompts gave one front-matter id', () => {
  it('names the clash with the renamed prompt, and none once both are gone', async () => {
    const result = await backfill({ cwd: repo.dir });
    const clashes = result.problems.filter((problem) => problem.code === 'id-duplicate').map((problem) => `${problem.file}: ${problem.message}`);
    expect(clashes.some((clash) => clash.includes('front matter id "shared" is already used by prompts/archive/alpha.md'))).toBe(true);
    expect(clashes.some((clash) => clash.startsWith('prompts/gamma.md'))).toBe(false);
  });
});
