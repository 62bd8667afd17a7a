// `init` writes review.reviewers, the only people whose accept or reject of a flagged clause change
// counts. Without --reviewer it takes git's author identity, which on many machines is the global
// ~/.gitconfig's personal address, not the one a reviewer commits with: then the gate refused the
// real reviewer's review and nothing at init said why. init now says what it wrote and where git
// took it from, with how to change it; --reviewer (repeatable) names them at init. Nothing asks a
// question: init runs unattended (CI, a setup script) as before.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI_ENTRY, createRepo, inheritedEnv, type RunResult, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

/** A repository with a prompt and no identity of its own; `home` holds a global ~/.gitconfig naming Bo's personal address. */
function setUp(): { home: string } {
  repo = createRepo({ hooks: false });
  repo.write('prompts/support/refund.md', '# Refund\n\nHelp with refunds.\n');
  repo.git(['config', '--unset', 'user.name']);
  repo.git(['config', '--unset', 'user.email']);
  const home = path.join(repo.dir, '.home');
  fs.mkdirSync(home);
  fs.writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = Bo Home\n\temail = bo@home.example\n');
  return { home };
}

/** The CLI as a person runs it: no GIT_AUTHOR_* in the environment, git's global config in `home`, stdin closed. */
function initAs(home: string, args: string[], env: Record<string, string> = {}): RunResult {
  const { EMAIL: _machine, ...inherited } = inheritedEnv();
  const result = spawnSync(process.execPath, [CLI_ENTRY, 'init', ...args], { cwd: repo.dir, encoding: 'utf8', input: '', env: { ...inherited, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1', ...env } });
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const reviewers = () => (parse(repo.read('.promptvault.yaml')) as { review?: { reviewers?: string[] } }).review?.reviewers;

describe('init and the reviewers it writes', () => {
  it('says that the reviewer is the global git identity, and how to change it', () => {
    const { home } = setUp();
    const result = initAs(home, []);
    expect(result.code, result.stderr).toBe(0);
    expect(reviewers()).toEqual(['Bo Home <bo@home.example>']);
    expect(result.stdout).toContain('promptvault init: review.reviewers: Bo Home <bo@home.example> (your git identity from your global git config (~/.gitconfig): this repository sets no user.email); only their accept or reject of a flagged clause change counts in check. Add your team\'s reviewers, or if this is not the address you commit reviews with, change review.reviewers in .promptvault.yaml before committing it (or delete the file and run init again with --reviewer "Name <email>", repeatable)');
  });

  it('says so more briefly for this repository\'s own identity', () => {
    const { home } = setUp();
    repo.git(['config', 'user.name', 'Ada Reviewer']);
    repo.git(['config', 'user.email', 'ada@example.com']);
    const result = initAs(home, []);
    expect(result.code, result.stderr).toBe(0);
    expect(reviewers()).toEqual(['Ada Reviewer <ada@example.com>']);
    expect(result.stdout).toContain("promptvault init: review.reviewers: Ada Reviewer <ada@example.com> (your git identity in this repository's config); only their");
  });

  it('names where git took the address from in its own order: author.email before user.email, EMAIL after both', () => {
    const { home } = setUp();
    repo.git(['config', 'author.email', 'bo@work.example']);
    const local = initAs(home, []);
    expect(local.code, local.stderr).toBe(0);
    expect(reviewers()).toEqual(['Bo Home <bo@work.example>']);
    expect(local.stdout).toContain("promptvault init: review.reviewers: Bo Home <bo@work.example> (your git identity in this repository's config); only their");

    fs.rmSync(path.join(repo.dir, '.promptvault.yaml'));
    repo.git(['config', '--unset', 'author.email']);
    fs.writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = Bo Home\n');
    const fromEnv = initAs(home, [], { EMAIL: 'bo@env.example' });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(reviewers()).toEqual(['Bo Home <bo@env.example>']);
    expect(fromEnv.stdout).toContain('promptvault init: review.reviewers: Bo Home <bo@env.example> (your git identity from the environment (GIT_AUTHOR_EMAIL, or EMAIL where no git config sets one)); only their');
  });

  it('writes the reviewers given with --reviewer instead, without asking anything', () => {
    const { home } = setUp();
    const result = initAs(home, ['--reviewer', 'Dana Lee <dana@example.com>', '--reviewer', 'carol@example.com']);
    expect(result.code, result.stderr).toBe(0);
    expect(reviewers()).toEqual(['Dana Lee <dana@example.com>', 'carol@example.com']);
    expect(result.stdout).toContain('promptvault init: review.reviewers: Dana Lee <dana@example.com>, carol@example.com (as given with --reviewer)\n');
    expect(result.stdout).not.toContain('bo@home.example');
  });

  it('says that --reviewer is not written into a .promptvault.yaml that is there', () => {
    const { home } = setUp();
    repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
    const result = initAs(home, ['--reviewer', 'Dana Lee <dana@example.com>']);
    expect(result.code, result.stderr).toBe(0);
    expect(reviewers()).toBeUndefined();
    expect(result.stdout).toContain('promptvault init: kept the existing .promptvault.yaml; --reviewer not written into it (they set up a new one): edit review.reviewers there\n');
  });

  it('writes a reviewer given twice (the same email, any case or name) once', () => {
    const { home } = setUp();
    const result = initAs(home, ['--reviewer', 'Dana Lee <dana@example.com>', '--reviewer', 'carol@example.com', '--reviewer', 'D. Lee <Dana@Example.com>']);
    expect(result.code, result.stderr).toBe(0);
    expect(reviewers()).toEqual(['Dana Lee <dana@example.com>', 'carol@example.com']);
  });

  it('refuses a --reviewer with no email before writing anything', () => {
    const { home } = setUp();
    const result = initAs(home, ['--reviewer', 'Dana Lee']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--reviewer: "Dana Lee" names no email (reviews are matched by the email of the commit that makes them)');
    expect(result.stderr).toContain('expected: a git identity or an email, e.g. --reviewer "Dana Lee <dana@example.com>" or --reviewer dana@example.com');
    expect(fs.existsSync(path.join(repo.dir, '.promptvault.yaml'))).toBe(false);
  });
});
