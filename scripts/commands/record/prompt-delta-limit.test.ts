import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A commit of more prompt versions than an audit lists (100): the audit names the versions of the
// prompts citing its clause first, then the others, each in the commit's order, and says how many
// there were in all.
let repo: TestRepo;
let delta: { citing: { prompt: string; version: number }[]; changed_in_commit: { prompt: string; version: number }[]; changed_in_commit_total?: number };

const name = (i: number) => `team/prompt-${String(i).padStart(3, '0')}`;
const CITING = [57, 98, 103];

beforeAll(() => {
  repo = createRepo();
  repo.write('codex/privacy/account-numbers.md', '---\ntitle: Account numbers\n---\nThe assistant must never share account numbers.\n');
  for (let i = 0; i < 105; i++) {
    const cites = CITING.includes(i) ? { codex: ['privacy/account-numbers'] } : {};
    repo.write(`prompts/${name(i)}.md`, promptFile({ title: `Prompt ${i}`, ...cites }, `Answer question ${i} politely.`));
  }
  expect(repo.commit('add a clause and 105 prompts', '2026-01-02').code).toBe(0);
  const [file] = repo.filesAtHead('vault/audits/privacy/account-numbers/');
  delta = (parse(repo.showHead(file!)) as { prompt_delta: typeof delta }).prompt_delta;
});
afterAll(() => repo?.cleanup());

describe('an audit of a commit with more than 100 prompt versions', () => {
  it('lists the citing prompts first, then the first others in the commit, 100 in all, with the total', () => {
    expect(delta.citing).toEqual(CITING.map((i) => ({ prompt: name(i), version: 1 })));
    expect(delta.changed_in_commit_total).toBe(105);
    const others = Array.from({ length: 105 }, (_, i) => i).filter((i) => !CITING.includes(i)).slice(0, 97);
    expect(delta.changed_in_commit).toEqual([...CITING, ...others].map((i) => ({ prompt: name(i), version: 1 })));
  });
});
