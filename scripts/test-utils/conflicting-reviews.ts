// One flagged audit reviewed two ways on two branches, as the review suites replay it: Bob makes
// the greeting rule optional ("must" -> "may", flagged); Carol rejects it on her branch `carol`,
// Dana accepts it on main. Merging, rebasing or cherry-picking one onto the other stops on a
// conflict inside the audit file.
import { expect } from 'vitest';
import { parse } from 'yaml';
import { builtOnce } from './built-once.ts';
import { createClauseHistory } from './clause-history.ts';
import { as, type TestRepo } from './repo.ts';

export const BOB = as('Bob Author', 'bob@example.com');
export const DANA = as('Dana Lee', 'dana@example.com');
export const CAROL = as('Carol Reviewer', 'carol@example.com');
const clause = (modal: string) => `---\ntitle: Greeting\ntone: formal\n---\nThe assistant ${modal} greet the customer politely.\n`;

/**
 * The repository on main with Dana's accept (2026-01-04) committed, branch `carol` (from the
 * flagged change) with Carol's reject (2026-01-05), and `file`, the flagged audit's path. Built
 * once per run (four hooked commits and two review runs) and copied for every later call
 * (builtOnce): 4 calls in 3 files.
 */
export function createConflictingReviews(): { repo: TestRepo; file: string } {
  return builtOnce('conflicting-reviews', build);
}

function build(): { repo: TestRepo; file: string } {
  const repo = createClauseHistory(['dana@example.com', 'carol@example.com'], 'codex/tone/greeting.md', [
    { by: BOB, date: '2026-01-02', subject: 'the greeting rule', text: clause('must') },
    { by: BOB, date: '2026-01-03', subject: 'greeting optional', text: clause('may') },
  ]);
  const file = repo.filesAtHead('vault/audits/tone/greeting/').find((name) => (parse(repo.read(name)) as { regression_flag: boolean }).regression_flag)!;
  repo.git(['checkout', '-q', '-b', 'carol']);
  expect(repo.cli(['review', 'tone/greeting', '--reject', '--note', 'carol decided'], { env: CAROL }).code).toBe(0);
  expect(repo.commit("carol's review", '2026-01-05', { add: false, env: CAROL }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  expect(repo.cli(['review', 'tone/greeting', '--accept', '--note', 'dana decided'], { env: DANA }).code).toBe(0);
  expect(repo.commit("dana's review", '2026-01-04', { add: false, env: DANA }).code).toBe(0);
  return { repo, file };
}
