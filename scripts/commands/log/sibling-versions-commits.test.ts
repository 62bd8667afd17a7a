import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { log } from './index.ts';

// A branch and main that each edited a prompt from one commit give two versions with the same
// commit_parents. `backfill` writes both records into the adoption commit, so only the text tells
// which commit made which: `log` named both by the first of the two commits (sorted by id), one of
// them with the other branch's commit and subject.

let repo: TestRepo;
const refund = (body: string) => promptFile({ title: 'Refund' }, body);

beforeAll(() => {
  repo = createRepo({ hooks: false });
  const ok = (result: { code: number; stderr: string }) => expect(result.code, result.stderr).toBe(0);
  repo.write('prompts/support/refund.md', refund('Apologise, confirm the order number.\n\nExplain the policy.\n\nStep one.'));
  ok(repo.commit('add the refund prompt', '2026-02-01'));
  ok(repo.git(['checkout', '-q', '-b', 'feature']));
  repo.write('prompts/support/refund.md', refund('Apologise sincerely, confirm the order number.\n\nExplain the policy.\n\nStep one.'));
  ok(repo.commit('Warmer refund opening', '2026-02-02'));
  ok(repo.git(['checkout', '-q', 'main']));
  repo.write('prompts/support/refund.md', refund('Apologise, confirm the order number.\n\nExplain the policy.\n\nThe last step.'));
  ok(repo.commit('Shorter refund words', '2026-02-03'));
  ok(repo.git(['merge', '-q', '--no-edit', 'feature'], { date: '2026-02-04' }));
  ok(repo.cli(['backfill']));
  ok(repo.commit('Adopt promptvault', '2026-02-05', { add: false }));
});
afterAll(() => repo?.cleanup());

describe('log after backfill of two versions made from one parent commit', () => {
  it('names each version by the commit whose file holds its text, with that commit\'s subject', async () => {
    const entries = await log({ cwd: repo.dir, prompt: 'support/refund' });
    const twos = entries.filter((entry) => entry.mutation.version === 2);
    expect(twos).toHaveLength(2);
    for (const entry of twos) {
      const text = repo.git(['show', `${entry.commit!.id}:prompts/support/refund.md`]).stdout;
      expect(text.includes('sincerely')).toBe(entry.commit!.subject === 'Warmer refund opening');
    }
    expect(twos.map((entry) => entry.commit!.subject).sort()).toEqual(['Shorter refund words', 'Warmer refund opening']);
  });
});
