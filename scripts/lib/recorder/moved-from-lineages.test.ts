import { afterAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

// A commit editing prompts that were moved earlier reads the lineages of the ids they were moved
// from (a merge may join versions made there; a text from before the move is a revert). Read one
// prompt at a time, each was a listing of record folders by a git process of its own: at 10,000
// prompts with the whole history recorded, a 50-prompt commit ran six more. They are read in one.

const { listings } = vi.hoisted(() => ({ listings: [] as string[][] }));
vi.mock('../git/index.ts', async (importOriginal) => {
  const git = await importOriginal<typeof import('../git/index.ts')>();
  return {
    ...git,
    readTreeFolders: (...args: Parameters<typeof git.readTreeFolders>) => {
      listings.push(args[1].folders);
      return git.readTreeFolders(...args);
    },
  };
});
const { record } = await import('../../commands/record/index.ts');

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

describe('the ids edited prompts were moved from', () => {
  it('are read in one listing for the whole commit, and the edits continue the moved lineages', async () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write('prompts/refund.md', 'Refund the order when the customer asks within 30 days.\n');
    repo.write('prompts/greeting.md', 'Greet the customer by name.\n');
    expect(repo.commit('add two prompts', '2026-01-02').code).toBe(0);
    repo.move('prompts/refund.md', 'prompts/support/refund.md');
    repo.move('prompts/greeting.md', 'prompts/support/greeting.md');
    expect(repo.commit('move both into support', '2026-01-03').code).toBe(0);
    repo.write('prompts/support/refund.md', 'Refund the order when the customer asks within 14 days.\n');
    repo.write('prompts/support/greeting.md', 'Greet the customer by first name.\n');
    expect(repo.git(['add', '-A']).code).toBe(0);

    listings.length = 0;
    const result = await record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-04T00:00:00Z' }) });
    expect(result.versions.map((v) => [v.prompt, v.kind, v.parents])).toEqual([
      ['support/greeting', 'edit', ['support/greeting@2']],
      ['support/refund', 'edit', ['support/refund@2']],
    ]);
    const oldIds = /^vault\/(?:mutations|checkpoints)\/(?:refund|greeting)\/?$/;
    const ofOldIds = listings.filter((folders) => folders.some((folder) => oldIds.test(folder)));
    expect(ofOldIds).toHaveLength(1);
    expect(ofOldIds[0]!.filter((folder) => oldIds.test(folder)).sort()).toEqual([
      'vault/checkpoints/greeting/', 'vault/checkpoints/refund/', 'vault/mutations/greeting/', 'vault/mutations/refund/',
    ]);
  });
});

describe('the record folders of a commit', () => {
  it('are read through one git cat-file process, the moved-from ids\' after the staged prompts\' ones', async () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write('prompts/refund.md', 'Refund the order when the customer asks within 30 days.\n');
    expect(repo.commit('add a prompt', '2026-01-02').code).toBe(0);
    repo.move('prompts/refund.md', 'prompts/support/refund.md');
    expect(repo.commit('move it into support', '2026-01-03').code).toBe(0);
    repo.write('prompts/support/refund.md', 'Refund the order when the customer asks within 14 days.\n');
    expect(repo.git(['add', '-A']).code).toBe(0);

    // git's own trace of the processes the hook starts (each git command names itself once).
    const trace = path.join(repo.dir, '..', `trace-${path.basename(repo.dir)}.txt`);
    listings.length = 0;
    const result = await record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-04T00:00:00Z', GIT_TRACE: trace }) });
    expect(result.versions.map((v) => [v.prompt, v.kind, v.parents])).toEqual([['support/refund', 'edit', ['support/refund@2']]]);
    // Two reads of record folders: the staged prompt's, then the id it was moved from.
    expect(listings).toHaveLength(2);
    const catFiles = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / git cat-file --batch$/.test(line));
    fs.rmSync(trace);
    expect(catFiles).toHaveLength(1);
  });
});
