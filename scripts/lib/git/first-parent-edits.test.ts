// The first-parent walk is read as git prints it and stopped once the caller has the newest edits
// it asked for: with more paths than are named to git, it listed every change of every commit down
// to the root commit before picking the newest. Proved on a history whose oldest tree git can no
// longer read: a walk that goes there fails, one that stops in time does not.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstParentEdits, openRepo, type Repo } from './index.ts';
import { readFirstParentLog } from './first-parent-edits.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

const PROMPTS = Array.from({ length: 10 }, (_, i) => `prompts/p${i}.md`);

describe('the first-parent edits of more paths than are named to git', () => {
  let repo: TestRepo;
  let git: Repo;
  beforeAll(async () => {
    repo = createRepo({ hooks: false });
    for (let day = 1; day <= 12; day++) {
      PROMPTS.forEach((file, i) => repo.write(file, `Prompt ${i}, edit ${day}: answer politely.\n`));
      repo.write('notes.txt', `Note ${day}.\n`);
      expect(repo.commit(`edit ${day}`, `2026-01-${String(day).padStart(2, '0')}`).code).toBe(0);
    }
    git = await openRepo({ cwd: repo.dir });
  });
  afterAll(() => repo?.cleanup());

  it('are the newest ones, read without walking on to the root commit', async () => {
    const newest = await firstParentEdits(git, { ref: 'HEAD', paths: PROMPTS, limit: 3 });
    expect(newest.map((edit) => [edit.date, edit.changes.length])).toEqual([['2026-01-12T10:00:00Z', 10], ['2026-01-11T10:00:00Z', 10], ['2026-01-10T10:00:00Z', 10]]);
    // The root commit's tree made unreadable: git can list the newest commits, not the whole walk.
    const root = repo.git(['rev-list', '--max-parents=0', 'HEAD']).stdout.trim();
    const tree = repo.git(['rev-parse', `${root}^{tree}`]).stdout.trim();
    fs.rmSync(path.join(repo.dir, '.git/objects', tree.slice(0, 2), tree.slice(2)));
    expect(repo.git(['log', '--raw', '--format=%H', 'HEAD']).code).not.toBe(0);
    expect(await firstParentEdits(git, { ref: 'HEAD', paths: PROMPTS, limit: 3 })).toEqual(newest);
  });
});

describe('the first-parent log read in chunks', () => {
  it('gives the same commits whatever the chunks, a path holding the commit marker, a newline or a character cut in two', () => {
    const output = Buffer.from(
      '\x01' + 'a'.repeat(40) + '\0' + 'b'.repeat(40) + '\0' + '2026-01-02T10:00:00+01:00\0' +
        '\n:100644 100644 1111 2222 M\0prompts/caf\u00e9.md\0:000000 100644 0000 3333 A\0prompts/odd\x01\nname.md\0' +
        '\x01' + 'b'.repeat(40) + '\0\0' + '2026-01-01T10:00:00Z\0' +
        '\n:100644 100644 4444 5555 R100\0prompts/old.md\0prompts/new.md\0',
    );
    const whole = readFirstParentLog();
    const expected = [...whole.push(output), ...whole.end()];
    expect(expected.map((commit) => [commit.date, commit.parents.length, commit.changes])).toEqual([
      ['2026-01-02T09:00:00Z', 1, [[':100644 100644 1111 2222 M', 'prompts/caf\u00e9.md'], [':000000 100644 0000 3333 A', 'prompts/odd\x01\nname.md']]],
      ['2026-01-01T10:00:00Z', 0, [[':100644 100644 4444 5555 R100', 'prompts/old.md', 'prompts/new.md']]],
    ]);
    for (const size of [1, 2, 3, 7, 50]) {
      const reader = readFirstParentLog();
      const commits = [];
      for (let at = 0; at < output.length; at += size) commits.push(...reader.push(output.subarray(at, at + size)));
      commits.push(...reader.end());
      expect(commits, `chunks of ${size} bytes`).toEqual(expected);
    }
  });
});
