import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

// A commit that edits .promptvault.yaml is checked by the hook even when it touches no prompt the
// default globs know. Before, an invalid config made the hook fall back to the default globs
// (prompts/**/*.md), find nothing to do, and let through a CLAUDE.md edit committed with it:
// exit 0, no record, no word; `check` failed later on someone else's pull request.

let repo: TestRepo;
let base = '';
const CONFIG = "prompts: ['CLAUDE.md']\ncodex: ['codex/**/*.md']\n";

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', CONFIG);
  repo.write('CLAUDE.md', '# Memory\n\nRun the tests first.\n');
  expect(repo.commit('adopt', '2026-01-02').code).toBe(0);
  base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
});
afterAll(() => repo?.cleanup());

describe('a commit that changes .promptvault.yaml', () => {
  it('is blocked when the config it commits is invalid, naming the line, and nothing is written', () => {
    repo.write('.promptvault.yaml', CONFIG.replace("['codex/**/*.md']", "['codex/**/*.md'"));
    repo.write('CLAUDE.md', '# Memory\n\nRun the tests first, always.\n');
    const blocked = repo.commit('edit memory', '2026-01-03');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toMatch(/^promptvault record: .*\n\.promptvault\.yaml:\d+: /m);
    expect(repo.git(['rev-parse', 'HEAD']).stdout.trim()).toBe(base);
    expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toBe('');
  });

  it('goes through when the config is valid, and the prompt edit committed with it is recorded', () => {
    repo.write('.promptvault.yaml', `${CONFIG}review:\n  reviewers: [ada@example.com]\n`);
    const committed = repo.commit('edit memory, name a reviewer', '2026-01-03');
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/promptvault: CLAUDE v2·[0-9a-f]{6} \(edit from CLAUDE@v1·[0-9a-f]{6}\)/);
  });
});

describe('a commit that moves .promptvault.yaml', () => {
  it('records the prompt it becomes, though git pairs the two as a rename', () => {
    const moving = createRepo();
    try {
      moving.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n# Where the team keeps its prompts.\n# Reviewed by the platform team.\n");
      moving.write('prompts/refund.md', '# Refund\n\nRefund within 30 days.\n');
      expect(moving.commit('adopt', '2026-01-02').code).toBe(0);
      // The config's text, unchanged, becomes a prompt: git's diff shows one rename, not a deletion and an addition.
      expect(moving.git(['mv', '.promptvault.yaml', 'prompts/old-config.md']).code).toBe(0);
      const committed = moving.commit('keep the old config as notes', '2026-01-03');
      expect(committed.code, committed.stderr).toBe(0);
      expect(moving.addedInHead('vault/checkpoints').some((file) => file.includes('old-config'))).toBe(true);
    } finally {
      moving.cleanup();
    }
  });
});
