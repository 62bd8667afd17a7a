// A plain front-matter id may go on over several lines (`id: refund` then `  -agent`: YAML reads
// "refund -agent"). The hook finds such a file through its list of ids (the file is parsed); the
// replay of commits made without the hook (`record --all` over an unhooked series) searched the
// `id:` lines for the whole id, saw only `refund` there, and recorded the commit's second prompt with
// that id without a word. A commit of the past cannot be refused: the replay warns, as for any id
// clash in a commit made without the hook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const continued = '---\ntitle: A\nid: refund\n  -agent\n---\nAnswer refund questions.\n';
let repo: TestRepo;
let replay = { code: 0, stdout: '', stderr: '' };
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/a.md', continued);
  repo.write('prompts/b.md', promptFile({ title: 'B', id: 'other' }, 'Answer shipping questions.'));
  expect(repo.commit('add a and b', '2026-01-02').code).toBe(0);
  repo.write('prompts/b.md', promptFile({ title: 'B', id: 'refund -agent' }, 'Answer shipping questions.'));
  expect(repo.commit('b takes the id', '2026-01-03', { env: { HUSKY: '0' } }).code).toBe(0);
  repo.write('prompts/b.md', promptFile({ title: 'B', id: 'other' }, 'Answer shipping questions kindly.'));
  expect(repo.commit('b gives it back', '2026-01-04', { env: { HUSKY: '0' } }).code).toBe(0);
  replay = repo.cli(['record', '--all']);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('the replay of commits made without the hook sees an id continued on the next line', () => {
  it('names the commit whose prompt took the id another prompt holds over two lines', () => {
    const made = repo.git(['rev-parse', '--short=12', 'HEAD~1']).stdout.trim();
    expect(replay.code, replay.stdout + replay.stderr).toBe(0);
    expect(replay.stdout + replay.stderr).toContain(`prompts/b.md:3: front matter id "refund -agent" is already used by prompts/a.md (in commit ${made}, made without the hook)`);
  });
});
