// check's `recorded-path-rewritten` warning names recorded prompts whose path no commit of the
// branch holds (a history rewrite moved their folder). Merges that only add prompts rewrite
// nothing, and must never set it off: a side branch that added a prompt and deleted it again
// through the hook (the merge's tree then matches the first parent there, and git's history
// simplification skipped the side), and a prompt a merge commit added itself (a file written
// while resolving it; git log shows a merge's files only when asked) and later deleted. Each with
// a few deleted prompts (literal pathspecs) and more than eight (one walk of every addition), in a
// folder of their own (`agents/`: the warning leaves out a folder where a live prompt was last
// recorded, so in `prompts/` beside live prompts none of this showed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const REWRITTEN = 'no commit of this branch holds';
const prompt = (name: string) => promptFile({ title: name }, `You handle the ${name} step of a support ticket and cite the policy you apply.`);
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);

/** A main branch with one prompt, then `side` adding the prompts `added`, deleting them again, adding one more, merged with --no-ff. */
function sideAddedAndDeleted(added: string[]): TestRepo {
  const repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md', 'agents/**/*.md']\n");
  repo.write('prompts/base.md', prompt('base'));
  expect(repo.commit('base prompt', '2026-01-02').code).toBe(0);
  expect(repo.git(['checkout', '-q', '-b', 'side']).code).toBe(0);
  for (const name of added) repo.write(`agents/${name}.md`, prompt(name));
  expect(repo.commit('side prompts', '2026-01-03').code).toBe(0);
  for (const name of added) repo.remove(`agents/${name}.md`);
  expect(repo.commit('side prompts dropped', '2026-01-04').code).toBe(0);
  repo.write('prompts/side/kept.md', prompt('kept'));
  expect(repo.commit('one side prompt kept', '2026-01-05').code).toBe(0);
  expect(repo.git(['checkout', '-q', 'main']).code).toBe(0);
  repo.write('prompts/main.md', prompt('main'));
  expect(repo.commit('a main prompt', '2026-01-06').code).toBe(0);
  const merged = repo.git(['merge', '--no-ff', '-q', '-m', 'merge side', 'side'], { date: '2026-01-07' });
  expect(merged.code, merged.stderr).toBe(0);
  return repo;
}

/** A merge that adds the prompts `added` itself (written before `git commit` ends it), which main deletes later through the hook. */
function mergeAddedThenDeleted(added: string[]): TestRepo {
  const repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md', 'agents/**/*.md']\n");
  repo.write('prompts/base.md', prompt('base'));
  expect(repo.commit('base prompt', '2026-01-02').code).toBe(0);
  expect(repo.git(['checkout', '-q', '-b', 'side']).code).toBe(0);
  repo.write('prompts/side.md', prompt('side'));
  expect(repo.commit('a side prompt', '2026-01-03').code).toBe(0);
  expect(repo.git(['checkout', '-q', 'main']).code).toBe(0);
  repo.write('prompts/main.md', prompt('main'));
  expect(repo.commit('a main prompt', '2026-01-04').code).toBe(0);
  const stopped = repo.git(['merge', '--no-ff', '--no-commit', '-q', 'side'], { date: '2026-01-05' });
  expect(stopped.code, stopped.stderr).toBe(0);
  for (const name of added) repo.write(`agents/${name}.md`, prompt(name));
  const merged = repo.commit('merge side, with prompts of its own', '2026-01-05');
  expect(merged.code, merged.stderr).toBe(0);
  expect(repo.git(['rev-list', '--parents', '-n', '1', 'HEAD']).stdout.trim().split(' ')).toHaveLength(3);
  for (const name of added) repo.remove(`agents/${name}.md`);
  expect(repo.commit('merge prompts dropped', '2026-01-06').code).toBe(0);
  return repo;
}

const repos: TestRepo[] = [];
const cases: Record<string, TestRepo> = {};
beforeAll(() => {
  cases['side, 1'] = sideAddedAndDeleted(['gone']);
  cases['side, 9'] = sideAddedAndDeleted(names('gone', 9));
  cases['merge, 1'] = mergeAddedThenDeleted(['resolved']);
  cases['merge, 9'] = mergeAddedThenDeleted(names('resolved', 9));
  repos.push(...Object.values(cases));
}, 240_000);
afterAll(() => {
  for (const repo of repos) repo.cleanup();
});

describe('check after merges that only add prompts', () => {
  it.each(['side, 1', 'side, 9'])('names no prompt a merged side branch added and deleted (%s)', (name) => {
    const checked = cases[name]!.cli(['check']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stderr).not.toContain(REWRITTEN);
  });

  it.each(['merge, 1', 'merge, 9'])('names no prompt the merge commit added, deleted since (%s)', (name) => {
    const checked = cases[name]!.cli(['check']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stderr).not.toContain(REWRITTEN);
  });
});
