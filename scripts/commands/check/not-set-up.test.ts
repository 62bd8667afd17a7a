import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A monorepo branch cut before promptvault was adopted: prompts where the default glob finds them
// and Claude agents where it does not, no .promptvault.yaml, no vault/, no hooks.
let repo: TestRepo;
beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
  repo.write('apps/support-bot/.claude/agents/triage.md', '---\nname: triage\ndescription: Use when: a ticket arrives\n---\nTriage the ticket.\n');
  expect(repo.commit('prompts before promptvault', '2026-01-02').code).toBe(0);
  repo.write('prompts/support/greet.md', promptFile({ title: 'Greet' }, 'Say hello.'));
  expect(repo.commit('more prompts, still before promptvault', '2026-01-03').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('check on a commit from before promptvault was adopted', () => {
  it('says nothing was checked because the commit has no .promptvault.yaml, names the fix, and exits 0 without "ok"', () => {
    const result = repo.cli(['check']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('.promptvault.yaml: this commit has no .promptvault.yaml and nothing in vault/: promptvault is not set up here');
    expect(result.stdout).toContain('fix: merge or rebase the branch onto the commit that added .promptvault.yaml');
    expect(result.stdout).toContain('`promptvault init`');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('promptvault check: nothing checked: no .promptvault.yaml at this commit (promptvault is not set up here)');
    expect(result.stdout).not.toMatch(/: ok$/m);
    // Not every default-glob prompt failed as unrecorded: the branch never had the hook.
    expect(result.stdout).not.toContain('not-recorded');
    expect(result.stdout).not.toContain('has no checkpoint');
  });

  it('puts it in a ::warning annotation on the config file under --format github', () => {
    const result = repo.cli(['check', '--format', 'github']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=\.promptvault\.yaml,title=config-missing::this commit has no \.promptvault\.yaml .*nothing was checked.*promptvault init/m);
    expect(result.stdout).not.toContain('::error');
  });

  it('checks as usual once the commit has a .promptvault.yaml: its unrecorded prompts fail', () => {
    repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md', 'apps/*/.claude/agents/**/*.md']\n");
    try {
      const result = repo.cli(['check']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('prompts/support/refund.md: has no checkpoint in vault/');
      expect(result.stdout).not.toContain('config-missing');
    } finally {
      repo.remove('.promptvault.yaml');
    }
  });
});

// The gate must not open by deleting what it guards: a range that removes the config and the
// records (a flagged audit among them) is not "a commit from before adoption".
describe('check on a range that removes promptvault', () => {
  let adopted: TestRepo;
  let base = '';
  beforeAll(() => {
    adopted = createRepo();
    adopted.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
    adopted.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(adopted.commit('adopt promptvault', '2026-01-02').code).toBe(0);
    expect(adopted.filesAtHead('vault').length).toBeGreaterThan(0);
    base = adopted.git(['rev-parse', 'HEAD']).stdout.trim();
    adopted.git(['rm', '-rq', '.promptvault.yaml', 'vault']);
    expect(adopted.commit('drop promptvault', '2026-01-03', { env: { HUSKY: '0' } }).code).toBe(0);
  });
  afterAll(() => adopted?.cleanup());

  it('fails with setup-removed under --since the base that had it, naming the base and the fix', () => {
    const result = adopted.cli(['check', '--since', base]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`this range removes promptvault: .promptvault.yaml and vault/ are at ${base.slice(0, 12)}`);
    expect(result.stdout + result.stderr).toContain(`git checkout ${base.slice(0, 12)} -- .promptvault.yaml vault`);
  });

  it('fails with a setup-removed ::error under --format github (CI)', () => {
    const result = adopted.cli(['check', '--format', 'github', '--since', base]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/^::error file=\.promptvault\.yaml,title=setup-removed::this range removes promptvault/m);
  });

  it('says only "not set up" without --since: the commit alone cannot tell a removal from a branch before adoption', () => {
    const result = adopted.cli(['check']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('promptvault is not set up here');
  });
});
