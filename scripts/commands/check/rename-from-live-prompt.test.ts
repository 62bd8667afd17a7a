// An agent and a slash command both named `review` give one id; the command went in with
// --no-verify (the hook refuses it) and was then renamed apart. The hook recorded the rename as a
// move of `review`'s lineage, whose only version was the agent's text, and check said "ok".
// The hook now records the renamed file as a prompt of its own (the id `review` stays with the
// agent); check still warns of such a move in a vault an earlier hook recorded, naming both files;
// a plain move of a prompt is no finding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { findRenamesFromLivePrompts } from './rename-from-live-prompt.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['.claude/agents/**/*.md', '.claude/commands/**/*.md']\n");
  repo.write('.claude/agents/review.md', promptFile({ name: 'review', description: 'Reviews diffs' }, 'You review the diff for bugs.'));
  repo.write('.claude/agents/plan.md', promptFile({ name: 'plan', description: 'Plans work' }, 'You plan the work in small steps.'));
  expect(repo.commit('agents', '2026-01-02').code).toBe(0);
  repo.write('.claude/commands/review.md', promptFile({ description: 'Review the current diff' }, 'Review the staged changes and list the risks.'));
  expect(repo.commit('review command', '2026-01-03').code).not.toBe(0);
  expect(repo.commit('review command', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
  repo.move('.claude/commands/review.md', '.claude/commands/review-diff.md');
  repo.move('.claude/agents/plan.md', '.claude/agents/planner.md');
  const moved = repo.commit('rename the command apart; rename the planner', '2026-01-04');
  expect(moved.stderr).toMatch(/review-diff v1·[0-9a-f]{6} \(new\)/);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('check after two prompts giving one id were moved apart', () => {
  it('has nothing to warn of: the hook recorded the renamed file as a new prompt, and the planner\'s move as a move', () => {
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stderr).not.toContain('was recorded as a move of');
    expect(repo.cli(['log', 'planner']).stdout).toMatch(/planner v2·[0-9a-f]{6} .*rename/);
  });

  it('warns of such a move an earlier hook recorded, naming both files, and not of a plain move', () => {
    const parent = { prompt: 'review', version: 1, content_hash: 'sha256-agent' };
    const problems = findRenamesFromLivePrompts({
      prompts: [{ id: 'review', path: '.claude/agents/review.md', contentHash: 'sha256-agent' }],
      checkpoints: [
        { prompt: 'review', version: 1, content_hash: 'sha256-agent', path: '.claude/agents/review.md' },
        { prompt: 'review-diff', version: 2, content_hash: 'sha256-command', path: '.claude/commands/review-diff.md' },
        { prompt: 'planner', version: 2, content_hash: 'sha256-plan', path: '.claude/agents/planner.md' },
      ],
      mutations: [
        { file: 'vault/mutations/review-diff/0002-aaaaaaaaaaaa.yaml', prompt: 'review-diff', version: 2, content_hash: 'sha256-command', kind: 'rename', parents: [parent] },
        { file: 'vault/mutations/planner/0002-bbbbbbbbbbbb.yaml', prompt: 'planner', version: 2, content_hash: 'sha256-plan', kind: 'rename', parents: [{ prompt: 'plan', version: 1, content_hash: 'sha256-plan' }] },
      ],
    } as unknown as Parameters<typeof findRenamesFromLivePrompts>[0]);
    expect(problems.map((p) => p.message)).toEqual([
      'review-diff v2 (.claude/commands/review-diff.md) was recorded as a move of review v1 (.claude/agents/review.md), but review is still a prompt here, at .claude/agents/review.md: two files gave the id "review" and one was renamed apart, so review-diff\'s lineage starts from review\'s text, not from the file it was renamed from',
    ]);
  });
});
