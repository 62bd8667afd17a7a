// An amend that changes a flagged clause again leaves the replaced commit's audit out of the
// amended commit. What the hook says of it was one sentence listing every cause at once (an
// earlier attempt, the commit an amend replaces, a squashed branch's first commit) and nothing to
// do; it now names the amend and what follows for the review (left-out-records.ts, one text).
import { afterEach, describe, expect, it } from 'vitest';
import { BOB, createRotationRepo, ROTATION_CLAUSE, rotationClause } from '../../test-utils/lowered-flag.ts';
import type { TestRepo } from '../../test-utils/repo.ts';
import { leftOutRecordsLine } from './left-out-records.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

describe('an amend of a flagged clause change made again another way', () => {
  it('says it left out the replaced commit\'s audit and that the change in this commit is reviewed anew', () => {
    ({ repo } = createRotationRepo(['Dana Lee <dana@example.com>']));
    repo.write(ROTATION_CLAUSE, rotationClause('within 7 days'));
    const relaxed = repo.commit('relax key rotation', '2026-01-03', { env: BOB });
    expect(relaxed.stderr).toContain('FLAGGED');
    const [first] = repo.addedInHead('vault/audits/');
    repo.write(ROTATION_CLAUSE, rotationClause('within 3 days'));
    const amended = repo.commit('relax key rotation', '2026-01-03', { args: ['--amend'], env: BOB });
    expect(amended.code, amended.stderr).toBe(0);
    expect(amended.stderr).toContain(`${leftOutRecordsLine([first!], { amended: true })}\n`);
    expect(amended.stderr).toContain(`promptvault: left out 1 record file(s) of the commit this amend replaces: they describe its text before the amend, and this commit records its own. Nothing to do: a review of a left-out audit does not count for this commit, so a flagged change here is reviewed anew. Left out: ${first}`);
    const [own] = repo.addedInHead('vault/audits/');
    expect(own).not.toBe(first);
    expect(repo.filesAtHead('vault/audits/')).not.toContain(first);
  });
});

describe('the line of records left out', () => {
  it('names the amend only for an amend, and lists five files, then how many more', () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => `vault/audits/x/${name}.yaml`);
    expect(leftOutRecordsLine(files, { amended: false })).toBe('promptvault: left out 7 record file(s) staged for another commit than this one: an earlier attempt at this commit, the first commit of a squashed branch (whose parent is this commit\'s), or the audit of a change back from one of those. This commit records its own. Nothing to do. Left out: vault/audits/x/a.yaml, vault/audits/x/b.yaml, vault/audits/x/c.yaml, vault/audits/x/d.yaml, vault/audits/x/e.yaml and 2 more');
    expect(leftOutRecordsLine(files.slice(0, 1), { amended: true })).toMatch(/^promptvault: left out 1 record file\(s\) of the commit this amend replaces: .* Left out: vault\/audits\/x\/a\.yaml$/);
  });

  it('speaks of a review only when an audit was left out, not for an amended prompt edit\'s records', () => {
    const records = ['vault/mutations/support/greeting/0010-49e50df1b958.yaml', 'vault/checkpoints/support/greeting/0010-49e50df1b958.yaml'];
    expect(leftOutRecordsLine(records, { amended: true })).toBe(`promptvault: left out 2 record file(s) of the commit this amend replaces: they describe its text before the amend, and this commit records its own. Nothing to do. Left out: ${records.join(', ')}`);
    expect(leftOutRecordsLine([...records, 'vault/audits/x/a.yaml'], { amended: true })).toContain('Nothing to do: a review of a left-out audit does not count for this commit');
  });
});
