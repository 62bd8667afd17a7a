import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// macOS and Windows file systems ignore letter case, and git there runs with core.ignorecase=true:
// simulated here with that setting on Linux (git's index then matches names and folders by case
// as it does on a Mac; the disk still tells them apart).

const repos: TestRepo[] = [];
afterAll(() => { for (const repo of repos) repo.cleanup(); });

function mutationsAtHead(repo: TestRepo): { file: string; record: Record<string, any> }[] {
  return repo.filesAtHead('vault/mutations/').map((file) => ({ file, record: parse(repo.showHead(file)) as Record<string, any> }));
}

/** A repository where git ignores case, `prompts/Greeting.md` committed, then `git mv`'d to `greeting.md` (staged). */
function greetingRenamedInCase(): TestRepo {
  const repo = createRepo();
  repos.push(repo);
  repo.git(['config', 'core.ignorecase', 'true']);
  repo.write('prompts/Greeting.md', promptFile({ title: 'Greeting' }, 'Greet the customer by name.'));
  expect(repo.commit('add greeting', '2026-01-02').code).toBe(0);
  expect(repo.git(['mv', 'prompts/Greeting.md', 'prompts/greeting.md']).code).toBe(0);
  return repo;
}

describe('a prompt renamed only in letter case where git ignores case', () => {
  it('is a move of the same prompt (@rename, lineage kept), its records in a folder named by the new id, and check passes', () => {
    const repo = greetingRenamedInCase();
    const moved = repo.commit('lower-case the file name', '2026-01-03');
    expect(moved.code, moved.stderr).toBe(0);
    const mutations = mutationsAtHead(repo);
    expect(mutations.map(({ file, record }) => [file.split('/').slice(0, 3).join('/'), record.prompt, record.version, record.kind])).toEqual([
      ['vault/mutations/Greeting', 'Greeting', 1, 'new'],
      ['vault/mutations/greeting', 'greeting', 2, 'rename'],
    ]);
    const check = repo.cli(['check']);
    expect(check.code, check.stderr + check.stdout).toBe(0);
    const log = repo.cli(['log', 'greeting']);
    expect(log.stdout).toContain('Greeting');
  });
});

describe('where the disk ignores case, the folders of two ids differing by case are one', () => {
  it('the hook of a case-only rename leaves the old id\'s records on disk (they are not a killed run\'s leftovers)', () => {
    const repo = greetingRenamedInCase();
    // What a Mac lists in vault/*/greeting/: the files of vault/*/Greeting/, the same folder on its
    // disk. git (core.ignorecase) counts them as the tracked Greeting/ records, as a Mac's git does.
    const views: string[] = [];
    for (const kind of ['mutations', 'checkpoints']) {
      for (const file of fs.readdirSync(path.join(repo.dir, 'vault', kind, 'Greeting'))) {
        repo.write(`vault/${kind}/greeting/${file}`, repo.read(`vault/${kind}/Greeting/${file}`));
        views.push(`vault/${kind}/greeting/${file}`);
      }
    }
    expect(repo.git(['status', '--porcelain', '-uall']).stdout).toBe('R  prompts/Greeting.md -> prompts/greeting.md\n');
    const moved = repo.commit('lower-case the file name', '2026-01-03', { add: false });
    expect(moved.code, moved.stderr).toBe(0);
    // On a Mac, removing them would have removed Greeting's v1 records, and the next `git add -A` committed that.
    expect(views.filter((file) => !repo.exists(file))).toEqual([]);
  });
});

describe('two ids differing only by case, committed on Linux, then checked out where git ignores case', () => {
  it('check names both files and the fix; git itself will not stage the file the checkout overwrote, so no record takes the other text', () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write('prompts/support/Greet.md', promptFile({ title: 'Greet' }, 'Say hello.'));
    repo.write('prompts/support/greet.md', promptFile({ title: 'greet' }, 'Say hi.'));
    // The hook refuses the pair (id-case-collision); it came in without it (a web editor, --no-verify).
    expect(repo.commit('both', '2026-01-02', { args: ['--no-verify'] }).code).toBe(0);
    const all = repo.cli(['record', '--all']);
    expect(all.code, all.stderr).toBe(0);
    expect(repo.commit('record them', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
    // A Mac checkout: one file on disk for both names, holding the text of the one written last.
    repo.git(['config', 'core.ignorecase', 'true']);
    repo.write('prompts/support/Greet.md', repo.read('prompts/support/greet.md'));
    const check = repo.cli(['check']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain('prompts/support/greet.md: gives the prompt id "support/greet", which differs only by letter case from "support/Greet" (prompts/support/Greet.md)');
    expect(check.stderr).toContain('fix: rename one of prompts/support/Greet.md, prompts/support/greet.md (git mv), or remove one of them');
    expect(repo.git(['status', '--porcelain']).stdout).toBe(' M prompts/support/Greet.md\n');
    // git add (and add -A) leaves it unstaged while both names are in the index: nothing to commit, nothing recorded.
    expect(repo.git(['add', '-A']).code).toBe(0);
    expect(repo.commit('commit what the Mac checkout shows', '2026-01-04', { add: false }).code).toBe(1);
    expect(mutationsAtHead(repo).map(({ record }) => [record.prompt, record.version])).toEqual([['support/Greet', 1], ['support/greet', 1]]);
  });
});
