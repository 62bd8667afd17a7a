// A branch rebased twice, as `git pull --rebase` does day after day: the first rebase (main moved
// elsewhere) keeps the branch's records, whose texts the rebased commits hold, so they travel with
// commit_parents naming the commits from before it. The second (main edited the same prompt) drops
// them and records each rebased commit again. A label set on the branch named a dropped record,
// and its commit was no longer the one the record's commit_parents pointed at: the label stayed
// dangling and check failed, while the version meant was right there. It now follows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitRefundSteps, refundSteps as text } from '../../test-utils/refund-steps.ts';

let repo: TestRepo;
let second = { code: 0, stdout: '', stderr: '' };

beforeAll(() => {
  repo = createRepo();
  const edit = (parts: readonly string[], message: string, date: string) => commitRefundSteps(repo, parts, message, date);
  edit(['greet', 'listen', 'close'], 'refund v1', '2026-01-01');
  repo.git(['checkout', '-q', '-b', 'side']);
  edit(['welcome', 'listen', 'close'], 'side v2', '2026-01-02');
  expect(repo.cli(['label', 'set', 'staging', 'refund@2']).code).toBe(0);
  expect(repo.commit('stage v2', '2026-01-02', { add: false }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write('README.md', 'main moved on elsewhere\n');
  expect(repo.commit('main: readme', '2026-01-03').code).toBe(0);
  repo.git(['checkout', '-q', 'side']);
  expect(repo.git(['rebase', 'main'], { date: '2026-01-04' }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  edit(['greet', 'listen', 'close kindly'], 'main v2', '2026-01-05');
  repo.git(['checkout', '-q', 'side']);
  second = repo.git(['rebase', 'main'], { date: '2026-01-06' });
}, 180_000);
afterAll(() => repo?.cleanup());

describe('a label set on a branch rebased twice', () => {
  it('follows the version recorded for the second rebase of the labelled commit, and check passes', () => {
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout + second.stderr).toMatch(/promptvault repair: label staging follows refund from the dropped v2 \(0002-[0-9a-f]{12}\) to v3 \(0003-[0-9a-f]{12}\), which replaced it/);
    const label = parse(repo.showHead('vault/labels/staging.yaml')).prompts.refund;
    const checkpoint = parse(repo.showHead(`vault/checkpoints/refund/${label.key}.yaml`));
    expect(label).toEqual({ version: 3, key: label.key, content_hash: checkpoint.content_hash });
    expect(repo.cli(['show', 'refund@3']).stdout).toBe(text('welcome', 'listen', 'close kindly'));
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
