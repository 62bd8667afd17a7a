// The verdict weighed as a whole (round 28c): a lone reading on an edit said in other words is
// advisory, the same reading on an edit that keeps the rule's words flags, and the codes that flag
// by design, and readings of one word changed in place (round 29c), flag whatever the weights say.
// Through evaluateClauseChange and through a real commit, with the switch as it is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../schema/config.ts';
import type { Reason } from '../schema/records.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import type { Embedder } from './embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { applyVerdict, signalValues, weighedReasons, weighVerdict, WEIGH_VERDICT_BY_DEFAULT, type EditToWeigh, type VerdictWeights } from './verdict-weights.ts';
import { VERDICT_WEIGHTS } from './verdict-weights.data.ts';

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
// The weighing is not the guard's default (evaluate-clause-change.ts): these tests ask for it.
const audit = (previous: string, next: string, extra: { verdictWeights?: VerdictWeights | null; embedder?: Embedder } = {}) =>
  evaluateClauseChange({ clauseId: 'rules/till-codes', previous, next, declaredTone: null, config, embedder, verdictWeights: VERDICT_WEIGHTS, ...extra });

const rule = 'Staff must not share their till codes with anyone.';
// Round 31a: the weighing reads what the edit changed, and quiets this rewording (its "no one" says the
// rule's "not" again); "Till codes stay private to the member of staff they belong to." it weighs 0.138, flagged.
const reworded = "A member of staff's till code is theirs alone and no one else ever learns it.";
const loosened = 'Staff share their till codes with anyone.';

describe('the reasons of an edit weighed as a whole', () => {
  it('makes a lone reading advisory on an edit in other words, saying the weighing, and keeps every code named', async () => {
    const result = await audit(rule, reworded);
    expect(result.regression_flag).toBe(false);
    // The whole clause's similarity, below the clause's threshold, drifts too: advisory with the reading.
    expect(result.reasons.map((reason) => [reason.code, reason.advisory])).toEqual([['negation-removed', true], ['semantic-drift', true]]);
    expect(result.reasons[0]?.message).toMatch(/^negation removed: "not" dropped in "A member of staff's till code is theirs alone and no one else ever learns it\."; advisory as a whole: weighed 0\.\d{3} < 0\.\d{3} \((?:[a-z -]+ [+-]\d+\.\d\d, ){5}\d+ smaller; base -?\d+\.\d\d\), review suggested$/);
    // Without the weights (what they are fitted on) the same reading flags.
    const unweighed = await audit(rule, reworded, { verdictWeights: null });
    expect(unweighed.regression_flag).toBe(true);
    expect(unweighed.reasons).toEqual([
      { code: 'negation-removed', message: `negation removed: "not" dropped in "${reworded}"` },
      { code: 'semantic-drift', message: 'semantic drift: similarity 0.4118 < threshold 0.5 (builtin/builtin-lexical-v3)' },
    ]);
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

  it('flags a code that flags by design, a reading certain on its own, or a code the weights do not know, whatever the weights say', () => {
    const against: VerdictWeights = { ...VERDICT_WEIGHTS, bias: -100 };
    const reason = (code: string): Reason => ({ code, message: `${code}: "x"` });
    const edit = (reasons: Reason[], score: number, certain: string | null = null): EditToWeigh => ({ reasons, score, threshold: 0.85, certain });
    for (const code of ['number-changed', 'requirement-removed', 'too-large-to-read', 'judge-weakened', 'clause-deleted']) {
      expect(weighVerdict(against, edit([reason('negation-removed'), reason(code)], 0.2))).toEqual({ flagged: true, probability: null, why: `${code} flags by design` });
    }
    expect(weighVerdict(against, edit([reason('order-changed')], 0.6, 'order-changed'))).toEqual({ flagged: true, probability: null, why: 'order-changed read from one word the edit changed in place' });
    expect(weighVerdict(against, edit([reason('a-reading-newer-than-the-fit')], 0.6))).toEqual({ flagged: true, probability: null, why: 'a-reading-newer-than-the-fit has no weight yet and flags' });
    // Changed sentences rewritten (or only added or removed) are weighed by the rewrite rule (evaluate-clause-change's REWRITE_SCORE), not again here.
    expect(weighVerdict(against, edit([reason('negation-removed')], 0.2))).toEqual({ flagged: true, probability: null, why: 'the changed sentences were rewritten, added or removed (similarity 0.20 < 0.4): weighed by the rewrite rule' });
    const weighed = weighVerdict(against, edit([reason('negation-removed')], 0.6));
    expect(weighed.flagged).toBe(false);
    expect(applyVerdict([reason('negation-removed'), { code: 'low-similarity', message: 'low', advisory: true }], weighed)).toEqual([
      { code: 'negation-removed', message: `negation-removed: "x"; advisory as a whole: ${weighed.why}, review suggested`, advisory: true },
      { code: 'low-similarity', message: 'low', advisory: true },
    ]);
  });

  it('never flags an edit no reason flags', () => {
    expect(weighVerdict({ ...VERDICT_WEIGHTS, bias: 100 }, { reasons: [{ code: 'low-similarity', message: 'low', advisory: true }], score: 0.1, threshold: 0.85, certain: null })).toEqual({ flagged: false, probability: null, why: 'no reason flags' });
  });

  it('leaves the whole clause\'s similarity out: its drift reason neither counts as a code nor as a second firing', () => {
    const negation: Reason = { code: 'negation-removed', message: 'negation removed: "not" dropped in "x"' };
    const drift: Reason = { code: 'semantic-drift', message: 'semantic drift: similarity 0.5000 < threshold 0.85 (builtin/builtin-lexical-v3)' };
    const duty: Reason = { code: 'semantic-drift', message: 'duty replaced: "a" gave way to "b" in "x"' };
    const alone = weighVerdict(VERDICT_WEIGHTS, { reasons: [negation], score: 0.6, threshold: 0.85, certain: null });
    expect(weighVerdict(VERDICT_WEIGHTS, { reasons: [negation, drift], score: 0.6, threshold: 0.85, certain: null })).toEqual(alone);
    // A reading's own semantic-drift (a duty replaced) is a reading like any other: the weighing reads
    // it as a second code and a second firing. Asserted on what the weighing reads, not on the
    // probability: whether the shipped weights give those signals any weight is the fit's choice
    // (round 39d's refit gives none).
    const withDuty = { reasons: [negation, duty], score: 0.6, threshold: 0.85, certain: null };
    expect(weighedReasons(withDuty.reasons)).toEqual([negation, duty]);
    expect(signalValues(withDuty)).toMatchObject({ 'two codes': 1, 'two firings': 1 });
    expect(signalValues({ ...withDuty, reasons: [negation, drift] })).toMatchObject({ 'two codes': 0, 'two firings': 0 });
    const weighingTwoCodes: VerdictWeights = { ...VERDICT_WEIGHTS, signals: { ...VERDICT_WEIGHTS.signals, 'two codes': 1 } };
    expect(weighVerdict(weighingTwoCodes, withDuty).probability).not.toBe(weighVerdict(weighingTwoCodes, { ...withDuty, reasons: [negation] }).probability);
  });

  it('keeps flagging readings of one word changed in place, in our canonical regressions, that the weights alone would quiet', async () => {
    const against: VerdictWeights = { ...VERDICT_WEIGHTS, bias: -100 };
    const cases: Array<[string, string, string]> = [
      ['Offer the lowest fare that matches the travel dates.', 'Offer the highest fare on the system.', 'order-changed'],
      ['Never describe the customer to anyone else.', 'Describe the customer to colleagues only.', 'negation-removed'],
      ['Confirm the delivery address with the buyer before the van leaves the depot on a Monday.', 'Confirm the delivery address with the buyer after the van has left the depot.', 'order-changed'],
    ];
    for (const [previous, next, code] of cases) {
      const result = await audit(previous, next, { verdictWeights: against });
      expect(result.regression_flag, `${previous} -> ${next}`).toBe(true);
      expect(result.weighing?.certain).toBe(code);
    }
    // A rule said in other words has no word changed in place: the weights decide.
    expect((await audit(rule, reworded, { verdictWeights: against })).weighing?.certain).toBeNull();
  });
});

describe('the verdict through a real commit, as the switch WEIGH_VERDICT_BY_DEFAULT is set', () => {
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

  it('records the loosened rule flagged either way, and the rule said in other words flagged when off, a review suggested when on; check fails on what is flagged', () => {
    const reworded = audits.get('rules/reworded');
    const loosened = audits.get('rules/loosened');
    expect(loosened?.regression_flag).toBe(true);
    expect(loosened?.reasons).toEqual([{ code: 'negation-removed', message: 'negation removed: "not" dropped in "Staff share their till codes with anyone."' }]);
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(`${check.stdout}${check.stderr}`).toContain('rules/loosened');
    if (WEIGH_VERDICT_BY_DEFAULT) {
      expect(reworded?.regression_flag).toBe(false);
      expect(reworded?.reasons.map((reason: Reason) => [reason.code, reason.advisory ?? false])).toEqual([['negation-removed', true], ['semantic-drift', true]]);
      expect(reworded?.reasons[0].message).toContain('advisory as a whole: weighed');
      expect(`${check.stdout}${check.stderr}`).not.toContain('rules/reworded');
    } else {
      expect(reworded?.regression_flag).toBe(true);
      expect(reworded?.reasons.map((reason: Reason) => [reason.code, reason.advisory ?? false])).toEqual([['negation-removed', false], ['semantic-drift', false]]);
      expect(reworded?.reasons[0].message).not.toContain('advisory as a whole');
      expect(`${check.stdout}${check.stderr}`).toContain('rules/reworded');
    }
  });
});
