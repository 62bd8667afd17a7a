// `check` names the commit that skipped the hook for prompt files whose paths git quotes in its
// plain listings (a double quote, a tab) as for any other. One repository.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const WEB = as('web-flow', 'noreply@github.com');
const FILES = ['prompts/say "hi".md', 'prompts/tab\there.md', 'prompts/café.md'];
const text = (body: string) => promptFile({ name: 'p', description: 'A prompt' }, body);

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
  for (const file of FILES) repo.write(file, text('First.'));
  const added = repo.commit('add prompts', '2026-04-01');
  expect(added.code, added.stderr).toBe(0);
  for (const file of FILES) repo.write(file, text('Edited on the web.'));
  expect(repo.commit('Update prompts', '2026-04-02', { args: ['--no-verify'], env: WEB }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('check names the commit that skipped the hook whatever characters the path holds', () => {
  it('each file\'s problem names the web edit', () => {
    const result = repo.cli(['check']);
    expect(result.code, result.stderr).toBe(1);
    const commit = repo.git(['rev-parse', 'HEAD']).stdout.trim().slice(0, 12);
    const named = result.stdout.split('\n').filter((line) => line.includes(`last changed in commit ${commit} by web-flow <noreply@github.com> on 2026-04-02 ("Update prompts")`));
    expect(named, result.stdout).toHaveLength(FILES.length);
  });
});
