import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from '../../test-utils/repo.ts';
import { readHistory } from './history-git.ts';
import { openRepo, parseRawDiff } from './index.ts';
import { splitNul } from './native-git.ts';

const test = createRepo({ hooks: false });
afterAll(() => test.cleanup());

const PATHSPECS = [':(glob)prompts/**/*.md', ':(glob)codex/**/*.md'];
const text = (topic: string) => Array.from({ length: 30 }, (_, i) => `Line ${i} about ${topic}: answer the customer plainly.`).join('\n');

/** A history whose moves git pairs differently when it sees the files outside the pathspecs too. */
function playHistory(): void {
  test.write('prompts/refund.md', text('refunds'));
  test.write('prompts/greet.md', text('greetings'));
  test.write('codex/privacy.md', text('privacy'));
  test.write('notes/readme.txt', 'not a prompt');
  expect(test.commit('start', '2026-03-01').code).toBe(0);
  // The prompt moves with an edit while an exact copy of its old text appears outside the prompts:
  // git log -M over every file pairs the old path with the copy, over the prompts with the move.
  test.move('prompts/refund.md', 'prompts/billing/refund.md');
  test.write('prompts/billing/refund.md', `${text('refunds')}\nOne more line.`);
  test.write('archive/refund.md.bak', text('refunds'));
  expect(test.commit('move refund', '2026-03-02').code).toBe(0);
  // Out of the prompts (a deletion there) and into them from elsewhere (an addition).
  test.move('prompts/greet.md', 'archive/greet.txt');
  test.move('notes/readme.txt', 'prompts/readme-notes.md');
  test.write('codex/privacy.md', `${text('privacy')}\nNever share account numbers.`);
  expect(test.commit('archive and adopt', '2026-03-03').code).toBe(0);
  test.git(['checkout', '-q', '-b', 'side']);
  test.move('codex/privacy.md', 'codex/data/privacy.md');
  expect(test.commit('side: move clause', '2026-03-04').code).toBe(0);
  test.git(['checkout', '-q', 'main']);
  test.write('prompts/new.md', text('news'));
  expect(test.commit('main: new prompt', '2026-03-05').code).toBe(0);
  expect(test.git(['merge', '--no-edit', '-q', 'side'], { date: '2026-03-06' }).code).toBe(0);
  // Another move, in a commit that also edits a file an earlier move added: all the moving commits
  // are paired by one git process over their candidates together, so this one sees that file too.
  test.write('prompts/billing/refund.md', `${text('refunds')}\nOne more line.\nAnd another.`);
  test.move('prompts/new.md', 'prompts/news/new.md');
  expect(test.commit('edit refund, file the news', '2026-03-07').code).toBe(0);
}

describe('readHistory', () => {
  playHistory();

  it('gives every commit the changes, renames paired, that git log -M gives under the source pathspecs', async () => {
    const repo = await openRepo({ cwd: test.dir });
    const history = await readHistory(repo, { ref: 'HEAD', pathspecs: PATHSPECS });
    const log = test.git(['log', '--topo-order', '--reverse', '-z', '--raw', '-M', '--no-abbrev', '--diff-merges=first-parent', '--full-history', '--sparse', '--format=%x01%H', 'HEAD', '--', ...PATHSPECS]).stdout;
    const expected = log.split('\x01').filter(Boolean).map((chunk) => {
      const [oid, ...rest] = splitNul(Buffer.from(chunk)).map((token) => token.replace(/^\n/, ''));
      return { oid: oid!.trim(), changes: parseRawDiff(rest.filter(Boolean)) };
    });
    expect(history.map(({ oid, changes }) => ({ oid, changes }))).toEqual(expected);
    // What the story is there to show, spelled out.
    const changesOf = (subject: string) => history.find((commit) => commit.oid === test.git(['rev-parse', `:/${subject}`]).stdout.trim())!.changes.map((c) => [c.status, c.fromPath ?? null, c.path]);
    expect(changesOf('move refund')).toEqual([['R', 'prompts/refund.md', 'prompts/billing/refund.md']]);
    expect(changesOf('archive and adopt')).toEqual([['M', null, 'codex/privacy.md'], ['D', null, 'prompts/greet.md'], ['A', null, 'prompts/readme-notes.md']]);
    expect(history.at(-2)!.parents).toHaveLength(2);
    expect(history.at(-2)!.changes.map((c) => [c.status, c.fromPath ?? null, c.path])).toEqual([['R', 'codex/privacy.md', 'codex/data/privacy.md']]);
    expect(changesOf('edit refund, file the news')).toEqual([['M', null, 'prompts/billing/refund.md'], ['R', 'prompts/new.md', 'prompts/news/new.md']]);
  });

  it('starts after the excluded commits', async () => {
    const repo = await openRepo({ cwd: test.dir });
    const start = test.git(['rev-parse', ':/archive and adopt']).stdout.trim();
    const history = await readHistory(repo, { ref: 'HEAD', exclude: [`${start}~1`], pathspecs: PATHSPECS });
    expect(history[0]!.oid).toBe(start);
    expect(history).toHaveLength(5);
  });
});
