import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import { as, type TestRepo } from '../../test-utils/repo.ts';

// Dana accepts a flagged audit on main; Carol rejected it on her branch. Rebasing Carol's branch
// onto main, or cherry-picking her review, stops on a conflict inside the audit file. The fix used
// to end with "`git commit` to end the merge": in a rebase that commit leaves git stopped, the
// rebase still to finish. It now names the step of what git is in the middle of.

let repo: TestRepo;
let file = '';
const BOB = as('Bob Author', 'bob@example.com');
const DANA = as('Dana Lee', 'dana@example.com');
const CAROL = as('Carol Reviewer', 'carol@example.com');
const clause = (modal: string) => `---\ntitle: Greeting\ntone: formal\n---\nThe assistant ${modal} greet the customer politely.\n`;

beforeAll(() => {
  repo = createClauseHistory(['dana@example.com', 'carol@example.com'], 'codex/tone/greeting.md', [
    { by: BOB, date: '2026-01-02', subject: 'the greeting rule', text: clause('must') },
    { by: BOB, date: '2026-01-03', subject: 'greeting optional', text: clause('may') },
  ]);
  file = repo.filesAtHead('vault/audits/tone/greeting/').find((name) => (parse(repo.read(name)) as { regression_flag: boolean }).regression_flag)!;
  repo.git(['checkout', '-q', '-b', 'carol']);
  expect(repo.cli(['review', 'tone/greeting', '--reject', '--note', 'carol decided'], { env: CAROL }).code).toBe(0);
  expect(repo.commit("carol's review", '2026-01-05', { add: false, env: CAROL }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  expect(repo.cli(['review', 'tone/greeting', '--accept', '--note', 'dana decided'], { env: DANA }).code).toBe(0);
  expect(repo.commit("dana's review", '2026-01-04', { add: false, env: DANA }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

const fixOf = (stderr: string) => /fix: (.*)/.exec(stderr)?.[1] ?? stderr;

describe('a conflict in a vault file met by a rebase or a cherry-pick', () => {
  it('during a rebase, names `git rebase --continue` as the step after adding the file, and doing so finishes the rebase', () => {
    repo.git(['checkout', '-q', 'carol']);
    expect(repo.git(['rebase', 'main'], { date: '2026-01-06', env: CAROL }).code).not.toBe(0);
    const refused = repo.cli(['review', 'tone/greeting', '--reject', '--note', 'after the rebase'], { env: CAROL });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('has unresolved merge conflict markers (two branches reviewed this audit differently)');
    expect(fixOf(refused.stderr)).toMatch(/, and `git rebase --continue` to go on with the rebase \(not `git commit`: the rebase would stay stopped here\)$/);
    expect(repo.git(['checkout', '--theirs', '--', file]).code).toBe(0);
    expect(repo.git(['add', file]).code).toBe(0);
    const continued = repo.git(['rebase', '--continue'], { date: '2026-01-06', env: { ...CAROL, GIT_EDITOR: 'true' } });
    expect(continued.code, continued.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('during a cherry-pick, names `git cherry-pick --continue`; during a merge, still `git commit`', () => {
    repo.git(['checkout', '-q', 'main']);
    repo.git(['branch', '-q', '-f', 'carol-old', 'carol@{1}']);
    expect(repo.git(['cherry-pick', 'carol-old'], { date: '2026-01-07', env: DANA }).code).not.toBe(0);
    const picked = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the pick'], { env: DANA });
    expect(fixOf(picked.stderr)).toMatch(/, and `git cherry-pick --continue` to finish the cherry-pick$/);
    expect(repo.git(['cherry-pick', '--abort']).code).toBe(0);
    expect(repo.git(['merge', '-q', 'carol-old', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).not.toBe(0);
    const merging = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the merge'], { env: DANA });
    expect(fixOf(merging.stderr)).toMatch(/, and `git commit` to end the merge$/);
    expect(repo.git(['merge', '--abort']).code).toBe(0);
  });

  it('during `git am` (which keeps its state in rebase-apply/ as a rebase does), names `git am --continue`', () => {
    const patch = repo.git(['format-patch', '-1', '--stdout', 'carol-old']).stdout;
    const patchFile = path.join(os.tmpdir(), `promptvault-am-${process.pid}.patch`);
    fs.writeFileSync(patchFile, patch);
    try {
      expect(repo.git(['am', '-3', patchFile], { date: '2026-01-08', env: DANA }).code).not.toBe(0);
      const applying = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'during am'], { env: DANA });
      expect(fixOf(applying.stderr)).toMatch(/, and `git am --continue` to go on applying the patches$/);
      expect(repo.git(['am', '--abort']).code).toBe(0);
    } finally {
      fs.rmSync(patchFile, { force: true });
    }
  });
});
