import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from '../../test-utils/repo.ts';
import { committerDate } from './index.ts';

// A record's created_at is the date git gives the commit: the one set in GIT_COMMITTER_DATE (in
// any of git's formats, as rebases and tests set it), else now, read without a git process.

const repo = createRepo({ hooks: false });
afterAll(() => repo.cleanup());

describe('the committer date of the commit being made', () => {
  it('is the date GIT_COMMITTER_DATE sets, in git\'s own formats', async () => {
    const dir = repo.dir;
    expect(await committerDate({ dir, gitdir: `${dir}/.git`, env: { GIT_COMMITTER_DATE: '2026-01-02T10:00:00+02:00' } })).toBe('2026-01-02T08:00:00Z');
    expect(await committerDate({ dir, gitdir: `${dir}/.git`, env: { GIT_COMMITTER_DATE: '@1767225600 +0000' } })).toBe('2026-01-01T00:00:00Z');
    expect(await committerDate({ dir, gitdir: `${dir}/.git`, env: { GIT_COMMITTER_DATE: 'Thu, 1 Jan 2026 12:00:00 +0100' } })).toBe('2026-01-01T11:00:00Z');
  });

  it('is now, to the second, when no date is set', async () => {
    const dir = repo.dir;
    const before = Math.floor(Date.now() / 1000) * 1000;
    const date = await committerDate({ dir, gitdir: `${dir}/.git`, env: { GIT_COMMITTER_DATE: '' } });
    const after = Date.now();
    expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(date)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(date)).toBeLessThanOrEqual(after);
  });
});
