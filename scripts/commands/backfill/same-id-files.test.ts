// Two files giving one id (prompts/a.md and prompts/a.prompt under globs matching both), committed
// without the hook: the hook refuses every commit that adds or edits either (`id-duplicate`), so
// it records no version of that id from them. Backfill replaying the same history must not
// record the id from each file in turn (a lineage alternating between two texts): it records
// none from those commits and names the problem with the commits it spans, as check warns of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { backfill } from './index.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md', 'prompts/**/*.prompt']\n");
  repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Markdown text one.'));
  expect(repo.commit('add a.md', '2026-01-02').code).toBe(0);
  repo.write('prompts/a.prompt', '---\nmodel: x\n---\nDotprompt text one.\n');
  expect(repo.commit('add a.prompt', '2026-01-03').code).toBe(0);
  repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Markdown text two.'));
  expect(repo.commit('edit a.md', '2026-01-04').code).toBe(0);
  repo.write('prompts/a.prompt', '---\nmodel: x\n---\nDotprompt text two.\n');
  expect(repo.commit('edit a.prompt', '2026-01-05').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('backfill of a history where two files give one id', () => {
  it('records the id from its one file until the second appears, then no version from either, and names the problem', async () => {
    const result = await backfill({ cwd: repo.dir });
    expect(repo.commit('Backfill', '2026-01-06', { env: { HUSKY: '0' } }).code).toBe(0);
    const log = repo.cli(['log', 'a', '--json']);
    expect(log.code, log.stderr).toBe(0);
    const versions = (JSON.parse(log.stdout) as { checkpoint: { version: number; path: string } }[]).map((v) => `${v.checkpoint.version} ${v.checkpoint.path}`);
    expect(versions).toEqual(['1 prompts/a.md']);
    expect(result.problems.map((p) => p.code)).toContain('id-duplicate');
  });
});
