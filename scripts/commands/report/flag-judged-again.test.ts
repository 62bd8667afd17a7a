// The pull request comment and the CI gate agree on an audit written unflagged: Bob relaxes Dana's
// rule on a branch and lowers the audit's flag by hand before committing with the hook off. `check
// --since <base>` fails on it (the guard flags the change when it judges it again); `report`
// shows it as an open regression, not as a clean change. Real commits, real hook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRepo } from '../../test-utils/repo.ts';
import { commitLoweredFlag, createRotationRepo, WRITTEN_FALSE } from '../../test-utils/lowered-flag.ts';
import { report } from './index.ts';

let repo: TestRepo;
let base = '';

beforeAll(() => {
  ({ repo, base } = createRotationRepo(['Dana Lee <dana@example.com>']));
  repo.git(['checkout', '-q', '-b', 'relax']);
  commitLoweredFlag(repo, 'within 7 days', '2026-01-03');
});
afterAll(() => repo?.cleanup());

describe('report on a branch whose audit was written unflagged', () => {
  it('shows the audit open, flagged, as check --since the same base fails on it', async () => {
    expect(repo.cli(['check', '--since', base]).stdout).toMatch(WRITTEN_FALSE);
    const result = await report({ cwd: repo.dir, base, env: {} });
    expect(result.audits).toHaveLength(1);
    expect(result.audits[0]).toMatchObject({ clause: 'security/key-rotation', flagged: true, state: 'open' });
    const markdown = repo.cli(['report', '--format', 'markdown', '--base', base]);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain(`**security/key-rotation** (edited, similarity 0.710 (threshold 0.5)): **needs review** · audit \`${result.audits[0]!.id}\``);
  });
});
