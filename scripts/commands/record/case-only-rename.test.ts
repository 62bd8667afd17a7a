// A prompt renamed in letter case only (`Greeting.md` -> `greeting.md`) on a case-sensitive
// repository: a move (@rename), the lineage whole, the next edit going on from it. Its two record
// folders (`vault/*/Greeting/`, `vault/*/greeting/`) differ only by case, so where the disk ignores
// case (a Mac's checkout) they are one folder, named by whichever git made first: the disk reader
// (readSnapshotFromDisk: the site built from a folder that is no git checkout) called the other
// id's records "record-misplaced" and failed the build. The git readers list git's own paths and
// never saw it; core.ignorecase=true is case-insensitive.test.ts's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, gitIn, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { readSnapshotFromDisk } from '../../lib/vault/read-all.ts';
import { readConfig } from '../../lib/config/read-fs.ts';

let repo: TestRepo;
let macCopy = '';
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/Greeting.md', promptFile({ title: 'Greeting' }, 'Greet the customer by name.'));
  expect(repo.commit('add greeting', '2026-01-02').code).toBe(0);
  expect(repo.git(['mv', 'prompts/Greeting.md', 'prompts/greeting.md']).code).toBe(0);
  expect(repo.commit('lower-case the file name', '2026-01-03').stderr).toMatch(/greeting v2·[0-9a-f]{6} \(rename from Greeting@v1/);
  repo.write('prompts/greeting.md', promptFile({ title: 'Greeting' }, 'Greet the customer by first name.'));
  expect(repo.commit('first name', '2026-01-04').stderr).toMatch(/greeting v3·[0-9a-f]{6} \(edit from greeting@v2/);
  // The working tree as a Mac's checkout lays it out: git writes vault/*/Greeting/ first (index
  // order), and greeting/'s files land in that same folder. No .git: a copy of the files.
  macCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-mac-'));
  for (const file of repo.filesAtHead('.')) {
    const onDisk = file.replace(/^vault\/(checkpoints|mutations)\/greeting\//, 'vault/$1/Greeting/');
    fs.mkdirSync(path.dirname(path.join(macCopy, onDisk)), { recursive: true });
    fs.writeFileSync(path.join(macCopy, onDisk), gitIn(repo.dir, ['show', `HEAD:${file}`]).stdoutBytes);
  }
}, 120_000);
afterAll(() => {
  repo?.cleanup();
  if (macCopy) fs.rmSync(macCopy, { recursive: true, force: true });
});

describe('a prompt renamed in letter case only', () => {
  it('is a move on a case-sensitive repository: check passes and log shows the whole lineage', () => {
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('1 prompts, 0 clauses, 3 checkpoints, 3 mutations');
    const log = repo.cli(['log', 'greeting']);
    expect(log.stdout.split('\n').filter(Boolean).map((line) => line.trim().split(/\s+/).slice(0, 1).join(' '))).toEqual(['greeting', 'greeting', 'Greeting']);
  });

  it('reads whole from a disk that ignores case, where both ids\' records share one folder', () => {
    const config = readConfig(macCopy);
    const folded = readSnapshotFromDisk(macCopy, config, { foldsCase: true });
    expect(folded.problems).toEqual([]);
    expect(folded.checkpoints.map((c) => [c.prompt, c.version]).sort()).toEqual([['Greeting', 1], ['greeting', 2], ['greeting', 3]]);
    // Read as a case-sensitive disk would: the folder names one id, the record another.
    const strict = readSnapshotFromDisk(macCopy, config, { foldsCase: false });
    expect(strict.problems.map((problem) => problem.code)).toEqual(['record-misplaced', 'record-misplaced', 'record-misplaced', 'record-misplaced']);
  });
});
