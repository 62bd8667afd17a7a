import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// One commit that changes many clauses at once (a codex reorganisation): every audit still lists
// exactly the prompts that cite its clause, found in one pass over the prompts.
let repo: TestRepo;
const clause = (title: string, body: string) => `---\ntitle: ${title}\ntone: formal\n---\n${body}\n`;

beforeAll(() => {
  repo = createRepo();
  for (let j = 0; j < 12; j++) repo.write(`codex/rules/rule-${j}.md`, clause(`Rule ${j}`, `The assistant must never share detail ${j}.`));
  // An id that is a prefix of another, and one mentioned only in a body, must not be confused.
  repo.write('codex/rules/rule-1-extra.md', clause('Rule 1 extra', 'The assistant must always confirm the order.'));
  for (let i = 0; i < 8; i++) {
    repo.write(`prompts/team/p${i}.md`, promptFile({ title: `P${i}`, codex: [`rules/rule-${i % 4}`, `rules/rule-${(i * 3) % 12}`] }, `Follow the rules. See also rules/rule-11 in the wiki.`));
  }
  repo.write('prompts/team/extra.md', promptFile({ title: 'Extra', codex: ['rules/rule-1-extra'] }, 'Confirm orders.'));
  expect(repo.commit('add the codex and prompts', '2026-01-02').code).toBe(0);
  for (let j = 0; j < 12; j++) repo.write(`codex/rules/rule-${j}.md`, clause(`Rule ${j}`, `The assistant must never share detail ${j} with anyone.`));
  repo.write('codex/rules/rule-1-extra.md', clause('Rule 1 extra', 'The assistant must always confirm the order number.'));
  repo.write('prompts/team/p1.md', promptFile({ title: 'P1 edited', codex: ['rules/rule-1', 'rules/rule-3'] }, 'Follow the rules, carefully.'));
  const committed = repo.commit('reword every rule', '2026-01-03');
  expect(committed.code, committed.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

function latestAudit(id: string): Record<string, any> {
  const files = repo.filesAtHead(`vault/audits/${id}/`).sort();
  return parse(repo.showHead(files.at(-1)!)) as Record<string, any>;
}

describe('a commit changing many clauses', () => {
  it('lists, in each audit, exactly the prompts whose front matter cites that clause', () => {
    const expected = new Map<string, string[]>();
    for (let i = 0; i < 8; i++) {
      const cites = i === 1 ? ['rules/rule-1', 'rules/rule-3'] : [`rules/rule-${i % 4}`, `rules/rule-${(i * 3) % 12}`];
      for (const id of new Set(cites)) expected.set(id, [...(expected.get(id) ?? []), `team/p${i}`]);
    }
    for (let j = 0; j < 12; j++) {
      const id = `rules/rule-${j}`;
      const citing = (latestAudit(id).prompt_delta.citing as { prompt: string }[]).map((ref) => ref.prompt);
      expect(citing, id).toEqual((expected.get(id) ?? []).sort());
    }
    expect(latestAudit('rules/rule-1-extra').prompt_delta.citing).toEqual([{ prompt: 'team/extra', version: 1 }]);
  });

  it('gives a prompt edited in the same commit its new version, the others their head', () => {
    const citing = latestAudit('rules/rule-3').prompt_delta.citing as { prompt: string; version: number }[];
    expect(citing.find((ref) => ref.prompt === 'team/p1')).toEqual({ prompt: 'team/p1', version: 2 });
    expect(citing.find((ref) => ref.prompt === 'team/p3')).toEqual({ prompt: 'team/p3', version: 1 });
  });
});
