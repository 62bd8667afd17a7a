import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { commitPromptAndEdit } from '../../test-utils/edited-prompt.ts';

// Where the hook cannot see `git commit --amend` (Windows; PROMPTVAULT_AMEND_PROBE=none here),
// post-rewrite amends the user's amend again through git's plumbing (undetected-amend.ts), and
// commit-tree never signs on its own: a team that signs every commit lost the signature of each
// amended prompt edit without a word. Signed with an SSH key made here, as teams on GitHub do.

const hasSshKeygen = spawnSync('ssh-keygen', ['-?'], { encoding: 'utf8' }).error === undefined;
const env = { PROMPTVAULT_AMEND_PROBE: 'none' };
let repo: TestRepo;
afterEach(() => repo?.cleanup());

/** A repository signing with a fresh ed25519 key (gpg.format ssh), and an allowed-signers file to verify with. */
function signingRepo(): TestRepo {
  repo = createRepo();
  const key = path.join(repo.dir, '.git', 'signing-key');
  const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'ada@example.com', '-f', key], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  fs.writeFileSync(path.join(repo.dir, '.git', 'allowed-signers'), `ada@example.com ${fs.readFileSync(`${key}.pub`, 'utf8')}`);
  for (const [name, value] of [['gpg.format', 'ssh'], ['user.signingkey', key], ['gpg.ssh.allowedSignersFile', path.join(repo.dir, '.git', 'allowed-signers')]]) repo.git(['config', name!, value!]);
  return repo;
}

const signature = (ref: string) => /^gpgsig /m.test(repo.git(['cat-file', 'commit', ref]).stdout.split('\n\n')[0]!);

function amendedVersions(): unknown[] {
  return repo.filesAtHead('vault/mutations/a/').map((file) => parse(repo.showHead(file)) as { version: number; commit_parents: string[] }).map((m) => [m.version, m.commit_parents]);
}

describe.skipIf(!hasSshKeygen)('an amend the hook could not see, re-amended by post-rewrite, in a repository that signs its commits', () => {
  it('is signed again with the same key when commit.gpgsign is on, and verifies', () => {
    signingRepo();
    repo.git(['config', 'commit.gpgsign', 'true']);
    const base = commitPromptAndEdit(repo, env);
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Three.'));
    const amended = repo.git(['commit', '-q', '-a', '--amend', '--no-edit'], { date: '2026-01-04T10:00:00Z', env });
    expect(amended.code, amended.stderr).toBe(0);
    expect(amended.stderr).toContain('recorded again against the amended commit\'s parents');
    expect(amended.stderr).not.toContain('not signed');
    expect(repo.git(['log', '-1', '--format=%s']).stdout.trim()).toBe('edit a');
    expect(amendedVersions()).toEqual([[1, []], [2, [base]]]);
    expect(signature('HEAD')).toBe(true);
    const verified = repo.git(['verify-commit', 'HEAD']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stderr).toContain('Good "git" signature for ada@example.com');
  });

  it('signed with -S while commit.gpgsign is off: says on stderr that the signature was dropped and how to sign again, which works', () => {
    signingRepo();
    const base = commitPromptAndEdit(repo, env, ['-S']);
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Three.'));
    const amended = repo.git(['commit', '-q', '-a', '--amend', '--no-edit', '-S'], { date: '2026-01-04T10:00:00Z', env });
    expect(amended.code, amended.stderr).toBe(0);
    const head = repo.git(['rev-parse', '--short=7', 'HEAD']).stdout.trim();
    expect(amended.stderr).toContain(`promptvault: warning: the commit ${head} that now holds your amend is not signed, though the one it replaced was (or commit.gpgsign is on): promptvault amends through git's plumbing, which signs only with commit.gpgsign true and a key that signs. Sign it again: git commit --amend --no-edit --no-verify -S\n`);
    expect(signature('HEAD')).toBe(false);

    // The command it gives signs the commit and leaves the records as they are.
    const resigned = repo.git(['commit', '-q', '--amend', '--no-edit', '--no-verify', '-S'], { date: '2026-01-04T10:00:00Z', env });
    expect(resigned.code, resigned.stderr).toBe(0);
    expect(resigned.stderr).not.toContain('promptvault');
    expect(signature('HEAD')).toBe(true);
    expect(repo.git(['verify-commit', 'HEAD']).code).toBe(0);
    expect(amendedVersions()).toEqual([[1, []], [2, [base]]]);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
