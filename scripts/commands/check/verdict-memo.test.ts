import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { BOB, commitLoweredFlag, DANA, rotationClause, ROTATION_CLAUSE, WRITTEN_FALSE } from '../../test-utils/lowered-flag.ts';
import { readCacheJson, writeCacheJson } from '../../lib/cache/cache-file-fs.ts';
import { rejudgeGuardLoads } from '../../lib/guard/rejudge-git.ts';
import { verdictMemoKind, verdictMemoPath } from '../../lib/guard/verdict-memo-fs.ts';
import { check } from './index.ts';

// `check` judges every audit written unflagged again, on git's texts of its change: an audit file
// is anyone's to write. The hook keeps the guard's verdict on what it judged in the git dir (keyed
// by the texts, the clause, its tone, the guard settings and the guard's code), so a check in the
// repository where the hook judged the change answers from it without loading the guard (~0.5 s
// of CPU a process). The verdict is the guard's, never the audit's: a flag lowered by hand is
// caught from the memo as from the guard. Real commits, real hook, `check` run here (in this
// process, so that the guard's loads are counted: rejudgeGuardLoads).

let repo: TestRepo;
let memoFile = '';
/** Bob's weakening (24 hours -> 7 days) recorded by the hook's guard, flagged, lowered by hand and committed with the hook off. */
let lowered = '';

/** check of HEAD (no --since: every unflagged audit judged again), with how many times it loaded the guard. */
async function checkCountingLoads(): Promise<{ result: Awaited<ReturnType<typeof check>>; loads: number }> {
  const before = rejudgeGuardLoads();
  const result = await check({ cwd: repo.dir, env: repo.env() });
  return { result, loads: rejudgeGuardLoads() - before };
}

const flaggedFiles = (result: Awaited<ReturnType<typeof check>>) => result.flagged.map((entry) => entry.audit.file);

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', 'review:\n  reviewers: ["Dana Lee <dana@example.com>"]\n');
  repo.write(ROTATION_CLAUSE, rotationClause('within 24 hours'));
  expect(repo.commit('add the rotation rule', '2026-01-02', { env: DANA }).code).toBe(0);
  // An honest tightening through the hook: unflagged, judged again by every check.
  repo.write(ROTATION_CLAUSE, rotationClause('within 12 hours'));
  expect(repo.commit('tighten', '2026-01-03', { env: BOB }).code).toBe(0);
  memoFile = verdictMemoPath(path.join(repo.dir, '.git'));
});
afterAll(() => repo?.cleanup());

describe("check, after the hook judged the repository's clause changes", () => {
  it('answers from the verdicts the hook kept, without loading the guard; with none kept it judges and keeps them', async () => {
    expect(fs.existsSync(memoFile)).toBe(true);
    const memo = await checkCountingLoads();
    expect(memo.result.flagged).toEqual([]);
    expect(memo.result.warnings.filter((warning) => warning.code === 'flag-not-trusted')).toEqual([]);
    expect(memo.loads).toBe(0);
    // A fresh clone (CI) has no memo: the same answer, from the guard, which is then kept.
    fs.rmSync(memoFile);
    const judged = await checkCountingLoads();
    expect(judged.loads).toBe(1);
    expect(judged.result.flagged).toEqual([]);
    expect(fs.existsSync(memoFile)).toBe(true);
    expect((await checkCountingLoads()).loads).toBe(0);
  });

  it('still catches a flag lowered by hand: the verdict kept is the guard\'s on the texts, not the audit\'s', async () => {
    lowered = commitLoweredFlag(repo, 'within 7 days', '2026-01-04');
    const { result, loads } = await checkCountingLoads();
    expect(loads).toBe(0);
    expect(flaggedFiles(result)).toEqual([lowered]);
    expect(result.flagged[0]!.refused).toMatch(WRITTEN_FALSE);
    expect(result.flagged[0]!.refused).toContain('its flag was lowered by hand');
  });

  it('judges again where the memo is cut short, edited, or written by another guard', async () => {
    const text = fs.readFileSync(memoFile, 'utf8');
    const caught = async () => {
      const { result, loads } = await checkCountingLoads();
      expect(flaggedFiles(result)).toEqual([lowered]);
      return loads;
    };
    // Cut short: no final newline.
    fs.writeFileSync(memoFile, text.slice(0, -20));
    expect(await caught()).toBe(1);
    // An entry's flag turned false by hand (its checksum no longer matches): not taken for the guard's.
    fs.writeFileSync(memoFile, text.replaceAll('"regression_flag":true', '"regression_flag":false'));
    expect(await caught()).toBe(1);
    // The same entries, whole and checksummed, under another guard's code digest: never read.
    const entries = readCacheJson(memoFile, verdictMemoKind());
    expect(Array.isArray(entries)).toBe(true);
    expect(writeCacheJson(memoFile, { ...verdictMemoKind(), fingerprint: 'another-guard' }, entries)).toBe(true);
    expect(await caught()).toBe(1);
    // Each judged again and written back: the next check loads no guard.
    expect(await caught()).toBe(0);
  });

  it('judges again under other guard settings: they are part of the key', async () => {
    repo.write('.promptvault.yaml', 'review:\n  reviewers: ["Dana Lee <dana@example.com>"]\nguard:\n  threshold: 0.9\n');
    expect(repo.commit('raise the threshold', '2026-01-05', { env: DANA }).code).toBe(0);
    const { result, loads } = await checkCountingLoads();
    expect(loads).toBe(1);
    // Still flagged by the guard; a warning outside CI now, since the audit names other settings.
    expect(result.warnings.filter((warning) => warning.code === 'flag-not-trusted').map((warning) => warning.file)).toEqual([lowered]);
  });
});
