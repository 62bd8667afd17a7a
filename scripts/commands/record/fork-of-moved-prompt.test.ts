import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// A newcomer forks a prompt by the id it had before a move (vip, since renamed vip-customers).
// The hook's "e.g." named a sibling, "customer-support/tier-one/closing": in long ids every
// sibling is near by edit distance, and the shortest last segment won.

const repo = createRepo();
afterAll(() => repo.cleanup());

describe('forked_from naming the id a prompt had before its move', () => {
  it('is blocked with the moved prompt as the example, not a sibling nor the fork itself', () => {
    repo.write('prompts/customer-support/tier-one/vip.md', promptFile({ title: 'VIP' }, 'Treat VIP customers with care.'));
    repo.write('prompts/customer-support/tier-one/closing.md', promptFile({ title: 'Closing' }, 'Close the conversation politely.'));
    expect(repo.commit('prompts', '2026-01-01').code).toBe(0);
    expect(repo.git(['mv', 'prompts/customer-support/tier-one/vip.md', 'prompts/customer-support/tier-one/vip-customers.md']).code).toBe(0);
    expect(repo.commit('rename vip', '2026-01-02').code).toBe(0);
    repo.write('prompts/customer-support/tier-one/vip-refunds.md', promptFile({ title: 'VIP refunds', forked_from: 'customer-support/tier-one/vip' }, 'Be generous with VIP refunds.'));
    const commit = repo.commit('fork vip', '2026-01-03');
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('prompts/customer-support/tier-one/vip-refunds.md:3: forked_from names "customer-support/tier-one/vip", but no prompt has that id');
    expect(commit.stderr).toContain('expected: an existing prompt id, e.g. "customer-support/tier-one/vip-customers"');
  });
});
