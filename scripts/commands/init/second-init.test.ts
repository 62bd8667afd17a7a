// `init` run again in a repository already adopted, after a tool's prompt folder came in that the
// config's globs do not take (a second layout): it keeps the one config and vault, as before, and
// now says which found layout goes unrecorded and how to take it, where it said only "kept the
// existing .promptvault.yaml" and the agents stayed unrecorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let adopted: TestRepo;
beforeAll(() => {
  adopted = createRepo();
  adopted.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
  adopted.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'You handle refund requests and cite the policy.'));
  expect(adopted.commit('adopt promptvault', '2026-01-02').code).toBe(0);
  adopted.write('.claude/agents/reviewer.md', '---\nname: reviewer\ndescription: Reviews code\n---\nYou review code for security problems.\n');
  expect(adopted.commit('add a Claude Code subagent', '2026-01-03').code).toBe(0);
}, 120_000);
afterAll(() => adopted?.cleanup());

describe('a second init in an adopted repository', () => {
  it('keeps the one config and vault, and names the found layout its globs leave unrecorded', () => {
    const repo = copyRepo(adopted);
    try {
      const config = repo.read('.promptvault.yaml');
      for (const args of [['init'], ['init', '--prompts', '.claude/agents/**/*.md']]) {
        const again = repo.cli(args);
        expect(again.code, again.stderr).toBe(0);
        expect(again.stdout).toContain('promptvault init: kept the existing .promptvault.yaml');
        expect(again.stdout).toContain('promptvault init: its globs take none of what was found at .claude/agents/**/*.md (1 file(s)): those files are not recorded; add that glob to prompts: in .promptvault.yaml and commit it (each file then gets its first version), or leave them out');
        expect(again.stdout).not.toContain('(prompts/**/*.md (1 file(s))');
      }
      expect(repo.read('.promptvault.yaml')).toBe(config);
      expect(repo.git(['status', '--porcelain', '--', '.promptvault.yaml', 'vault/checkpoints', 'vault/mutations']).stdout).toBe('');
      // Following it records the agent, in the same vault.
      repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md', '.claude/agents/**/*.md']\n");
      expect(repo.commit('record the agents too', '2026-01-04').stderr).toMatch(/promptvault: reviewer v1·[0-9a-f]{6} \(new\)/);
      const after = repo.cli(['init']);
      expect(after.stdout).not.toContain('its globs take none');
      expect(repo.cli(['check']).code).toBe(0);
    } finally {
      repo.cleanup();
    }
  });
});
