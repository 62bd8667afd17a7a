// The verdict's weighing reads what an edit changed, never the clause around it (round 29c): the
// same edit alone and buried in a long clause of rules it left alone is weighed the same. Round
// 28c's weighing read the whole clause's similarity, near 1 for any edit in a long clause, so a
// rule said in other words was a review suggested alone and flagged when buried.
import { describe, expect, it } from 'vitest';
import { buildLongClause } from '../../test-utils/long-clause.ts';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { changedSentences } from './_changed-sentences.ts';
import { CLAUSE_EDITS, ROUND_19C_EDITS, type ClauseEdit } from './clause-edits.fixture.ts';
import { ROUND_29C_EDITS } from './clause-edits.round29c.fixture.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { weighedReasons } from './verdict-weights.ts';
import { VERDICT_WEIGHTS } from './verdict-weights.data.ts';

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
const weighed = (previous: string, next: string) => evaluateClauseChange({ clauseId: 'handbook', previous, next, declaredTone: null, config, embedder, verdictWeights: VERDICT_WEIGHTS });
/** A labelled edit as a paragraph of its own in the middle of a 60-sentence clause of unrelated rules. */
const buried = (edit: ClauseEdit) => buildLongClause({ sentences: 60, edit: { before: edit.previous, after: edit.next } });

describe('the part of an edit the weighing reads', () => {
  it('is the same sentences for every labelled edit of the tuning set, alone and buried in a 60-sentence clause', () => {
    const differ: string[] = [];
    for (const edit of CLAUSE_EDITS) {
      const long = buried(edit);
      if (JSON.stringify(changedSentences(edit.previous, edit.next)) !== JSON.stringify(changedSentences(long.previous, long.next))) differ.push(`${edit.previous} -> ${edit.next}`);
    }
    expect(differ).toEqual([]);
  });

  it('is the changed sentences alone, without the ones both versions open and close with', () => {
    expect(changedSentences('Greet the caller. Never read card numbers aloud. Close with a summary.', 'Greet the caller. Card numbers stay unspoken. Close with a summary.')).toEqual(['Never read card numbers aloud.', 'Card numbers stay unspoken.']);
    // A sentence only added leaves one side empty: nothing was said in other words.
    expect(changedSentences('Greet the caller.', 'Greet the caller. Staff may skip the greeting.')).toEqual(['', 'Staff may skip the greeting.']);
  });
});

describe('an edit weighed alone and buried in a 60-sentence clause of unrelated rules', () => {
  const rule = 'Staff must not share their till codes with anyone.';
  // Round 31a: the weighing reads what the edit changed, and quiets this rewording (its "no one" says the
  // rule's "not" again); "Till codes stay private to the member of staff they belong to." it weighs 0.138, flagged.
  const reworded = 'Till codes stay private: no one else is ever given the code a member of staff uses.';

  it('is a review suggested both ways when it says a rule in other words (round 28c flagged it buried, the whole clause scoring near 1)', async () => {
    const alone = await weighed(rule, reworded);
    const long = buildLongClause({ sentences: 60, edit: { before: rule, after: reworded } });
    const inside = await weighed(long.previous, long.next);
    expect(inside.similarity?.score).toBeGreaterThan(0.95);
    expect(alone.regression_flag).toBe(false);
    expect(inside.regression_flag).toBe(false);
    expect(inside.weighing).toEqual(alone.weighing);
  });

  // Every 10th edit of the tuning set, and every edit of rounds 19c and 29c: where the readings
  // find the same reasons alone and buried, the weighing gives the same verdict, on the same
  // similarity of the changed sentences. (Where they do not, the readings read the clause around
  // the edit: guard HISTORY, round 29c, lists them.)
  it('gets the same verdict and reads the same similarity whenever the readings find the same reasons', async () => {
    const edits = [...CLAUSE_EDITS.filter((_, i) => i % 10 === 0), ...ROUND_19C_EDITS, ...ROUND_29C_EDITS];
    const differ: string[] = [];
    let compared = 0;
    for (const edit of edits) {
      const alone = await weighed(edit.previous, edit.next);
      const long = buried(edit);
      const inside = await weighed(long.previous, long.next);
      if (alone.weighing && inside.weighing && alone.weighing.score !== inside.weighing.score) differ.push(`similarity ${alone.weighing.score} / ${inside.weighing.score}: ${edit.previous} -> ${edit.next}`);
      const codes = (reasons: typeof alone.reasons) => weighedReasons(reasons).map((reason) => reason.code).sort().join(',');
      if (codes(alone.reasons) !== codes(inside.reasons)) continue;
      compared++;
      if (alone.regression_flag !== inside.regression_flag) differ.push(`verdict ${alone.regression_flag} / ${inside.regression_flag}: ${edit.previous} -> ${edit.next}`);
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(edits.length * 0.9);
  });
});
