// `git merge` of two edits of one prompt stops on a conflict; `git commit -a --no-edit` commits the
// file as it is, git's conflict markers in it. The hook recorded that text as the merge version
// without a word, and check passed (found on the installed tarball, session 35). It now warns,
// naming the file, the markers' line and the fix, and still records (a prompt may quote a conflict
// on purpose). A Markdown heading underlined with `=======` is no conflict. Through real git.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type RunResult, type TestRepo } from '../../test-utils/repo.ts';
import { conflictBlockLine } from '../../lib/prompt/conflict-block.ts';

const REFUND = 'prompts/support/refund.md';
const refund = (last: string) => promptFile({ title: 'Refund' }, `Help the customer with a refund.\n\n${last}`);

let repo: TestRepo;
let committed: RunResult;
beforeAll(() => {
  repo = createRepo();
  repo.write(REFUND, refund('Close with the order number.'));
  expect(repo.commit('refund', '2026-01-01').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'side']);
  repo.write(REFUND, refund('Close with the order number and a thank-you.'));
  expect(repo.commit('refund: thanks', '2026-01-02').code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write(REFUND, refund('Close with the order number, briefly.'));
  expect(repo.commit('refund: brief', '2026-01-03').code).toBe(0);
  expect(repo.git(['merge', '--no-edit', 'side'], { date: '2026-01-04' }).code).not.toBe(0);
  committed = repo.git(['commit', '-a', '--no-edit'], { date: '2026-01-04' });
});
afterAll(() => repo?.cleanup());

describe('a prompt committed with git\'s conflict markers', () => {
  it('is recorded as written, with a warning naming the file, the line and the fix', () => {
    expect(committed.code, committed.stderr).toBe(0);
    expect(repo.read(REFUND)).toContain('<<<<<<< HEAD');
    expect(committed.stderr).toMatch(/prompts\/support\/refund\.md: holds git's conflict markers \(<<<<<<<, =======, >>>>>>>; the first at line 3 of its body\), recorded as written in support\/refund v3·[0-9a-f]{6}/);
    expect(committed.stderr).toContain('fix: resolve the conflict in the file and commit it again');
  });

  it('a heading underlined with ======= or a lone marker-like line is not a conflict', () => {
    expect(conflictBlockLine('Title\n=======\n\nText.\n')).toBeUndefined();
    expect(conflictBlockLine('<<<<<<< HEAD\nonly the start\n')).toBeUndefined();
    expect(conflictBlockLine('a\r\n<<<<<<< HEAD\r\nx\r\n=======\r\ny\r\n>>>>>>> side\r\n')).toBe(2);
  });
});
