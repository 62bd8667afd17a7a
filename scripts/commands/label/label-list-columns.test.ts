import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A mixed team's ids: Chinese folders, and an accent a Mac wrote as a letter plus a combining mark.
// `label list` lines its columns up by terminal columns (a CJK character takes two, a combining
// mark none), not by code points, which left the versions of `客服/退款` four columns to the right.

let repo: TestRepo;
afterAll(() => repo?.cleanup());

describe('label list on CJK and decomposed-accent ids', () => {
  it('starts every version in the same terminal column', () => {
    repo = createRepo();
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Say hi.'));
    repo.write('prompts/客服/退款.md', promptFile({ title: '退款' }, '处理退款。'));
    repo.write('prompts/ops/cafe\u0301.md', promptFile({ title: 'Café' }, 'Serve coffee.'));
    expect(repo.commit('prompts', '2026-01-02').code).toBe(0);
    expect(repo.cli(['label', 'set', 'production', '--all']).code).toBe(0);
    expect(repo.commit('production: all', '2026-01-03', { add: false }).code).toBe(0);
    const listed = repo.cli(['label', 'list']);
    expect(listed.code, listed.stderr).toBe(0);
    // 'a' is 1 column, 'ops/café' 8 (9 code points), '客服/退款' 9 (5 code points): padded to 9, then 2 spaces.
    expect(listed.stdout.trimEnd().split('\n').map((line) => line.replace(/v1·[0-9a-f]{6}$/, 'v1'))).toEqual([
      'production  a          v1',
      'production  ops/cafe\u0301   v1',
      'production  客服/退款  v1',
    ]);
  });
});
