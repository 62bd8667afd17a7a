// Backfill's progress line is printed once per state: a history whose last (or only) commit took
// over a second to replay printed "1/1 commits" twice, from the replay loop and again at the end.
// The clock is stepped by the test (two seconds a reading), so every commit is slow enough.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { backfill, type BackfillProgress } from './index.ts';

let one: TestRepo;
let three: TestRepo;
beforeAll(() => {
  one = createRepo({ hooks: false });
  one.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with a refund.'));
  expect(one.commit('add refund', '2026-01-02').code).toBe(0);
  three = createRepo({ hooks: false });
  three.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with a refund.'));
  expect(three.commit('add refund', '2026-01-02').code).toBe(0);
  three.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with a refund of up to $50.'));
  expect(three.commit('edit refund', '2026-01-03').code).toBe(0);
  three.write('prompts/faq.md', promptFile({ title: 'FAQ' }, 'Answer questions.'));
  expect(three.commit('add faq', '2026-01-04').code).toBe(0);
});
afterAll(() => {
  one?.cleanup();
  three?.cleanup();
});

/** A clock two seconds later at each reading. */
function slowClock(): () => number {
  let now = 0;
  return () => (now += 2000);
}

describe('backfill progress', () => {
  it('reports a one-commit history that took over a second once, not twice', async () => {
    const seen: BackfillProgress[] = [];
    await backfill({ cwd: one.dir, onProgress: (p) => seen.push(p), progressClock: slowClock(), measureThreads: 0 });
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(['1/1']);
  });

  it('reports each commit of a longer slow history once, the last at the end', async () => {
    const seen: BackfillProgress[] = [];
    await backfill({ cwd: three.dir, onProgress: (p) => seen.push(p), progressClock: slowClock(), measureThreads: 0 });
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(['1/3', '2/3', '3/3']);
  });
});
