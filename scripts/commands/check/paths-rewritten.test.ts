// A history rewrite that moves the prompts folder in every commit (git filter-repo --path-rename,
// here filter-branch's index filter, which does the same) runs no hook: no commit deletes a prompt
// and no glob takes the moved files. check said "0 prompts ... ok" (session 28, J); it now warns,
// naming where the texts went and the glob that takes them, and a prompt deleted through the hook
// (its path in history) is not named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, NO_HOOKS, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let rewritten: TestRepo;
beforeAll(() => {
  rewritten = createRepo();
  for (const name of ['refund', 'triage', 'escalate']) {
    rewritten.write(`prompts/support/${name}.md`, promptFile({ title: name }, `You handle the ${name} step of a support ticket and cite the policy you apply.`));
  }
  expect(rewritten.commit('three support prompts', '2026-01-02').code).toBe(0);
  rewritten.write('prompts/support/refund.md', promptFile({ title: 'refund' }, 'You handle refunds up to $100 and cite the policy you apply.'));
  rewritten.remove('prompts/support/escalate.md');
  expect(rewritten.commit('tighten refunds, drop escalate', '2026-01-03').code).toBe(0);
  const filter = 'git ls-files -s | sed "s#\tprompts/#\tai/prompts/#" | GIT_INDEX_FILE=$GIT_INDEX_FILE.new git update-index --index-info && if [ -f "$GIT_INDEX_FILE.new" ]; then mv "$GIT_INDEX_FILE.new" "$GIT_INDEX_FILE"; fi';
  const result = rewritten.git([...NO_HOOKS, 'filter-branch', '-f', '--index-filter', filter, 'HEAD'], { env: { FILTER_BRANCH_SQUELCH_WARNING: '1' } });
  expect(result.code, result.stderr).toBe(0);
  // As git filter-repo leaves it: no backup ref, the old commits unreachable.
  expect(rewritten.git(['update-ref', '-d', 'refs/original/refs/heads/main']).code).toBe(0);
}, 120_000);
afterAll(() => rewritten?.cleanup());

describe('check after a history rewrite moved the prompts folder', () => {
  it('warns that the recorded prompts are in no commit of the branch, naming where their texts are and the glob', () => {
    const checked = rewritten.cli(['check']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('0 prompts');
    const warning = checked.stderr.replace(/\s+/g, ' ');
    // escalate, deleted through the hook before the rewrite, had its path rewritten in history too.
    expect(warning).toContain('prompts/support/: 3 recorded prompt(s) (support/escalate, support/refund, support/triage) were last recorded in prompts/support/, which no commit of this branch holds');
    expect(warning).toContain('this commit holds their last recorded text at ai/prompts/support/refund.md, ai/prompts/support/triage.md');
    expect(warning).toContain("prompts: ['ai/prompts/**/*.md']");
  });

  it('says nothing once the globs follow the folder, and the next edit goes on from the last version', () => {
    const repo = copyRepo(rewritten);
    try {
      repo.write('.promptvault.yaml', "prompts: ['ai/prompts/**/*.md']\n");
      expect(repo.commit('follow the rewrite', '2026-01-04').code).toBe(0);
      const checked = repo.cli(['check']);
      expect(checked.code, checked.stderr).toBe(0);
      expect(checked.stderr).not.toContain('no commit of this branch holds');
      expect(checked.stdout).toContain('2 prompts');
      repo.write('ai/prompts/support/refund.md', promptFile({ title: 'refund' }, 'You handle refunds up to $80 and cite the policy you apply.'));
      expect(repo.commit('lower the refund limit', '2026-01-05').stderr).toMatch(/support\/refund v3·[0-9a-f]{6} \(edit from support\/refund@v2/);
    } finally {
      repo.cleanup();
    }
  });

  it('names no prompt deleted through the hook on a branch never rewritten', () => {
    const repo = createRepo();
    try {
      repo.write('prompts/a.md', promptFile({ title: 'A' }, 'You answer briefly.'));
      expect(repo.commit('a', '2026-01-02').code).toBe(0);
      repo.remove('prompts/a.md');
      expect(repo.commit('drop a', '2026-01-03').code).toBe(0);
      const checked = repo.cli(['check']);
      expect(checked.code, checked.stderr).toBe(0);
      expect(checked.stderr).not.toContain('no commit of this branch holds');
    } finally {
      repo.cleanup();
    }
  });
});
