import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { as, createRepo, gitIn, mustSucceed, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { expandBraces } from '../../lib/prompt/brace-expansion.ts';
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

describe('a submodule under a brace glob whose alternatives hold a slash', () => {
  it('is recorded around and warned of by check (split on "/", the glob gave "{support,shared" and "team}" as folders: no warning, and a regular expression that could not compile)', () => {
    const repo: TestRepo = createRepo();
    cleanups.push(() => repo.cleanup());
    const library = libraryRepo(`${repo.dir}-library`);
    cleanups.push(() => fs.rmSync(library, { recursive: true, force: true }));
    repo.write('.promptvault.yaml', "prompts: ['prompts/{support,shared/team}/**/*.md']\n");
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    repo.write('prompts/shared/team/triage.md', promptFile({ title: 'Triage' }, 'Sort tickets.'));
    const v1 = repo.commit('v1', '2026-01-01');
    expect(v1.code).toBe(0);
    // git's glob pathspecs have no braces: the hook gives git the glob's alternatives.
    expect(v1.stderr).toMatch(/promptvault: shared\/team\/triage v1·[0-9a-f]{6} \(new\)/);
    expect(v1.stderr).toMatch(/promptvault: support\/refund v1·[0-9a-f]{6} \(new\)/);
    expect(repo.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'prompts/shared/team/vendor']).code).toBe(0);
    expect(repo.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'prompts/shared/library']).code).toBe(0);
    expect(repo.commit('the shared library', '2026-01-02').code).toBe(0);

    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('2 prompts');
    // The glob takes files below prompts/shared/team/, and none below prompts/shared/library.
    expect(check.stderr).toContain('prompts/shared/team/vendor: is a git submodule inside a prompt folder');
    expect(check.stderr).not.toContain('prompts/shared/library');
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

  it('reads braces as alternatives, a slash inside one included', () => {
    expect(globReachesInto('prompts/a', ['prompts/{a,b/c}/*.md'])).toBe(true);
    expect(globReachesInto('prompts/b', ['prompts/{a,b/c}/*.md'])).toBe(true);
    expect(globReachesInto('prompts/b/c', ['prompts/{a,b/c}/*.md'])).toBe(true);
    expect(globReachesInto('prompts/b/c/d', ['prompts/{a,b/c}/*.md'])).toBe(false);
    expect(globReachesInto('prompts/x', ['prompts/{a,b/c}/*.md'])).toBe(false);
    expect(globReachesInto('prompts/b/d/x', ['prompts/{a,b/{c,d/**}}/*.md'])).toBe(true);
  });

  it('expandBraces: nested, several, and a brace left open', () => {
    expect(expandBraces('a/{b,c/{d,e}}/*.md')).toEqual(['a/b/*.md', 'a/c/d/*.md', 'a/c/e/*.md']);
    expect(expandBraces('{a,b}/{c,d}')).toEqual(['a/c', 'a/d', 'b/c', 'b/d']);
    expect(expandBraces('a/{b/*.md')).toEqual(['a/{b/*.md']);
    expect(expandBraces('a/{b/{c,d}')).toEqual(['a/{b/c', 'a/{b/d']);
    expect(expandBraces('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}{u,v}')).toBeUndefined();
  });
});
