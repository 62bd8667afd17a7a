// An agent and a slash command both named `review` give one id; the command went in with
// --no-verify (the hook refuses it) and was then renamed apart. The hook recorded the rename as a
// move of `review`'s lineage, whose only version was the agent's text, and check said "ok".
// check now says so, naming both files; a plain move of a prompt is no finding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

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
  expect(moved.stderr).toMatch(/review-diff v2·[0-9a-f]{6} \(rename from review@v1·[0-9a-f]{6}\)/);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('check after two prompts giving one id were moved apart', () => {
  it('warns that the renamed prompt continues the lineage of a prompt still there, naming both files, and fails nothing', () => {
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stderr).toMatch(/vault\/mutations\/review-diff\/0002-[0-9a-f]{12}\.yaml: review-diff v2 \(\.claude\/commands\/review-diff\.md\) was recorded as a move of review v1 \(\.claude\/agents\/review\.md\), but review is still a prompt here, at \.claude\/agents\/review\.md: two files gave the id "review" and one was renamed apart/);
    // The planner's move is a move: its old id is gone.
    expect(checked.stderr).not.toContain('move of plan');
  });
});
