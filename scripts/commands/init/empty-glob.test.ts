import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// An adopter's typo in `init --prompts` ('docs/prompts/**/*.txt' for *.md): init wrote it, said
// "prompts: docs/prompts/**/*.txt (as given with --prompts)" and exit 0, and backfill recorded
// none of the team's prompts. Now init names each given glob that takes no file, before backfill.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

function teamRepo(): TestRepo {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  repo.write('docs/prompts/shipping.md', promptFile({ title: 'Shipping' }, 'Answer shipping questions.'));
  repo.write('.claude/agents/review.md', promptFile({ name: 'review', description: 'Reviews diffs' }, 'Review the diff.'));
  repo.write('codex/refunds/limit.md', promptFile({ title: 'Refund limit' }, 'Refunds up to $100.'));
  expect(repo.commit('team prompts', '2026-01-01').code).toBe(0);
  return repo;
}

describe('init --prompts / --codex with a glob that takes no file', () => {
  it('warns for each such glob, naming the layouts found, and still writes the config as given', () => {
    const repo = teamRepo();
    const init = repo.cli(['init', '--prompts', 'docs/prompts/**/*.txt', '--prompts', '.claude/agents/**/*.md', '--codex', 'codx/**/*.md', '--reviewer', 'dana@example.com']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("promptvault init: warning: --prompts 'docs/prompts/**/*.txt' takes no file in this repository, so nothing under it will be recorded; the layouts found are at '.claude/agents/**/*.md'");
    expect(init.stdout).toContain("promptvault init: warning: --codex 'codx/**/*.md' takes no file in this repository");
    expect(init.stdout).not.toContain("--prompts '.claude/agents/**/*.md' takes no file");
    expect(init.stdout).toContain('correct prompts: in .promptvault.yaml');
    expect(parse(repo.read('.promptvault.yaml')).prompts).toEqual(['docs/prompts/**/*.txt', '.claude/agents/**/*.md']);
  });

  it('says nothing of globs that take files', () => {
    const repo = teamRepo();
    const init = repo.cli(['init', '--prompts', 'docs/prompts/**/*.md', '--codex', 'codex/**/*.md', '--reviewer', 'dana@example.com']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).not.toContain('takes no file');
  });
});
