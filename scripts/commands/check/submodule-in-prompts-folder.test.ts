import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { as, createRepo, gitIn, mustSucceed, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { globReachesInto } from '../../lib/prompt/locate.ts';

// An adopter keeps a shared prompt library as a git submodule at prompts/library, under the
// default glob prompts/**/*.md. The glob does not take the submodule's path itself (no `.md`), so
// before, nothing said a word: the library's prompts looked recorded and were not (found on an
// adopter trial from the packed tarball). check now says so; with `prompts/**` (which takes the
// path) it said so already.

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function libraryRepo(dir: string): string {
  fs.mkdirSync(path.join(dir, 'agents'), { recursive: true });
  mustSucceed(gitIn(dir, ['init', '-q', '-b', 'main']), 'git init');
  fs.writeFileSync(path.join(dir, 'agents/triage.md'), promptFile({ title: 'Triage' }, 'Sort tickets by urgency.'));
  mustSucceed(gitIn(dir, ['add', '.']), 'git add');
  mustSucceed(gitIn(dir, ['commit', '-qm', 'library'], { env: as('Lib', 'lib@example.com') }), 'git commit');
  return dir;
}

describe('a git submodule inside a prompts folder the default glob looks into', () => {
  it('check warns that its prompts are not recorded here, and still passes', () => {
    const repo: TestRepo = createRepo();
    cleanups.push(() => repo.cleanup());
    const library = libraryRepo(`${repo.dir}-library`);
    cleanups.push(() => fs.rmSync(library, { recursive: true, force: true }));
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    expect(repo.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'prompts/library']).code).toBe(0);
    const committed = repo.commit('the shared library', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);

    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stderr).toContain("prompts/library: is a git submodule inside a prompt folder: its files are another repository's (this one holds only the commit it points to), so none of them is recorded here\n  fix: record them in the submodule's own repository (`npx promptvault init` there), or, to record them here, replace the submodule with a copy of its files (`git rm prompts/library`, then copy them in and commit)");
    expect(check.stdout).toContain('1 prompts');
    const github = repo.cli(['check', '--format', 'github', '--since', 'HEAD~1']);
    expect(github.stdout).toContain('::warning file=prompts/library,title=submodule-skipped::is a git submodule inside a prompt folder');
  });
});

describe('globReachesInto', () => {
  it('follows ** across any number of folders and a * within one', () => {
    expect(globReachesInto('prompts/library', ['prompts/**/*.md'])).toBe(true);
    expect(globReachesInto('prompts/a/b', ['prompts/**/*.md'])).toBe(true);
    expect(globReachesInto('apps/web/prompts', ['apps/*/prompts/**/*.md'])).toBe(true);
    expect(globReachesInto('vendor', ['**/*.prompt'])).toBe(true);
    expect(globReachesInto('.claude/agents/shared', ['.claude/agents/**/*.md'])).toBe(true);
  });

  it('is false where no file below the folder could match', () => {
    expect(globReachesInto('.github/prompts/shared', ['.github/prompts/*.prompt.md'])).toBe(false);
    expect(globReachesInto('docs/library', ['prompts/**/*.md'])).toBe(false);
    expect(globReachesInto('prompts', ['prompts/*.md'])).toBe(true);
    expect(globReachesInto('prompts/library', ['prompts/*.md'])).toBe(false);
    expect(globReachesInto('apps/web/other', ['apps/*/prompts/**/*.md'])).toBe(false);
  });
});
