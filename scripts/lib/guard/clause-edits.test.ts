import { describe, expect, it } from 'vitest';
import { scoreClauseEdits } from '../../bench/clause-edits.ts';
import { CLAUSE_EDITS, EDIT_KINDS } from './clause-edits.fixture.ts';

describe('the guard on the labelled clause edits', () => {
  it('has at least 20 benign edits and 6 of every regression kind', () => {
    for (const kind of EDIT_KINDS) {
      expect(CLAUSE_EDITS.filter((edit) => edit.kind === kind).length).toBeGreaterThanOrEqual(kind === 'benign' ? 20 : 6);
    }
  });

  it('flags regressions with precision and recall of at least 0.85', async () => {
    const scores = await scoreClauseEdits();
    expect(scores.precision).toBeGreaterThanOrEqual(0.85);
    expect(scores.recall).toBeGreaterThanOrEqual(0.85);
  });
});
