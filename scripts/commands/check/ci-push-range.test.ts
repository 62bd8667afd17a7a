import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRepo } from '../../test-utils/repo.ts';
import { commitLoweredFlag, createRotationRepo, DANA, WRITTEN_FALSE } from '../../test-utils/lowered-flag.ts';

// The CI gate on a push of several commits: `check --format github` judges again the audits of
// every commit the push brought (GitHub's event `before` sha, read from GITHUB_EVENT_PATH), not
// only the last commit's. Bob lowers an audit's flag by hand in the first commit of a push and
// Dana's harmless commit follows it: HEAD~1 alone would let it through. Where the range is
// unknown, HEAD~1 and a ::warning saying so. Real commits, real hook.

let repo: TestRepo;
let before = '';

/** `check --format github` as the workflow runs it on a push event with this payload. */
function checkOnPush(payload: object | undefined, event = 'push'): { code: number; stdout: string } {
  const file = path.join(repo.dir, '..', `${path.basename(repo.dir)}-event.json`);
  if (payload) fs.writeFileSync(file, JSON.stringify(payload));
  else fs.rmSync(file, { force: true });
  return repo.cli(['check', '--format', 'github'], { env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: file, GITHUB_BASE_REF: '' } });
}

beforeAll(() => {
  ({ repo, base: before } = createRotationRepo(['Dana Lee <dana@example.com>']));
  repo.git(['update-ref', 'refs/remotes/origin/main', before]);
  // The push's first commit: Bob relaxes the rule, records it, writes the audit's flag false by hand.
  commitLoweredFlag(repo, 'within 7 days', '2026-01-03');
  // Its last commit: nothing to judge.
  repo.write('prompts/support/greeting.md', '---\ntitle: Greeting\n---\nGreet the customer by name.\n');
  expect(repo.commit('add a greeting', '2026-01-04', { env: DANA }).code).toBe(0);
});
afterAll(() => {
  if (repo) fs.rmSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-event.json`), { force: true });
  repo?.cleanup();
});

describe('check --format github on a push of several commits', () => {
  it('judges the audits of every pushed commit, from the event\'s before sha, and fails on the hand-lowered flag', () => {
    const checked = checkOnPush({ before, ref: 'refs/heads/main', repository: { default_branch: 'main' } });
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(WRITTEN_FALSE);
    expect(checked.stdout).not.toContain('title=check-range');
  });

  it('judges a new branch (before = 000…) since it left the default branch, and says so', () => {
    const checked = checkOnPush({ before: '0'.repeat(40), ref: 'refs/heads/relax-rotation', repository: { default_branch: 'main' } });
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(WRITTEN_FALSE);
    expect(checked.stdout).toContain('::warning title=check-range::a new branch was pushed (before = 000…): audits are judged again since it left origin/main');
  });

  it('in a merge queue (merge_group), judges every commit of the group since its base_sha, and fails on the hand-lowered flag', () => {
    const head = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    const queued = checkOnPush({ merge_group: { base_sha: before, head_sha: head, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-12-abc' } }, 'merge_group');
    expect(queued.code, queued.stdout).toBe(1);
    expect(queued.stdout).toMatch(WRITTEN_FALSE);
    expect(queued.stdout).not.toContain('title=check-range');
    const unknown = checkOnPush({ merge_group: { base_sha: 'e'.repeat(40) } }, 'merge_group');
    expect(unknown.stdout).toContain(`::warning title=check-range::the merge group's base ${'e'.repeat(12)} is not in this clone`);
  });

  it('falls back to HEAD~1 with a warning naming what it did when the previous tip is not in the clone or the event cannot be read', () => {
    const forced = checkOnPush({ before: 'f'.repeat(40), ref: 'refs/heads/main', repository: { default_branch: 'main' } });
    expect(forced.stdout).toContain(`::warning title=check-range::the push's previous tip ${'f'.repeat(12)} is not in this clone (a force push, or a shallow checkout: use actions/checkout with fetch-depth: 0): audits are judged again since HEAD~1 only`);
    // HEAD~1 is Dana's commit's parent: Bob's audit is not this run's, as the warning says.
    expect(forced.stdout).not.toMatch(WRITTEN_FALSE);
    expect(forced.code, forced.stdout).toBe(0);
    const unread = checkOnPush(undefined);
    expect(unread.stdout).toMatch(/::warning title=check-range::the push event \(.*\) could not be read or has no "before" sha: audits are judged again since HEAD~1 only/);
  });

  it('keeps HEAD~1 without a warning outside GitHub Actions, and an explicit --since wins', () => {
    const local = repo.cli(['check', '--format', 'github'], { env: { GITHUB_BASE_REF: '' } });
    expect(local.stdout).not.toContain('check-range');
    expect(local.code, local.stdout).toBe(0);
    const since = repo.cli(['check', '--format', 'github', '--since', before], { env: { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent.json' } });
    expect(since.stdout).not.toContain('check-range');
    expect(since.code, since.stdout).toBe(1);
  });
});
