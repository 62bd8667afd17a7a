// `promptvault diff` of two versions rewritten from end to end, 30,000 lines each: the quadratic
// LCS table (3.6 GB) ran out of memory and exited 70. One repository, built through the real hook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const LINES = 30_000;
let repo: TestRepo;

beforeAll(() => {
  repo = createRepo();
  const body = (word: string) => Array.from({ length: LINES }, (_, i) => `${word} ${i}`).join('\n');
  repo.write('prompts/runbook.md', promptFile({ name: 'runbook' }, body('Old')));
  const added = repo.commit('add runbook', '2026-04-01');
  expect(added.code, added.stderr + added.stdout).toBe(0);
  repo.write('prompts/runbook.md', promptFile({ name: 'runbook' }, body('New')));
  expect(repo.commit('rewrite runbook', '2026-04-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('diff of two completely different 30,000-line versions', () => {
  it('prints every line deleted then added in one hunk, exit 0 (not 70)', () => {
    const result = repo.cli(['diff', 'runbook@1', 'runbook@2']);
    expect(result.code, result.stderr.slice(0, 2000)).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('-Old ')).length).toBe(LINES);
    expect(lines.filter((line) => line.startsWith('+New ')).length).toBe(LINES);
    expect(lines.filter((line) => line.startsWith('@@'))).toHaveLength(1);
    expect(lines.findIndex((line) => line.startsWith('+New '))).toBeGreaterThan(lines.findLastIndex((line) => line.startsWith('-Old ')));
  });
});
