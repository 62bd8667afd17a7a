// After `git sparse-checkout init --cone` git removes husky's .husky/_ (ignored, in a folder out of
// the cone), and `set` with .husky brings back only the tracked hook files: commits then run no hook
// and git says nothing. The next promptvault command says it; `init --hooks` ends it. Real commits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const WARNING = 'promptvault: warning: git runs no hook here, so commits go unrecorded: core.hooksPath names ';
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
  expect(repo.commit('v1', '2026-01-01').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('husky\'s hooks folder removed by a sparse checkout', () => {
  it('a command with the hooks in place says nothing of them', () => {
    expect(repo.cli(['log', 'refund']).stderr).not.toContain(WARNING);
  });

  it('after `sparse-checkout init --cone` and `set prompts .husky`, the commit is silent but the next command says it', () => {
    expect(repo.git(['sparse-checkout', 'init', '--cone']).code).toBe(0);
    expect(repo.git(['sparse-checkout', 'set', 'prompts', '.husky']).code).toBe(0);
    expect(repo.exists('.husky/_')).toBe(false);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    const committed = repo.commit('kinder', '2026-01-02');
    expect(committed.code).toBe(0);
    expect(committed.stderr).not.toContain('promptvault');
    const logged = repo.cli(['log', 'refund']);
    expect(logged.code).toBe(0);
    expect(logged.stderr).toContain(`${WARNING}${repo.dir}/.husky/_, which does not exist: a sparse checkout removed it (\`git sparse-checkout init --cone\`, or a cone without .husky); \`npx promptvault doctor\` names the fix\n`);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(WARNING);
  });

  it('doctor and init name it themselves, without the warning; after `init --hooks` commands are quiet and commits recorded', () => {
    expect(repo.cli(['doctor']).stderr).not.toContain(WARNING);
    const init = repo.cli(['init', '--hooks']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).not.toContain(WARNING);
    expect(repo.cli(['record', '--all']).code).toBe(0);
    expect(repo.commit('record the unrecorded edit', '2026-01-03', { add: false }).code).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.stderr).not.toContain(WARNING);
  });
});
