import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRepo } from '../../test-utils/repo.ts';
import { commitLoweredFlag, createRotationRepo, WRITTEN_FALSE } from '../../test-utils/lowered-flag.ts';

// `check` in CI both re-judges the audits written unflagged in the range and asks the reviewer
// gate who added and who decided each audit: two questions about one history of vault/audits/,
// read by one `git log`. Bob relaxes Dana's rule and writes the audit's flag false by hand (the
// hook off); git's own trace of the run counts the walks. Real commits, real hook.

let repo: TestRepo;
let base = '';

/** `check` with git's trace on: its result, and the git commands that walked vault/audits/. */
function traceCheck(args: string[]): { code: number; stdout: string; auditWalks: string[]; rangeLists: string[] } {
  const trace = path.join(repo.dir, '..', `${path.basename(repo.dir)}-trace.txt`);
  fs.rmSync(trace, { force: true });
  const result = repo.cli(['check', ...args], { env: { GIT_TRACE: trace } });
  const commands = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => line.includes('trace: built-in: git'));
  fs.rmSync(trace, { force: true });
  return { ...result, auditWalks: commands.filter((line) => / log .* -- vault\/audits\/$/.test(line)), rangeLists: commands.filter((line) => / rev-list [0-9a-f]{40}\.\.[0-9a-f]{40}$/.test(line)) };
}

beforeAll(() => {
  ({ repo, base } = createRotationRepo(['Dana Lee <dana@example.com>']));
  commitLoweredFlag(repo, 'within 7 days', '2026-01-03');
});
afterAll(() => repo?.cleanup());

describe('check reads the history of vault/audits/ once', () => {
  it('in CI (--since), one git log of the whole history serves the reviewer gate and the re-judging, the range told apart by one rev-list', () => {
    const checked = traceCheck(['--since', base]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(WRITTEN_FALSE);
    expect(checked.auditWalks).toHaveLength(1);
    expect(checked.auditWalks[0]).not.toContain('..');
    expect(checked.rangeLists).toHaveLength(1);
  });

  it('outside CI, one git log and no range to list', () => {
    const checked = traceCheck([]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.auditWalks).toHaveLength(1);
    expect(checked.rangeLists).toHaveLength(0);
  });

  it('with no reviewer named (the gate reads nothing), only the range is walked', () => {
    repo.write('.promptvault.yaml', '');
    try {
      const checked = traceCheck(['--since', base]);
      expect(checked.stdout).toMatch(WRITTEN_FALSE);
      expect(checked.auditWalks).toHaveLength(1);
      expect(checked.auditWalks[0]).toContain(`${base}..`);
      expect(checked.rangeLists).toHaveLength(0);
    } finally {
      repo.git(['checkout', '--', '.promptvault.yaml']);
    }
  });
});
