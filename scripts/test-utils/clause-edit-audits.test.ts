// The round tests' helper reads the audit an edit's own commit wrote: a commit that wrote none (the
// hook not run) fails the edit, where reading the newest audit in HEAD would hand back an earlier
// edit's and let a test of an unflagged edit pass on it.
import { afterAll, describe, expect, it } from 'vitest';
import { clauseEditAudits } from './clause-edit-audits.ts';

const hook = clauseEditAudits({ title: 'Lockers' });
afterAll(() => hook.cleanup());

describe('a clause edit through the hook is read from the audit its own commit wrote', () => {
  it('reads each edit of one clause from its commit, and fails an edit whose commit wrote no audit', () => {
    const first = hook.edit('gym/lockers', 'Members must empty their lockers every night.', 'Members must empty their lockers each night.');
    expect(first.audit, first.edit).toMatchObject({ clause: 'gym/lockers', change: 'edited', regression_flag: false });
    const second = hook.edit('gym/lockers', 'Members must empty their lockers each night.', 'Members may leave items in their lockers overnight.');
    expect(second.audit.regression_flag, second.edit).toBe(true);
    expect(second.audit.id).not.toBe(first.audit.id);
    // The hook switched off: the commit goes through and writes no audit.
    expect(hook.repo.git(['config', 'core.hooksPath', '/dev/null']).code).toBe(0);
    expect(() => hook.edit('gym/lockers', 'Members must empty their lockers every night.', 'Members must empty their lockers nightly.')).toThrow(/the edit's commit wrote no audit of gym\/lockers/);
  });
});
