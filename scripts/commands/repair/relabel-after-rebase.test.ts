// A label set on a branch (`label set staging refund@3`, committed there) whose prompt main also
// edited: the rebase's repair drops the branch's records of texts no commit holds and records each
// rebased commit again (v3, v4, v5 on top of main's v2). The label named the dropped v3 and check
// failed on it; it now follows the version recorded for the rebased copy of the commit it named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitRefundSteps, refundSteps as text } from '../../test-utils/refund-steps.ts';

let repo: TestRepo;
let rebased = { code: 0, stdout: '', stderr: '' };
let labelledBefore: Record<string, any> = {};

beforeAll(() => {
  repo = createRepo();
  const edit = (parts: readonly string[], message: string, date: string) => commitRefundSteps(repo, parts, message, date);
  edit(['greet', 'listen', 'check', 'close'], 'refund v1', '2026-01-01');
  repo.git(['checkout', '-q', '-b', 'side']);
  edit(['welcome', 'listen', 'check', 'close'], 'side v2', '2026-01-02');
  edit(['welcome', 'hear them out', 'check', 'close'], 'side v3', '2026-01-03');
  edit(['welcome', 'hear them out', 'check twice', 'close'], 'side v4', '2026-01-03');
  expect(repo.cli(['label', 'set', 'staging', 'refund@3']).code).toBe(0);
  expect(repo.commit('stage v3', '2026-01-03', { add: false }).code).toBe(0);
  labelledBefore = parse(repo.read('vault/labels/staging.yaml')).prompts.refund;
  repo.git(['checkout', '-q', 'main']);
  edit(['greet', 'listen', 'check', 'close kindly'], 'main v2', '2026-01-04');
  repo.git(['checkout', '-q', 'side']);
  rebased = repo.git(['rebase', 'main'], { date: '2026-01-05' });
}, 180_000);
afterAll(() => repo?.cleanup());

describe('a label set on a rebased branch', () => {
  it("follows the version recorded for the rebased copy of the labelled commit, in the repair's commit, and check passes", () => {
    expect(rebased.code, rebased.stderr).toBe(0);
    expect(rebased.stdout + rebased.stderr).toMatch(/promptvault repair: label staging follows refund from the dropped v3 \(0003-[0-9a-f]{12}\) to v4 \(0004-[0-9a-f]{12}\), which replaced it/);
    const label = parse(repo.showHead('vault/labels/staging.yaml')).prompts.refund;
    expect(label.key).not.toBe(labelledBefore.key);
    // v4 is side v3 rebased (main's v2 is v2, side v2 became v3): the labelled text, on main's change.
    const checkpoint = parse(repo.showHead(`vault/checkpoints/refund/${label.key}.yaml`));
    expect(label).toEqual({ version: 4, key: label.key, content_hash: checkpoint.content_hash });
    expect(repo.cli(['show', 'refund@4']).stdout).toBe(text('welcome', 'hear them out', 'check', 'close kindly'));
    expect(repo.git(['log', '-1', '--format=%s']).stdout).toMatch(/^Repair the prompt vault after a rebase: .*move staging refund to v4/);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
