// The verdict weighed as a whole (round 28c): a lone reading on an edit said in other words is
// advisory, the same reading on an edit that keeps the rule's words flags, and the codes that flag
// by design flag whatever the weights say. Through evaluateClauseChange and through a real commit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../schema/config.ts';
import type { Reason } from '../schema/records.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import type { Embedder } from './embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { applyVerdict, weighVerdict, type VerdictWeights } from './verdict-weights.ts';
import { VERDICT_WEIGHTS } from './verdict-weights.data.ts';

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
// The weighing is not the guard's default (evaluate-clause-change.ts): these tests ask for it.
const audit = (previous: string, next: string, extra: { verdictWeights?: VerdictWeights | null; embedder?: Embedder } = {}) =>
  evaluateClauseChange({ clauseId: 'rules/till-codes', previous, next, declaredTone: null, config, embedder, verdictWeights: VERDICT_WEIGHTS, ...extra });

const rule = 'Staff must not share their till codes with anyone.';
const reworded = 'Till codes stay private to the member of staff they belong to.';
const loosened = 'Staff share their till codes with anyone.';

describe('the reasons of an edit weighed as a whole', () => {
  it('makes a lone reading advisory on an edit in other words, saying the weighing, and keeps every code named', async () => {
    const result = await audit(rule, reworded);
    expect(result.regression_flag).toBe(false);
    expect(result.reasons.map((reason) => [reason.code, reason.advisory])).toEqual([['negation-removed', true]]);
    expect(result.reasons[0]?.message).toMatch(/^negation removed: "not" dropped in "Till codes stay private to the member of staff they belong to\."; advisory as a whole: weighed 0\.\d{3} < 0\.\d{3} \(similarity 0\.\d\d \+\d\.\d\d, negation-removed -\d\.\d\d; base -?\d\.\d\d\), review suggested$/);
    // Without the weights (what they are fitted on) the same reading flags.
    const unweighed = await audit(rule, reworded, { verdictWeights: null });
    expect(unweighed.regression_flag).toBe(true);
    expect(unweighed.reasons).toEqual([{ code: 'negation-removed', message: 'negation removed: "not" dropped in "Till codes stay private to the member of staff they belong to."' }]);
  });

  it('flags the same reading on an edit that keeps the rule\'s words, its message as the reading wrote it', async () => {
    const result = await audit(rule, loosened);
    expect(result.regression_flag).toBe(true);
    expect(result.reasons).toEqual([{ code: 'negation-removed', message: 'negation removed: "not" dropped in "Staff share their till codes with anyone."' }]);
  });

  it('weighs only with the builtin embedder, whose scores the weights were fitted on', async () => {
    const endpoint: Embedder = { id: 'openai', model: 'test', embed: async (texts) => texts.map(() => [1, 0]) };
    const result = await audit(rule, reworded, { embedder: endpoint });
    expect(result.regression_flag).toBe(true);
    expect(result.reasons.map((reason) => reason.code)).toEqual(['negation-removed']);
  });

  it('flags a code that flags by design, or one the weights do not know, whatever the weights say', () => {
    const against: VerdictWeights = { ...VERDICT_WEIGHTS, bias: -100 };
    const reason = (code: string): Reason => ({ code, message: `${code}: "x"` });
    for (const code of ['number-changed', 'requirement-removed', 'too-large-to-read', 'judge-weakened', 'clause-deleted']) {
      expect(weighVerdict(against, [reason('negation-removed'), reason(code)], 0.2, 0.85)).toEqual({ flagged: true, probability: null, why: `${code} flags by design` });
    }
    expect(weighVerdict(against, [reason('a-reading-newer-than-the-fit')], 0.6, 0.85)).toEqual({ flagged: true, probability: null, why: 'a-reading-newer-than-the-fit has no weight yet and flags' });
    // A whole rewrite is weighed by its own rule (evaluate-clause-change's REWRITE_SCORE), not again here.
    expect(weighVerdict(against, [reason('negation-removed')], 0.2, 0.85)).toEqual({ flagged: true, probability: null, why: 'a whole rewrite (similarity 0.20 < 0.4) is weighed by its own rule' });
    const weighed = weighVerdict(against, [reason('negation-removed')], 0.6, 0.85);
    expect(weighed.flagged).toBe(false);
    expect(applyVerdict([reason('negation-removed'), { code: 'low-similarity', message: 'low', advisory: true }], weighed)).toEqual([
      { code: 'negation-removed', message: `negation-removed: "x"; advisory as a whole: ${weighed.why}, review suggested`, advisory: true },
      { code: 'low-similarity', message: 'low', advisory: true },
    ]);
  });

  it('never flags an edit no reason flags', () => {
    expect(weighVerdict({ ...VERDICT_WEIGHTS, bias: 100 }, [{ code: 'low-similarity', message: 'low', advisory: true }], 0.1, 0.85)).toEqual({ flagged: false, probability: null, why: 'no reason flags' });
  });
});

describe('the verdict through a real commit, where the weighing is off by default', () => {
  let repo: TestRepo;
  const audits = new Map<string, Record<string, any>>();
  beforeAll(() => {
    repo = createRepo();
    const clause = (text: string) => `---\ntitle: Till codes\n---\n${text}\n`;
    repo.write('codex/rules/reworded.md', clause(rule));
    repo.write('codex/rules/loosened.md', clause(rule));
    expect(repo.commit('add the rules', '2026-02-01').code).toBe(0);
    repo.write('codex/rules/reworded.md', clause(reworded));
    repo.write('codex/rules/loosened.md', clause(loosened));
    const edited = repo.commit('edit the rules', '2026-02-02');
    expect(edited.code, edited.stderr).toBe(0);
    for (const id of ['rules/reworded', 'rules/loosened']) {
      const files = repo.filesAtHead(`vault/audits/${id}/`);
      const latest = files.map((file) => parse(repo.showHead(file)) as Record<string, any>).find((record) => record.change === 'edited');
      if (latest) audits.set(id, latest);
    }
  });
  afterAll(() => repo?.cleanup());

  it('records both rules flagged as every flagging reason flags, and check fails on both', () => {
    const reworded = audits.get('rules/reworded');
    expect(reworded?.regression_flag).toBe(true);
    expect(reworded?.reasons.map((reason: Reason) => [reason.code, reason.advisory ?? false])).toEqual([['negation-removed', false]]);
    expect(reworded?.reasons[0].message).not.toContain('advisory as a whole');
    const loosened = audits.get('rules/loosened');
    expect(loosened?.regression_flag).toBe(true);
    expect(loosened?.reasons).toEqual([{ code: 'negation-removed', message: 'negation removed: "not" dropped in "Staff share their till codes with anyone."' }]);
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(`${check.stdout}${check.stderr}`).toContain('rules/loosened');
    expect(`${check.stdout}${check.stderr}`).toContain('rules/reworded');
  });
});
