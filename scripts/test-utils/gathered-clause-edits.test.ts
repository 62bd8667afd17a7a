// The gathered round tests read each edit from the audit its own commit wrote, though every group's
// edits share the commits: nothing is committed until a test reads an audit, a clause edited again
// goes into the next commit, and a clause another group edits gets a repository of its own (its
// history stays its group's).
import { afterAll, describe, expect, it } from 'vitest';
import { gatheredClauseEdits } from './gathered-clause-edits.ts';

const gathered = gatheredClauseEdits();
afterAll(() => gathered.cleanup());

describe('clause edits of several groups, committed together at the first audit read', () => {
  const lockers = gathered.group({ title: 'Lockers' });
  const first = lockers.edit('gym/lockers', 'Members must empty their lockers every night.', 'Members must empty their lockers each night.');
  const second = lockers.edit('gym/lockers', 'Members must empty their lockers each night.', 'Members may leave items in their lockers overnight.');
  const pools = gathered.group({ title: 'Pools', tone: 'friendly' });
  const [kept] = pools.editAll([['pool/showers', 'Swimmers must shower before entering the pool.', 'Swimmers must shower before they enter the pool.']]);
  const clashing = gathered.group({ title: 'Lockers again' });
  const clash = clashing.edit('gym/lockers', 'Members must empty their lockers every night.', 'Members must empty their lockers nightly.');

  it("commits nothing until an audit is read, then each edit in its group's commits: shared, the next for a clause edited again, another repository for a clause another group edits", () => {
    expect(gathered.commits).toBe(0);
    expect(first.audit, first.edit).toMatchObject({ clause: 'gym/lockers', change: 'edited', regression_flag: false });
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'pool/showers', change: 'edited', regression_flag: false });
    expect(kept.committed).toBe(first.committed);
    expect(second.audit.regression_flag, second.edit).toBe(true);
    expect(second.committed).not.toBe(first.committed);
    expect(clash.audit, clash.edit).toMatchObject({ clause: 'gym/lockers', change: 'edited' });
    expect(clash.committed).not.toBe(first.committed);
    // The first repository: the old texts, the new ones, gym/lockers's second edit; the clash's: two.
    expect(gathered.commits).toBe(5);
    expect(gathered.repositories).toBe(2);
  });

  it('refuses an edit declared after the commits, which no commit would hold', () => {
    expect(() => lockers.edit('gym/towels', 'Towels are washed daily.', 'Towels are washed weekly.')).toThrow(/declared after the gathered commits/);
  });
});
