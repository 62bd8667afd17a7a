// The workflow posts `promptvault report --format markdown` as a PR comment, and GitHub refuses a
// comment body over 65,536 characters (422 "Body is too long"): a branch that brings in a
// handbook-sized codex must still get its comment, each clause's text shown while there is room.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { buildLongClause } from '../../test-utils/long-clause.ts';

const GITHUB_COMMENT_LIMIT = 65_536;
const CLAUSES = 12;
let repo: TestRepo;

beforeAll(() => {
  repo = createRepo();
  repo.write('codex/tone/warm.md', '---\ntitle: Warm\ntone: empathetic\n---\nBe warm.\n');
  expect(repo.commit('start', '2026-01-02').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'handbook']);
  // About 8,400 characters each, as a support handbook's sections are.
  for (let i = 0; i < CLAUSES; i++) repo.write(`codex/handbook/part-${String(i).padStart(2, '0')}.md`, `---\ntitle: Handbook part ${i}\ntone: formal\n---\n${buildLongClause({ sentences: 120, seed: i + 1 }).previous}`);
  const added = repo.commit('bring in the support handbook', '2026-01-03');
  expect(added.code, added.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('the report of a branch that adds a long codex fits in one GitHub comment', () => {
  it('stays under 65,536 characters, names every clause, and says where the texts left out are', () => {
    const result = repo.cli(['report', '--format', 'markdown', '--base', 'main']);
    expect(result.code, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    for (let i = 0; i < CLAUSES; i++) expect(md).toContain(`**handbook/part-${String(i).padStart(2, '0')}**`);
    const shown = md.match(/<details><summary>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(CLAUSES);
    expect(md).toContain(`The text of ${CLAUSES - shown} more clause(s) is too long for this comment`);
    // The document still ends whole: no fence left open.
    expect((md.match(/^`{3,}/gm)?.length ?? 0) % 2).toBe(0);
  });
});
