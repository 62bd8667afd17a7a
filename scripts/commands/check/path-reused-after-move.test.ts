// A prompt moved away and, in a later commit, a new file made at the path it left: the recorder
// takes the new file as that id's next version (the README: "continues that id's old lineage as an
// edit"), so both the move and the new file's record go on from the moved version. No two files
// ever gave the id, and check must not say they did (rename-from-live-prompt); a file that was
// there all along and went on from the moved version still is such a sign.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { continuationFiles, fileAtKey, findRenamesFromLivePrompts } from './rename-from-live-prompt.ts';
import { readSnapshot } from '../../lib/vault/read-all.ts';
import { openRepo } from '../../lib/git/index.ts';
import { readConfig } from '../../lib/config/read-fs.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/triage.md', promptFile({ title: 'Triage' }, 'You sort incoming tickets by urgency and route each to a queue.'));
  expect(repo.commit('triage', '2026-01-02').code).toBe(0);
  repo.move('prompts/support/triage.md', 'prompts/billing/triage.md');
  const moved = repo.commit('move triage to billing', '2026-01-03');
  expect(moved.stderr).toMatch(/billing\/triage v2·[0-9a-f]{6} \(rename from support\/triage@v1/);
  repo.write('prompts/support/triage.md', promptFile({ title: 'Support triage' }, 'You ask for the order number before anything else.'));
  const made = repo.commit('a new support triage', '2026-01-04');
  expect(made.stderr).toMatch(/support\/triage v2·[0-9a-f]{6} \(edit from support\/triage@v1/);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('check after a prompt was moved and a new file made at its old path', () => {
  it('warns of no move from a live prompt', () => {
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stderr).not.toContain('was recorded as a move of');
  });

  it('asks git of the new file in the commit it went on from, and warns when git found it there', async () => {
    const snapshot = await readSnapshot(await openRepo({ cwd: repo.dir }), readConfig(repo.dir));
    const asked = continuationFiles(snapshot);
    const moveCommit = repo.git(['rev-parse', 'HEAD~1']).stdout.trim();
    expect(asked).toEqual([{ commit: moveCommit, path: 'prompts/support/triage.md' }]);
    expect(findRenamesFromLivePrompts(snapshot, new Set())).toEqual([]);
    const found = findRenamesFromLivePrompts(snapshot, new Set([fileAtKey(moveCommit, 'prompts/support/triage.md')]));
    expect(found.map((problem) => problem.code)).toEqual(['rename-from-live-prompt']);
  });
});
