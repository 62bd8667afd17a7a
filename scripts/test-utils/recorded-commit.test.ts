import { afterAll, describe, expect, it } from 'vitest';
import { BOB, DANA, keyRotationClause as clause, REVIEWERS_CONFIG } from './key-rotation.ts';
import { recordedCommit } from './recorded-commit.ts';
import { createRepo, type TestRepo } from './repo.ts';
import { REFUND_PROMPT, refundSteps } from './refund-steps.ts';

// recordedCommit is only worth using if its commit is the one the hook makes: the same history
// built through the hook and recorded in the process gives the same commit ids (fixed identity
// and dates), prompt versions and clause audits alike, a flagged one among them.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** The steps, each written and then committed by `commit` (message, date, env). */
async function history(commit: (repo: TestRepo, message: string, date: string, env: Record<string, string>) => unknown): Promise<TestRepo> {
  const repo = createRepo();
  repos.push(repo);
  // Two commits, each both kinds of record: a prompt's version and a clause's audit, the second
  // Bob's edit of both (a new version, a flagged audit).
  const steps: [string, string, Record<string, string>, () => void][] = [
    ['refund and the rotation rule', '2026-01-01', DANA, () => {
      repo.write(REFUND_PROMPT, refundSteps('greet', 'listen'));
      repo.write('.promptvault.yaml', REVIEWERS_CONFIG);
      repo.write('codex/security/key-rotation.md', clause('within 24 hours'));
    }],
    ['welcome first, relax key rotation', '2026-01-02', BOB, () => {
      repo.write(REFUND_PROMPT, refundSteps('welcome', 'listen'));
      repo.write('codex/security/key-rotation.md', clause('within 7 days'));
    }],
  ];
  for (const [message, date, env, write] of steps) {
    write();
    await commit(repo, message, date, env);
  }
  return repo;
}

describe('recordedCommit', () => {
  it('makes the commits the hook makes: the same ids for the versions of a prompt and the audits of a clause, one flagged', async () => {
    const hooked = await history((repo, message, date, env) => expect(repo.commit(message, date, { env }).code).toBe(0));
    const recorded = await history((repo, message, date, env) => recordedCommit(repo, message, date, { env }));
    const log = (repo: TestRepo) => repo.git(['log', '--format=%H %s']).stdout;
    expect(log(recorded)).toBe(log(hooked));
    // The records are there: two versions of refund, the clause's two audits, the second flagged.
    expect(recorded.filesAtHead('vault/mutations/refund/')).toHaveLength(2);
    expect(recorded.filesAtHead('vault/audits/security/key-rotation/').map((file) => /regression_flag: (\w+)/.exec(recorded.showHead(file))?.[1]).sort()).toEqual(['false', 'true']);
  });
});
