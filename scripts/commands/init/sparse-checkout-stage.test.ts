// A team adopting in a sparse checkout whose cone leaves vault/ out (the root README allows it:
// the hook stages its records there all the same). init writes vault/README.md there, and a plain
// `git add vault/README.md` is refused by git ("outside of your sparse-checkout definition"), so
// the adoption commit left it untracked. init's closing line now says `git add --sparse`.
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

describe('init in a sparse checkout whose cone leaves out vault/', () => {
  it('names a git add that stages every file it wrote, and the adoption commit leaves nothing untracked', () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'You help with refunds and confirm the order number.'));
    repo.write('docs/guide.md', '# Guide\n');
    expect(repo.commit('the prompts we have', '2026-01-02').code).toBe(0);
    expect(repo.git(['sparse-checkout', 'set', '--cone', 'prompts', 'codex', '.husky']).code).toBe(0);

    const init = repo.cli(['init']);
    expect(init.code, init.stdout + init.stderr).toBe(0);
    const add = /^promptvault init: done\. Stage these files: git add (--sparse .+)$/m.exec(init.stdout);
    expect(add, init.stdout).not.toBeNull();
    const staged = repo.git(['add', ...add![1]!.split(' ')]);
    expect(staged.code, staged.stderr).toBe(0);

    const backfill = repo.cli(['backfill']);
    expect(backfill.code, backfill.stdout + backfill.stderr).toBe(0);
    // The test repository has no node_modules for init's husky hooks to run: the commit is made without them.
    const adopted = repo.commit('Adopt promptvault', '2026-01-03', { add: false, args: ['--no-verify'] });
    expect(adopted.code, adopted.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout).toBe('');
    expect(repo.git(['ls-tree', '--name-only', 'HEAD', 'vault/README.md']).stdout.trim()).toBe('vault/README.md');
    expect(repo.cli(['check']).code).toBe(0);
  });
});
