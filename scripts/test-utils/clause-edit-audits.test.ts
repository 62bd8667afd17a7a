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

  it('reads each clause of a batch from its own audit in the one commit, and fails the batch where one clause got none', () => {
    const batch = clauseEditAudits({ title: 'Pools' });
    try {
      const [kept, loosened] = batch.editAll([
        ['pool/showers', 'Swimmers must shower before entering the pool.', 'Swimmers must shower before they enter the pool.'],
        ['pool/caps', 'Swimmers must wear a cap in the pool.', 'Swimmers may swim without a cap.'],
      ]);
      expect(kept.audit, kept.edit).toMatchObject({ clause: 'pool/showers', regression_flag: false });
      expect(loosened.audit, loosened.edit).toMatchObject({ clause: 'pool/caps', regression_flag: true });
      expect(kept.committed).toBe(loosened.committed);
      // A clause whose text the batch leaves as it is gets no audit in the commit: that edit fails, by name.
      expect(() => batch.editAll([
        ['pool/showers', 'Swimmers must shower before they enter the pool.', 'Swimmers must shower before they swim.'],
        ['pool/caps', 'Swimmers may swim without a cap.', 'Swimmers may swim without a cap.'],
      ])).toThrow(/the edit's commit wrote no audit of pool\/caps/);
      expect(() => batch.editAll([['pool/caps', 'a', 'b'], ['pool/caps', 'b', 'c']])).toThrow(/each clause edited once in a commit/);
    } finally {
      batch.cleanup();
    }
  });
});
