import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A monorepo team works in a sparse checkout of their own folder (`git sparse-checkout set --cone
// prompts`). The cone leaves .husky/ out: git removes its hook files, husky's .husky/_ with them,
// and every commit goes through unrecorded without a word. `init --hooks` alone is undone by the
// next `git sparse-checkout set` or `reapply`; the fix is to keep .husky in the cone.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));
// Both cases start from the same first commit through the hook, made once and copied; a copy's
// stat data is refreshed first (as any `git status` would), or sparse-checkout takes its files for
// modified and leaves them, .husky/ among them.
let template: TestRepo;
const copyOfTemplate = (): TestRepo => {
  const repo = copyRepo(template);
  repos.push(repo);
  expect(repo.git(['update-index', '-q', '--refresh']).code).toBe(0);
  return repo;
};
beforeAll(() => {
  template = createRepo();
  repos.push(template);
  template.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
  template.write('docs/guide.md', '# Guide\n');
  expect(template.commit('v1', '2026-01-01').code).toBe(0);
});

describe('a sparse checkout', () => {
  it('whose cone leaves out .husky: doctor says so and names the fix, after which commits are recorded again', () => {
    const repo = copyOfTemplate();
    expect(repo.git(['sparse-checkout', 'set', '--cone', 'prompts']).code).toBe(0);
    expect(repo.exists('.husky/_/pre-commit')).toBe(false);

    const doctor = repo.cli(['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`NO  ${repo.dir}/.husky/_ does not exist (this is a sparse checkout, and its cone leaves out .husky/): no hook runs`);
    expect(doctor.stdout).toContain("fix: add the hooks' folder to this sparse checkout, `git sparse-checkout add .husky` (a cone without it removes the hook files on every `git sparse-checkout set` or `reapply`), then run `npx promptvault init --hooks`");

    // What the fix says, and a later reapply keeps the hooks.
    expect(repo.git(['sparse-checkout', 'add', '.husky']).code).toBe(0);
    expect(repo.cli(['init', '--hooks']).code).toBe(0);
    expect(repo.git(['sparse-checkout', 'reapply']).code).toBe(0);
    const after = repo.cli(['doctor']);
    expect(after.code, after.stdout).toBe(0);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    const committed = repo.commit('kinder', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6} \(edit from refund@v1·[0-9a-f]{6}\)/);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('begun with `git sparse-checkout init --cone`, .husky then in the cone: doctor names the removal and `init --hooks`', () => {
    const repo = copyOfTemplate();
    // init's cone is the top folder's files alone: .husky/ goes, husky's ignored .husky/_ with it;
    // `set` brings back the tracked hook files only, and commits then run no hook, without a word.
    expect(repo.git(['sparse-checkout', 'init', '--cone']).code).toBe(0);
    expect(repo.git(['sparse-checkout', 'set', 'prompts', '.husky']).code).toBe(0);
    expect(repo.exists('.husky/pre-commit')).toBe(true);
    expect(repo.exists('.husky/_/pre-commit')).toBe(false);

    const doctor = repo.cli(['doctor']);
    expect(doctor.code).toBe(1);
    // Until session 33 it said the cone leaves out .husky/, and to add it: it is in.
    expect(doctor.stdout).toContain(`NO  ${repo.dir}/.husky/_ does not exist (this is a sparse checkout: .husky/ is in its cone now, but a cone that left it out before removed the folder, \`git sparse-checkout init --cone\` among them, and bringing it back restores only its tracked files): no hook runs`);
    expect(doctor.stdout).toContain('    fix: run `npx promptvault init --hooks`\n');
    expect(repo.cli(['init', '--hooks']).code).toBe(0);
    expect(repo.cli(['doctor']).code).toBe(0);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    const committed = repo.commit('kinder', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6} \(edit from refund@v1·[0-9a-f]{6}\)/);
  });
});
