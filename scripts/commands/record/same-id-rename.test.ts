// Two files giving one id (prompts/a.md and prompts/a.prompt, committed without the hook, which
// refuses that), then one renamed apart (prompts/a.md -> prompts/b.md) with the hook on: the id
// "a" stays with the file that still gives it, so b starts a lineage of its own (version 1, `new`)
// instead of taking a's lineage as a move while a lives on. Backfill replaying the same history
// records the same: hook and backfill agree, and check has no rename-from-live-prompt to warn of.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { backfill } from '../backfill/index.ts';

const CONFIG = "prompts: ['prompts/**/*.md', 'prompts/**/*.prompt']\n";
let hooked: TestRepo;
let replayed: TestRepo;

/** The history on `repo`: a.md, then a.prompt beside it without the hook, then a.md renamed to b.md. */
function history(repo: TestRepo, hookOnRename: boolean): void {
  repo.write('.promptvault.yaml', CONFIG);
  repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Markdown text of a.'));
  expect(repo.commit('add a.md', '2026-01-02').code).toBe(0);
  repo.write('prompts/a.prompt', '---\nmodel: x\n---\nDotprompt text of a.\n');
  expect(repo.commit('add a.prompt', '2026-01-03', { env: { HUSKY: '0' } }).code).toBe(0);
  repo.move('prompts/a.md', 'prompts/b.md');
  const renamed = repo.commit('rename a.md apart', '2026-01-04', hookOnRename ? {} : { env: { HUSKY: '0' } });
  expect(renamed.code, renamed.stdout + renamed.stderr).toBe(0);
}

function lineage(repo: TestRepo, id: string): string[] {
  const log = repo.cli(['log', id, '--json']);
  expect(log.code, log.stderr).toBe(0);
  return (JSON.parse(log.stdout) as { mutation: { prompt: string; kind: string }; checkpoint: { version: number; path: string } }[])
    .map((entry) => `${entry.mutation.prompt} v${entry.checkpoint.version} ${entry.mutation.kind} ${entry.checkpoint.path}`);
}

beforeAll(async () => {
  hooked = createRepo();
  history(hooked, true);
  replayed = createRepo({ hooks: false });
  history(replayed, false);
  await backfill({ cwd: replayed.dir });
  expect(replayed.commit('Backfill', '2026-01-05', { env: { HUSKY: '0' } }).code).toBe(0);
}, 180_000);
afterAll(() => {
  hooked?.cleanup();
  replayed?.cleanup();
});

describe('a file renamed apart from another file of the same id', () => {
  it('is recorded by the hook as a new prompt, not as a move of the id that lives on', () => {
    expect(lineage(hooked, 'b')).toEqual(['b v1 new prompts/b.md']);
    const check = hooked.cli(['check']);
    expect(check.stdout + check.stderr).not.toContain('rename-from-live-prompt');
  });

  it('is recorded the same way by backfill replaying that history', () => {
    expect(lineage(replayed, 'b')).toEqual(lineage(hooked, 'b'));
    expect(replayed.cli(['check']).stdout).not.toContain('rename-from-live-prompt');
  });
});
