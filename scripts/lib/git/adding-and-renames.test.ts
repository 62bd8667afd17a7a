// Where a file came from, asked of git in bulk: the newest commit adding each path (named to git
// for a few paths, filtered from one walk of every addition for more) and the renames of many
// commits in one `diff-tree --stdin`. Each answer is checked against git asked one path or one
// commit at a time, on a real repository with moves, a merge, a re-added path and a root commit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitsRenames, newestCommitsAdding, openRepo, parseRawDiff, type Repo } from './index.ts';
import { splitNul } from './native-git.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let git: Repo;
const NAMES = Array.from({ length: 12 }, (_, i) => `prompts/p${i}.md`);
const body = (i: number) => `Prompt ${i}: ${'answer the customer politely and briefly. '.repeat(4)}\n`;

beforeAll(async () => {
  repo = createRepo({ hooks: false });
  NAMES.slice(0, 6).forEach((file, i) => repo.write(file, body(i)));
  expect(repo.commit('first six', '2026-01-02').code).toBe(0);
  NAMES.slice(6).forEach((file, i) => repo.write(file, body(i + 6)));
  expect(repo.commit('six more', '2026-01-03').code).toBe(0);
  for (const i of [0, 1, 7]) repo.move(NAMES[i]!, `prompts/moved/p${i}.md`);
  expect(repo.commit('move three', '2026-01-04').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'side']);
  repo.move(NAMES[8]!, 'prompts/side/p8.md');
  expect(repo.commit('move on a branch', '2026-01-05').code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  expect(repo.git(['merge', '-q', '--no-ff', 'side', '-m', 'merge side'], { date: '2026-01-06' }).code).toBe(0);
  repo.remove(NAMES[2]!);
  expect(repo.commit('delete p2', '2026-01-07').code).toBe(0);
  repo.write(NAMES[2]!, body(22));
  expect(repo.commit('p2 again', '2026-01-08').code).toBe(0);
  git = await openRepo({ cwd: repo.dir });
});
afterAll(() => repo?.cleanup());

const headPaths = () => repo.git(['ls-files']).stdout.split('\n').filter((file) => file.startsWith('prompts/'));
const oneByOne = (file: string) => repo.git(['log', '--diff-filter=A', '--format=%H', '-1', 'HEAD', '--', file]).stdout.trim();

describe('the newest commit adding each path', () => {
  it('is the same for more paths than are named to git (one walk of every addition) as for each path asked alone', async () => {
    const paths = headPaths();
    expect(paths.length).toBeGreaterThan(8);
    const found = await newestCommitsAdding(git, { ref: 'HEAD', paths });
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(paths.map((file) => [file, oneByOne(file)])));
    // A few paths are named to git: the same answer.
    const few = await newestCommitsAdding(git, { ref: 'HEAD', paths: paths.slice(0, 3) });
    expect(Object.fromEntries(few)).toEqual(Object.fromEntries(paths.slice(0, 3).map((file) => [file, oneByOne(file)])));
  });
});

describe('the renames of many commits in one diff-tree', () => {
  it('equal each commit diffed against its first parent alone, a merge and a root commit included', async () => {
    const commits = repo.git(['rev-list', 'HEAD']).stdout.trim().split('\n');
    const batched = await commitsRenames(git, { commits, pathspecs: ['prompts/'] });
    for (const commit of commits) {
      const alone = repo.git(['diff-tree', '-r', '-M', '--raw', '-z', '--no-abbrev', `${commit}^`, commit, '--', 'prompts/']);
      const expected = alone.code === 0 ? parseRawDiff(splitNul(Buffer.from(alone.stdout))).filter((change) => change.status === 'R') : [];
      expect(batched.get(commit), commit).toEqual(expected);
    }
    expect([...batched.values()].flat().map((change) => `${change.fromPath} -> ${change.path}`).sort()).toEqual([
      'prompts/p0.md -> prompts/moved/p0.md', 'prompts/p1.md -> prompts/moved/p1.md', 'prompts/p7.md -> prompts/moved/p7.md',
      // The merge, against its first parent, brings the branch's move: as `diff-tree <merge>^ <merge>` says.
      'prompts/p8.md -> prompts/side/p8.md', 'prompts/p8.md -> prompts/side/p8.md',
    ]);
  });
});
