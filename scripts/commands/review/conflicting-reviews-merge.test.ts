import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import { as, type TestRepo } from '../../test-utils/repo.ts';

// Two reviewers decide one flagged audit on two branches (Dana accepts, Carol rejects) and the
// branches merge: git stops on a conflict inside the audit file. `review` then said "is not valid
// YAML" at the marker line, and its fix, `git checkout -- <file>`, is what git refuses for an
// unmerged path. It now names the conflict and the way out of the merge.

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
  for (const [branch, env, decision, date] of [['dana', DANA, '--accept', '2026-01-04'], ['carol', CAROL, '--reject', '2026-01-05']] as const) {
    repo.git(['checkout', '-q', '-b', branch, 'main']);
    expect(repo.cli(['review', 'tone/greeting', decision, '--note', `${branch} decided`], { env }).code).toBe(0);
    expect(repo.commit(`${branch}'s review`, date, { add: false, env }).code).toBe(0);
  }
  repo.git(['checkout', '-q', 'main']);
  expect(repo.git(['merge', '-q', 'dana'], { date: '2026-01-06', env: DANA }).code).toBe(0);
  expect(repo.git(['merge', '-q', 'carol', '-m', 'merge carol'], { date: '2026-01-07', env: DANA }).code).toBe(1);
});
afterAll(() => repo?.cleanup());

describe('a merge of two branches that reviewed one audit differently', () => {
  it('review names the conflict in the audit and the way out of the merge, and writes nothing', () => {
    const refused = repo.cli(['review', 'tone/greeting', '--accept', '--note', 'after the merge'], { env: DANA });
    expect(refused.code).toBe(2);
    const id = /([^/]+)\.yaml$/.exec(file)![1]!;
    expect(refused.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+: has unresolved merge conflict markers \\(two branches reviewed this audit differently\\)`));
    expect(refused.stderr).toContain(`fix: keep one side with \`git checkout --ours -- ${file}\` (or --theirs) and \`git add ${file}\`, then \`promptvault review <clause> --audit ${id} --accept|--reject --note "..."\` if the decision you want is the other one, and \`git commit\` to end the merge`);
    expect(refused.stderr).not.toContain('is not valid YAML');
    expect(repo.git(['diff', '--name-only', '--diff-filter=U']).stdout.trim()).toBe(file);
  });

  it('following the fix ends the merge with one decision, which check then reads', () => {
    expect(repo.git(['checkout', '--theirs', '--', file]).code).toBe(0);
    expect(repo.git(['add', file]).code).toBe(0);
    const merged = repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-07', env: DANA });
    expect(merged.code, merged.stderr).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('1 rejected regression(s) not yet undone');
  });
});
