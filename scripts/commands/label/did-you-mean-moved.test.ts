import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// newcomer37's leftover: a typo in a label's prompt id was answered with the id the prompt had
// before its move ("Did you mean "support/refund"?" of a prompt since moved to support/refunds),
// and the recorded ids listed both names. The nearest ids are named as they are now.

const repo = createRepo();
afterAll(() => repo.cleanup());
repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with a refund.'));
repo.write('prompts/faq.md', promptFile({ title: 'FAQ' }, 'Answer questions.'));
const added = repo.commit('add prompts', '2026-01-02');
repo.git(['mv', 'prompts/support/refund.md', 'prompts/support/refunds.md']);
const moved = repo.commit('refund: rename to refunds', '2026-01-03');

describe('label set with a mistyped id of a moved prompt', () => {
  it('suggests the id the prompt has now, not the one it was moved from, and lists the ids of now', () => {
    expect(added.code, added.stderr).toBe(0);
    expect(moved.code, moved.stderr).toBe(0);
    const refused = repo.cli(['label', 'set', 'production', 'support/refnd@1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no recorded prompt has the id "support/refnd". Did you mean "support/refunds"? Recorded prompts: faq, support/refunds');
    expect(refused.stderr).not.toContain('"support/refund"');
    expect(refused.stderr).not.toContain('support/refund,');
    // The suggestion works: the version is found across the move.
    const set = repo.cli(['label', 'set', 'production', 'support/refunds@1']);
    expect(set.code, set.stderr).toBe(0);
    expect(repo.git(['reset', '-q', '--hard']).code).toBe(0);
  });
});
