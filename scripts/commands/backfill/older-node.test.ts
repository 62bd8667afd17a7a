// `backfill` on a Node that package.json's engines allow but that has no process.threadCpuUsage
// (22.12 to 23.8): it read its replay's and its measuring thread's CPU with it and ended with exit
// 70 ("process.threadCpuUsage is not a function") before replaying a commit. The CLI runs here with
// the function removed from every thread (NODE_OPTIONS reaches the measuring thread too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const WITHOUT_THREAD_CPU = { NODE_OPTIONS: '--import=data:text/javascript,delete%20process.threadCpuUsage' };

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with a refund.'));
  expect(repo.commit('add refund', '2026-01-02').code).toBe(0);
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with a refund of up to $50.'));
  expect(repo.commit('edit refund', '2026-01-03').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('backfill on a Node without process.threadCpuUsage', () => {
  it('records every commit instead of ending with an internal error', () => {
    const probe = repo.cli(['--version'], { env: WITHOUT_THREAD_CPU });
    expect(probe.code, probe.stderr).toBe(0);
    const run = repo.cli(['backfill'], { env: WITHOUT_THREAD_CPU });
    expect(run.stderr).not.toMatch(/internal error|threadCpuUsage/);
    expect(run.code, run.stderr).toBe(0);
    // Both versions of the prompt recorded (backfill stages what it writes).
    const staged = repo.git(['ls-files', 'vault']).stdout.split('\n').filter((file) => file.includes('checkpoints/'));
    expect(staged.length, staged.join('\n')).toBe(2);
  });
});
