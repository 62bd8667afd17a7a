// What the verdict's weighing reads of what an edit changed (round 31a): the features of small
// edits, the guarantees that hold whatever the weights of those features are (the weighing only
// takes a flag away; codes that flag by design still flag), and the weighing of them through a
// real commit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Reason } from '../schema/records.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { editFeatures, EDIT_FEATURES } from './_edit-features.ts';
import { readingKey, readingOf, reasonFeatures } from './_reason-features.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { weighVerdict, type EditToWeigh, type VerdictWeights } from './verdict-weights.ts';
import { VERDICT_WEIGHTS } from './verdict-weights.data.ts';

const lexicon = createWordNetLexicon();

describe('the features of what an edit changed', () => {
  it('names every feature it reads, each between 0 and 1', () => {
    const features = editFeatures('Staff must not share their till codes with anyone.', 'Till codes stay private to the member of staff they belong to.', lexicon);
    expect(Object.keys(features).sort()).toEqual(Object.keys(EDIT_FEATURES).sort());
    for (const [name, value] of Object.entries(features)) expect(value, name).toBeGreaterThanOrEqual(0), expect(value, name).toBeLessThanOrEqual(1);
  });

  it('reads the kinds of words the changed sentences lost and gained, counted, not only present', () => {
    const features = editFeatures('Pack the kiln. Staff must never open the kiln above 200 degrees.', 'Pack the kiln. Staff may open the kiln above 300 degrees if a technician says so.', null);
    expect(features['negator gone']).toBe(1);
    expect(features['negator came']).toBe(0);
    expect(features['modal gone']).toBe(1);
    expect(features['modal came']).toBe(1);
    expect(features['number or unit gone']).toBe(1);
    expect(features['number or unit came']).toBe(1);
    expect(features['condition word came']).toBe(1);
    expect(features['telling verb came']).toBe(1);
    expect(features['party came']).toBe(1);
    // "never" -> "not": a negator lost and one gained, the count of negators kept.
    const swapped = editFeatures('Never run in the corridor.', 'Do not run in the corridor.', null);
    expect([swapped['negator gone'], swapped['negator came']]).toEqual([1, 1]);
  });

  it('reads the changed sentences alone: a sentence both versions keep adds nothing', () => {
    const alone = editFeatures('Lock the gate at dusk.', 'Lock the gate before dusk.', null);
    const beside = editFeatures('Feed the goats at noon. Lock the gate at dusk. Never leave a bucket in the pen.', 'Feed the goats at noon. Lock the gate before dusk. Never leave a bucket in the pen.', null);
    expect(beside).toEqual(alone);
    expect(alone['order word came']).toBe(1);
    expect(alone['negator gone']).toBe(0);
  });

  it('reads words taken out that stand elsewhere in the new version as words come back, and words only moved as no content changed', () => {
    const moved = editFeatures('Wipe the bench and sweep the floor after each class.', 'After each class, sweep the floor and wipe the bench.', null);
    expect(moved['words come back']).toBe(1);
    expect(moved['content words changed']).toBe(0);
    const replaced = editFeatures('Wipe the bench after each class.', 'Polish the mirror after each class.', null);
    expect(replaced['words come back']).toBe(0);
    expect(replaced['content words changed']).toBeGreaterThan(0);
  });

  it('asks the dictionary whether a replaced word is linked to a word that replaced it', () => {
    const linked = editFeatures('Staff must repair the fence.', 'Staff must mend the fence.', lexicon);
    expect(linked['replaced words linked']).toBe(1);
    const other = editFeatures('Staff must repair the fence.', 'Staff must photograph the fence.', lexicon);
    expect(other['replaced words linked']).toBe(0);
    // Without a dictionary the share is not read.
    expect(editFeatures('Staff must repair the fence.', 'Staff must mend the fence.', null)['replaced words linked']).toBe(0);
  });

  it('tells words only added or only taken out, and a change in several stretches', () => {
    const added = editFeatures('Sign the visitor book.', 'Sign the visitor book in ink.', null);
    expect([added['only added'], added['only removed'], added['several stretches']]).toEqual([1, 0, 0]);
    const removed = editFeatures('Sign the visitor book in ink.', 'Sign the visitor book.', null);
    expect([removed['only added'], removed['only removed']]).toEqual([0, 1]);
    const two = editFeatures('Sign the visitor book in ink at the desk.', 'Sign the guest book in ink at the door.', null);
    expect(two['several stretches']).toBe(1);
    expect(two['share changed']).toBeCloseTo(2 / 9, 5);
  });
});

describe('the features of the reasons', () => {
  it('tells a code fired beside its mirror in the other direction, flagging reasons only', () => {
    const reason = (code: string, advisory = false): Reason => ({ code, message: `${code}: "x"`, ...(advisory ? { advisory: true } : {}) });
    expect(reasonFeatures([reason('negation-added'), reason('negation-removed')])).toEqual({ 'mirrored firings': 1 });
    expect(reasonFeatures([reason('scope-narrowed'), reason('scope-widened')])).toEqual({ 'mirrored firings': 1 });
    expect(reasonFeatures([reason('negation-added'), reason('negation-removed', true)])).toEqual({ 'mirrored firings': 0 });
    expect(reasonFeatures([reason('negation-removed'), reason('scope-widened')])).toEqual({ 'mirrored firings': 0 });
  });

  it('reads the reading behind a message with the quoted words and figures taken out, and gives it back read again', () => {
    const message = 'number changed: "48 hours" -> "72 hours" (loosens the rule) in "Reply within 72 hours."';
    expect(readingOf(message)).toBe('number changed: _ -> _ (loosens');
    expect(readingOf(readingOf(message))).toBe(readingOf(message));
    expect(readingKey({ code: 'number-changed', message })).toBe('number-changed|number changed: _ -> _ (loosens');
  });
});

describe('the weighing of what an edit changed never adds a flag and never quiets a code that flags by design', () => {
  const edit = (reasons: Reason[], features: Record<string, number>): EditToWeigh => ({ reasons, score: 0.7, threshold: 0.85, certain: null, features });
  const allOnes = Object.fromEntries(Object.keys(EDIT_FEATURES).map((name) => [name, 1]));
  const pushing = (sign: number): VerdictWeights => ({ ...VERDICT_WEIGHTS, edit: Object.fromEntries([...Object.keys(EDIT_FEATURES), 'mirrored firings'].map((name) => [name, sign * 50])) });

  it('leaves an edit no reason flags unflagged, however strongly its features push', () => {
    const advisory: Reason = { code: 'low-similarity', message: 'low', advisory: true };
    expect(weighVerdict(pushing(1), edit([advisory], allOnes))).toEqual({ flagged: false, probability: null, why: 'no reason flags' });
    expect(weighVerdict(pushing(1), edit([], allOnes)).flagged).toBe(false);
  });

  it('flags a code that flags by design, or a reading certain on its own, however strongly its features pull', () => {
    for (const code of ['number-changed', 'requirement-removed', 'too-large-to-read', 'judge-weakened', 'clause-deleted']) {
      const verdict = weighVerdict(pushing(-1), edit([{ code: 'negation-removed', message: 'x' }, { code, message: 'y' }], allOnes));
      expect(verdict).toEqual({ flagged: true, probability: null, why: `${code} flags by design` });
    }
    expect(weighVerdict(pushing(-1), { ...edit([{ code: 'order-changed', message: 'x' }], allOnes), certain: 'order-changed' }).flagged).toBe(true);
  });

  it('weighs the features it has weights for, and names the largest terms in one line', () => {
    const reasons: Reason[] = [{ code: 'negation-removed', message: 'negation removed: "not" dropped in "x"' }];
    const quiet = weighVerdict(pushing(-1), edit(reasons, allOnes));
    expect(quiet.flagged).toBe(false);
    expect(quiet.why).not.toContain('\n');
    expect(quiet.why).toMatch(/\d+ smaller; base/);
    // Linear weights fitted before the features (none for them, no stumps) weigh as they did.
    const before: VerdictWeights = { codes: { 'negation-removed': -0.5 }, signals: { similarity: 1, 'two firings': 0.5 }, bias: 0.2, threshold: 0.5, fitted: 'before round 31a' };
    expect(weighVerdict(before, edit(reasons, allOnes)).probability).toBe(weighVerdict(before, edit(reasons, {})).probability);
  });
});

describe('what an edit changed, weighed through a real commit', () => {
  let repo: TestRepo;
  const audits = new Map<string, Record<string, any>>();
  const rule = 'Smoking is not permitted anywhere on the forecourt.';
  beforeAll(() => {
    repo = createRepo();
    const clause = (text: string) => `---\ntitle: Forecourt\n---\n${text}\n`;
    repo.write('codex/rules/reworded.md', clause(rule));
    repo.write('codex/rules/dropped.md', clause(rule));
    expect(repo.commit('add the rules', '2026-02-01').code).toBe(0);
    // The same reading on both: the "not" gone. One says the rule again with "no one"; the other drops it.
    repo.write('codex/rules/reworded.md', clause('On the forecourt no one may smoke at all.'));
    repo.write('codex/rules/dropped.md', clause('Smoking is permitted on the forecourt.'));
    const edited = repo.commit('edit the rules', '2026-02-02');
    expect(edited.code, edited.stderr).toBe(0);
    for (const id of ['rules/reworded', 'rules/dropped']) {
      const latest = repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>).find((record) => record.change === 'edited');
      if (latest) audits.set(id, latest);
    }
  });
  afterAll(() => repo?.cleanup());

  it('records the rule said again with a negator of its own as a review suggested, naming what the edit changed, and the rule dropped flagged', () => {
    const reworded = audits.get('rules/reworded');
    expect(reworded?.regression_flag).toBe(false);
    expect(reworded?.reasons.map((reason: Reason) => [reason.code, reason.advisory ?? false])).toEqual([['negation-removed', true]]);
    expect(reworded?.reasons[0].message).toMatch(/advisory as a whole: weighed 0\.\d{3} < 0\.\d{3} \(.*negator came -\d\.\d\d/);
    expect(audits.get('rules/dropped')?.regression_flag).toBe(true);
  });
});
