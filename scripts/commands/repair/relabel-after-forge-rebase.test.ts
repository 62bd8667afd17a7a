// A pull request that moved a label, merged by the forge's "Rebase and merge" while main had
// edited the same prompt: the forge runs no hook, so main gets the branch's records of texts no
// commit of it holds. `repair` on main drops them and records the current text; the label set in
// the pull request still named the dropped record and check failed on it. No rebase was made in
// this clone to pair the commits by, so the label now follows the version of the text that the
// commit which brought the dropped record holds here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, NO_HOOKS, type TestRepo } from '../../test-utils/repo.ts';
import { REFUND_PROMPT as FILE, refundSteps as text } from '../../test-utils/refund-steps.ts';

let repo: TestRepo;
let repaired = { code: 0, stdout: '', stderr: '' };

beforeAll(() => {
  repo = createRepo();
  const edit = (a: string, b: string, message: string, date: string) => {
    repo.write(FILE, text(a, b));
    expect(repo.commit(message, date).code).toBe(0);
  };
  edit('greet', 'close', 'refund v1', '2026-01-01');
  repo.git(['checkout', '-q', '-b', 'pr']);
  edit('welcome', 'close', 'pr: warmer greeting', '2026-01-02');
  expect(repo.cli(['label', 'set', 'production', 'refund@2']).code).toBe(0);
  expect(repo.commit('production: refund v2', '2026-01-02', { add: false }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  edit('greet', 'close kindly', 'main: kinder close', '2026-01-03');
  // The forge: the pull request's commits rebased onto main without any hook, main moved to them.
  repo.git(['checkout', '-q', 'pr']);
  expect(repo.git([...NO_HOOKS, 'rebase', 'main'], { date: '2026-01-04' }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  expect(repo.git(['merge', '-q', '--ff-only', 'pr']).code).toBe(0);
  repaired = repo.cli(['repair']);
}, 180_000);
afterAll(() => repo?.cleanup());

describe('a label moved in a pull request the forge rebase-merged', () => {
  it("follows the version repair records for the text the labelled record's commit holds on main, and check passes", () => {
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stdout + repaired.stderr).toMatch(/label production follows refund from the dropped v2 \(0002-[0-9a-f]{12}\) to v3 \(0003-[0-9a-f]{12}\), which replaced it/);
    const label = parse(repo.showHead('vault/labels/production.yaml')).prompts.refund;
    expect(label.version).toBe(3);
    expect(repo.cli(['show', 'refund@3']).stdout).toBe(text('welcome', 'close kindly'));
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
