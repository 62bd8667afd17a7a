// A reviewer's week: Ben weakens a clause on his branch. Everyone who meets the open audit (Ben at
// his commit, the pull request's report, CI's check) is told who may close it: a reviewer
// named in .promptvault.yaml, not Ben, in a commit of their own. Before, each gave only the
// command, and Ben (or Frank, not named) ran it to be refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import { as, type TestRepo } from '../../test-utils/repo.ts';

const BEN = as('Ben Ortiz', 'ben@example.com');
const clause = (body: string) => `---\ntitle: Account numbers\ntone: formal\n---\n${body}\n`;
let repo: TestRepo;
let hookOutput = '';
beforeAll(() => {
  repo = createClauseHistory(['Dana Lee <dana@example.com>', 'carol@example.com'], 'codex/privacy.md', [
    { date: '2026-01-02', subject: 'add the clause', text: clause('The assistant must never share account numbers.') },
  ]);
  repo.git(['checkout', '-q', '-b', 'ben/soften']);
  repo.write('codex/privacy.md', clause('The assistant should avoid sharing account numbers.'));
  const soften = repo.commit('soften the clause', '2026-01-03', { env: BEN });
  expect(soften.code, soften.stderr).toBe(0);
  hookOutput = soften.stdout + soften.stderr;
});
afterAll(() => repo?.cleanup());

describe('an open audit says who may close it', () => {
  it('in the hook\'s line at the commit that was flagged', () => {
    expect(hookOutput).toMatch(/FLAGGED \(modal-weakened[^)]*\); a reviewer named in \.promptvault\.yaml review\.reviewers, other than its author, reviews it with `npx promptvault review privacy --accept\|--reject/);
  });

  it('in check\'s fix line, naming the reviewers and that the author may not', () => {
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    const fix = (check.stdout + check.stderr).split('\n').find((line) => line.trim().startsWith('fix: npx promptvault review privacy'));
    expect(fix?.replace(/--audit \S+/, '--audit <id>').trim()).toBe(
      'fix: npx promptvault review privacy --audit <id> --accept --note "why this change is fine"  (or --reject), run by a reviewer named in .promptvault.yaml review.reviewers (Dana Lee <dana@example.com>, carol@example.com) other than the change\'s author and committed as themselves',
    );
  });

  it('in the pull request report, escaped as Markdown', () => {
    const report = repo.cli(['report', '--format', 'markdown', '--base', 'main']);
    expect(report.code, report.stderr).toBe(0);
    const line = report.stdout.split('\n').find((l) => l.includes('close it with'));
    expect(line?.replace(/--audit \S+/, '--audit <id>')).toBe("  - close it with `npx promptvault review privacy --audit <id> --accept --note \"why\"` (or `--reject`), run by a reviewer named in .promptvault.yaml review.reviewers \\(Dana Lee \\<dana@example.com\\>, carol@example.com\\) other than the change's author and committed as themselves");
  });
});
