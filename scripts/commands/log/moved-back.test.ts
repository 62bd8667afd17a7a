// `log` of a prompt moved back to an id it had (A -> B -> A). The move back's record names B@v2
// and the id's own old head A@v1: that second parent keeps A's versions one line (check's and the
// next commit's heads are read per id) and is already B@v2's ancestor. Until session 33 `log`
// joined the two with `+`, as it shows a merge of two lines; it now says the older one came
// before the move. A move over a deleted prompt joins two real lines and still shows `+`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logOf } from '../../test-utils/prompt-log.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const text = (name: string) => promptFile({ title: `Support ${name}` }, `Answer the customer about ${name} in three sentences, and thank them for writing in.`);
const parentsOf = (id: string) => logOf(repo, id)[0]!.mutation.parents.map((p) => `${p.prompt}@${p.version}`);
const firstLine = (id: string) => repo.cli(['log', id]).stdout.split('\n')[0]!.replace(/·[0-9a-f]{6}/g, '');

beforeAll(() => {
  repo = createRepo();
  for (const name of ['refund', 'chain', 'over', 'mover']) repo.write(`prompts/${name}.md`, text(name));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  repo.move('prompts/refund.md', 'prompts/billing/refund.md');
  expect(repo.commit('move away', '2026-01-03').code).toBe(0);
  repo.move('prompts/billing/refund.md', 'prompts/refund.md');
  expect(repo.commit('move back', '2026-01-04').code).toBe(0);
  for (const [from, to, date] of [['chain', 'b/chain', '05'], ['b/chain', 'c/chain', '06'], ['c/chain', 'chain', '07']] as const) {
    repo.move(`prompts/${from}.md`, `prompts/${to}.md`);
    expect(repo.commit(`${from} to ${to}`, `2026-01-${date}`).code).toBe(0);
  }
  repo.remove('prompts/over.md');
  expect(repo.commit('delete over', '2026-01-08').code).toBe(0);
  repo.move('prompts/mover.md', 'prompts/over.md');
  expect(repo.commit('move mover over it', '2026-01-09').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('log of a prompt moved back to an id it had', () => {
  it('A -> B -> A: shows the move from B@v2, and A@v1 as what came before it, not as a line joined', () => {
    expect(parentsOf('refund')).toEqual(['billing/refund@2', 'refund@1']);
    expect(firstLine('refund')).toBe('refund v3  2026-01-04  rename  from billing/refund@v2 (moved back: v1 came before it)  16 tokens (0)  @rename  "move back"');
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });

  it('A -> B -> C -> A: the same through two moves', () => {
    expect(parentsOf('chain')).toEqual(['c/chain@3', 'chain@1']);
    expect(firstLine('chain')).toContain('rename  from c/chain@v3 (moved back: v1 came before it)');
  });

  it('a move over a deleted prompt joins two lines, and says so with `+`', () => {
    expect(parentsOf('over')).toEqual(['mover@1', 'over@1']);
    expect(firstLine('over')).toContain('rename  from mover@v1 + v1  ');
  });
});
