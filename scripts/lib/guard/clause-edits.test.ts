import { describe, expect, it } from 'vitest';
import { scoreClauseEdits } from '../../bench/clause-edits.ts';
import { CLAUSE_EDITS, EDIT_KINDS } from './clause-edits.fixture.ts';

describe('the guard on the labelled clause edits', () => {
  it('has at least 20 benign edits and 6 of every regression kind', () => {
    for (const kind of EDIT_KINDS) {
      expect(CLAUSE_EDITS.filter((edit) => edit.kind === kind).length).toBeGreaterThanOrEqual(kind === 'benign' ? 20 : 6);
    }
  });

  it('holds at least 200 edits, every benign rewrite variant of issue 11 among them', () => {
    expect(CLAUSE_EDITS.length).toBeGreaterThanOrEqual(200);
    const variants = new Set(CLAUSE_EDITS.map((edit) => edit.variant).filter(Boolean));
    expect([...variants].sort()).toEqual(['abbreviation', 'emphasis', 'list-prose', 'markdown', 'reorder', 'repeat', 'reword', 'spelled-negation', 'split-join', 'stricter', 'units', 'voice']);
  });

  // The precision floor is 0.95 again since round 44c: the fit keeps it itself (verdict-fit.ts
  // fitShapeAndWeights raises the learned flag's cut past the tuning set's false flags while the
  // precision is under TUNING_PRECISION_FLOOR); it was 0.945 for session 37's refit (0.9495), whose
  // learned cut counted the tuning set as one set of 297 edits. What measures the guard is the blind sets (README).
  it('flags regressions with recall of at least 0.95 and precision of at least 0.95, and flags at most 10% of benign edits', async () => {
    const scores = await scoreClauseEdits();
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.falseFlagRate).toBeLessThanOrEqual(0.1);
  });
});
