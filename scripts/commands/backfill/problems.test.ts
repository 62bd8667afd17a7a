import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { backfill } from './index.ts';

// A file left broken over many commits is one problem, not one per commit (a real repository
// printed 17,698 lines for a handful of files), and the run ends with a summary.

let repo: TestRepo;
const COMMITS = 30;

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('prompts/latin1.md', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  for (let i = 1; i <= COMMITS; i++) {
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, `Help with refunds, version ${i}.`));
    // The broken file changes too, and stays broken, in every commit (what blocks a commit even
    // when front matter is read leniently: a fork of a prompt that does not exist).
    repo.write('prompts/broken.md', `---\ntitle: Broken\nforked_from: support/nowhere\n---\nBody ${i}\n`);
    expect(repo.commit(`edit ${i}`, `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`).code).toBe(0);
  }
});
afterAll(() => repo?.cleanup());

describe('backfill over a history with broken files', () => {
  it('lists each problem once, with the commits it spans, and ends with a summary', () => {
    const result = repo.cli(['backfill']);
    expect(result.code, result.stderr).toBe(0);
    const problemLines = result.stderr.split('\n').filter((line) => /^prompts\//.test(line));
    expect(problemLines).toEqual([
      expect.stringMatching(new RegExp(`^prompts/broken\\.md:3: forked_from names "support/nowhere", but no prompt has that id \\(in ${COMMITS} commits, [0-9a-f]{10} to [0-9a-f]{10}; recorded there all the same, without what it names\\)$`)),
      expect.stringMatching(/^prompts\/latin1\.md:1: is not valid UTF-8 .* \(in commit [0-9a-f]{10}; skipped there\)$/),
    ]);
    // The broken fork was recorded in every commit all the same (it says so); the Latin-1 file never.
    expect(repo.git(['ls-files', '--cached', 'vault/checkpoints/broken/']).stdout).not.toBe('');
    expect(repo.git(['ls-files', '--cached', 'vault/checkpoints/latin1/']).stdout).toBe('');
    const last = result.stdout.trimEnd().split('\n').at(-1);
    expect(last).toMatch(new RegExp(`^promptvault backfill: ${COMMITS} commits replayed; \\d+ record files written and staged, 0 already there; 2 problem\\(s\\) in 2 file\\(s\\) \\(1 fork-unknown, 1 not-utf8\\), listed above on stderr\\. Commit them: git commit -m "Adopt promptvault"$`));
  });

  it('returns the problems once each from the function too', async () => {
    repo.git(['reset', '-q', '--hard']);
    repo.git(['clean', '-fdq']);
    const result = await backfill({ cwd: repo.dir });
    expect(result.problems.map((problem) => `${problem.file}:${problem.code}`)).toEqual(['prompts/broken.md:fork-unknown', 'prompts/latin1.md:not-utf8']);
  });
});
