// The part-of-speech tagger (`pos`, about 85 ms of CPU to load: pos-tagger-fs.ts) is loaded by
// the hook only when a clause change is read by a relation between acts (round 32a): a recording
// commit that changes prompts alone, or a clause whose plain frames read, never pays for it. The
// recorder runs here in this process (as the hook runs it), so the tagger's load is seen.
import { afterAll, describe, expect, it } from 'vitest';
import { record } from '../../commands/record/index.ts';
import { createRepo, fixedDate, type TestRepo } from '../../test-utils/repo.ts';
import { isPosTaggerLoaded as isTaggerLoaded } from './pos-tagger-fs.ts';
import { buildLongClause } from '../../test-utils/long-clause.ts';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const HEAD = '---\ntitle: Routes\ntone: formal\n---\n';

/**
 * A set-up commit: recorded here as the hook records it (the same records), then committed without
 * the hook, which would start a process of its own for it.
 */
async function recordedCommit(repo: TestRepo, message: string, date: string): Promise<void> {
  expect(repo.git(['add', '-A']).code).toBe(0);
  await record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: fixedDate(date) }) });
  expect(repo.git(['commit', '-q', '--no-verify', '-m', message], { date }).code).toBe(0);
}

describe('the tagger on the hook\'s path', () => {
  // First: the tagger, once loaded, stays loaded for the file's other tests.
  it('is not loaded by a figure changed in a long handbook whose rules around it are bans (issue 9)', async () => {
    const repo = createRepo();
    repos.push(repo);
    // The bench's handbook (120 of its 400 sentences): "Never log the refund request without a note ...; the CRM
    // rules apply." stands near "... within 14 days." -> "... within 30 days.", a sentence that
    // keeps no state, so no ban is read as said by one (_states-kept.ts) and nothing is tagged.
    const handbook = buildLongClause({ sentences: 120, edit: 'number' });
    expect(handbook.previous).toMatch(/\bNever \w+ /);
    repo.write('codex/handbook.md', `${HEAD}\n${handbook.previous}`);
    repo.write('prompts/support.md', '---\ntitle: Support\ncodex: [handbook]\n---\nAnswer the customer.\n');
    await recordedCommit(repo, 'add the handbook', '2026-01-02');

    repo.write('codex/handbook.md', `${HEAD}\n${handbook.next}`);
    expect(repo.git(['add', '-A']).code).toBe(0);
    const result = await record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-03T00:00:00Z' }) });
    expect(result.audits.map((audit) => [audit.clause, audit.regression_flag])).toEqual([['handbook', true]]);
    expect(isTaggerLoaded()).toBe(false);
  });

  it('is not loaded by commits that change prompts only, and is by a clause change read by a relation', async () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write('codex/routes.md', `${HEAD}Keep the delivery route from callers.\n`);
    repo.write('prompts/dispatch.md', 'You help the dispatch desk.\n');
    await recordedCommit(repo, 'add the clause and a prompt', '2026-01-02');

    repo.write('prompts/dispatch.md', 'You help the dispatch desk with routes.\n');
    expect(repo.git(['add', '-A']).code).toBe(0);
    const prompts = await record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-03T00:00:00Z' }) });
    expect(prompts.versions.map((version) => version.prompt)).toEqual(['dispatch']);
    expect(isTaggerLoaded()).toBe(false);
    expect(repo.git(['commit', '-q', '--no-verify', '-m', 'edit the prompt'], { date: '2026-01-03' }).code).toBe(0);

    // The ban said again plainly: the old sentence reads no plain frame, so its relation is read.
    repo.write('codex/routes.md', `${HEAD}Do not tell callers the delivery route.\n`);
    expect(repo.git(['add', '-A']).code).toBe(0);
    const clause = await record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-04T00:00:00Z' }) });
    expect(clause.audits.map((audit) => audit.clause)).toEqual(['routes']);
    expect(isTaggerLoaded()).toBe(true);
  });
});
