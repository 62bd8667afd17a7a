import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepo } from '../git/index.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { describedCommits } from './version-commits-git.ts';

// Three branches leave three commits with the same parent (the root), so a record naming that
// parent may describe any of them: the commit that added the record file comes first when it is
// one of them, the others follow in sorted order, and an adding commit with other parents comes
// last (a record whose own commit this clone does not hold).
let repo: TestRepo;
const sha = (ref: string) => repo.git(['rev-parse', ref]).stdout.trim();
let root = '';
const siblings: string[] = [];
let later = '';

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('prompts/refund.md', 'Refund.\n');
  expect(repo.commit('add', '2026-01-02').code).toBe(0);
  root = sha('HEAD');
  for (const [i, branch] of ['a', 'b', 'c'].entries()) {
    repo.git(['checkout', '-q', '-b', branch, root]);
    repo.write('prompts/refund.md', `Refund ${branch}.\n`);
    expect(repo.commit(`edit ${branch}`, `2026-01-0${3 + i}`).code).toBe(0);
    siblings.push(sha('HEAD'));
  }
  repo.write('prompts/refund.md', 'Refund later.\n');
  expect(repo.commit('edit later', '2026-01-07').code).toBe(0);
  later = sha('HEAD');
});
afterAll(() => repo?.cleanup());

describe('describedCommits', () => {
  it('ranks the adding commit first among the commits with the record\'s parents, else last', async () => {
    const git = await openRepo({ cwd: repo.dir });
    const sorted = [...siblings].sort();
    const middle = sorted[1]!;
    const found = await describedCommits(git, [
      { file: 'vault/checkpoints/added-by-a-sibling.yaml', commit_parents: [root] },
      { file: 'vault/checkpoints/added-later.yaml', commit_parents: [root] },
      { file: 'vault/checkpoints/no-adding-commit.yaml', commit_parents: [root] },
      { file: 'vault/checkpoints/unknown-parents.yaml', commit_parents: ['f'.repeat(40)] },
      { file: 'vault/checkpoints/added-by-a-sibling.yaml', commit_parents: [later] },
    ], new Map([
      ['vault/checkpoints/added-by-a-sibling.yaml', { commit: middle }],
      ['vault/checkpoints/added-later.yaml', { commit: later }],
      ['vault/checkpoints/unknown-parents.yaml', { commit: later }],
    ]));
    expect(found.get('vault/checkpoints/added-by-a-sibling.yaml')).toEqual([middle, sorted[0], sorted[2]]);
    expect(found.get('vault/checkpoints/added-later.yaml')).toEqual([...sorted, later]);
    expect(found.get('vault/checkpoints/no-adding-commit.yaml')).toEqual(sorted);
    expect(found.get('vault/checkpoints/unknown-parents.yaml')).toEqual([later]);
    expect(found.size).toBe(4);
  });
});
