// Round 44c (issue 11): the learned flag stands down on a duty's or a ban's one case made to hold in
// every case by a concessive ("Log the call if the caller sounds distressed" -> "Log the call,
// whatever the caller sounds like"): stricter, the rule said again. Four of the tuning set's false
// flags the learned flag raised alone after session 37's refit were of this class. A grant or a
// hand-over made universal gives more away and stays read (reason-case-universal.ts); an "only if"
// dropped for "always" weakens a gate and is no concessive. Each beside a regression twin; the class
// through real commits.
import { afterAll, describe, expect, it } from 'vitest';
import { clauseEditAudits } from '../../test-utils/clause-edit-audits.ts';
import { caseMadeUniversalStricter } from './reason-case-universal.ts';
import { learnedFlagStandsDown } from './evaluate-clause-change.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

describe('a duty\'s or a ban\'s case made universal', () => {
  it('is read where the case gave way to a concessive and the rule is said again', () => {
    expect(caseMadeUniversalStricter('Log the call if the caller sounds distressed.', 'Log the call, whatever the caller sounds like.')).toBe(true);
    expect(caseMadeUniversalStricter('Log the call if the caller sounds distressed.', 'Log the call regardless of how the caller sounds.')).toBe(true);
    expect(caseMadeUniversalStricter('Check the rope for wear if it was used on rock.', 'Check the rope for wear, however it was used.')).toBe(true);
    expect(caseMadeUniversalStricter('Do not climb the hop poles if the wind is strong.', 'Do not climb the hop poles, whatever the wind is doing.')).toBe(true);
  });

  it('is not read for a grant or a hand-over, an "only if" dropped for "always", or a rule changed with its case', () => {
    expect(caseMadeUniversalStricter('Pickers may leave the hop garden early if the picking machine breaks down.', 'Pickers may leave the hop garden early, whatever happens to the picking machine.')).toBe(false);
    expect(caseMadeUniversalStricter('Refund the course fee if the instructor cancels the day.', 'Refund the course fee, whoever cancels the day.')).toBe(false);
    expect(caseMadeUniversalStricter('Lend students a walling hammer only if they have forgotten their own.', 'Always lend students a walling hammer.')).toBe(false);
    expect(caseMadeUniversalStricter('Log the call only if the caller sounds distressed.', 'Log the call, whatever the caller sounds like.')).toBe(false);
    expect(caseMadeUniversalStricter('Check the stringing wires for slack if it rained overnight.', 'Check the hop bines for mildew, however the night went.')).toBe(false);
    expect(caseMadeUniversalStricter('Do not climb the hop poles if the wind is strong.', 'Climb the hop poles, whatever the wind is doing.')).toBe(false);
  });

  it('is what the learned flag stands down on, on the changed sentences as the guard folds them', () => {
    const lexicon = createWordNetLexicon();
    expect(learnedFlagStandsDown('Wear gloves if the coping stones are wet. Sweep the yard at five.', 'Wear gloves, whatever the state of the coping stones. Sweep the yard at five.', lexicon)).toBe(true);
    expect(learnedFlagStandsDown('Refund the course fee if the instructor cancels the day. Sweep the yard at five.', 'Refund the course fee, whoever cancels the day. Sweep the yard at five.', lexicon)).toBe(false);
  });
});

describe('the class through the hook', () => {
  const hook = clauseEditAudits({ title: 'Walling school and hop garden rules' });
  afterAll(() => hook.cleanup());
  // Both tests' edits in one batch: one commit of the old texts, one of the new, each clause audited
  // on its own (clauseEditAudits.editAll), where one edit at a time took 16 hooked commits.
  const UNIVERSAL = [
    ['walling/gloves', 'Wear gloves if the coping stones are wet.', 'Wear gloves, whatever the state of the coping stones.'],
    ['walling/report', 'Report a fallen wall section if it borders a footpath.', 'Report a fallen wall section, wherever it stands.'],
    ['hops/poles', 'Do not climb the hop poles if the wind is strong.', 'Do not climb the hop poles, whatever the wind is doing.'],
    ['hops/wires', 'Check the stringing wires for slack if it rained overnight.', 'Check the stringing wires for slack, however the night went.'],
  ] as const;
  const TWINS = [
    ['hops/leave', 'Pickers may leave the hop garden early if the picking machine breaks down.', 'Pickers may leave the hop garden early, whatever happens to the picking machine.'],
    ['walling/refund', 'Refund the course fee if the instructor cancels the day.', 'Refund the course fee, whoever cancels the day.'],
    ['walling/hammer', 'Lend students a walling hammer only if they have forgotten their own.', 'Always lend students a walling hammer.'],
    ['hops/poles-2', 'Do not climb the hop poles if the wind is strong.', 'Climb the hop poles, whatever the wind is doing.'],
  ] as const;
  let audited: ReturnType<typeof hook.editAll<readonly [...typeof UNIVERSAL, ...typeof TWINS]>> | undefined;
  const audits = () => (audited ??= hook.editAll([...UNIVERSAL, ...TWINS] as const));

  it('raises no learned flag on a duty or a ban made to hold in every case', () => {
    const results = audits().slice(0, UNIVERSAL.length);
    expect(results).toHaveLength(UNIVERSAL.length);
    for (const result of results) {
      expect(result.codes, result.edit).not.toContain('learned-shape');
    }
  });

  it('flags the twins: a grant or a hand-over made universal, an "only if" dropped for "always", a ban turned into a duty', () => {
    const [granted, handed, always, unbanned] = audits().slice(UNIVERSAL.length);
    expect(granted!.audit, granted!.edit).toMatchObject({ regression_flag: true });
    expect(handed!.audit, handed!.edit).toMatchObject({ regression_flag: true });
    expect(always!.audit, always!.edit).toMatchObject({ regression_flag: true });
    expect(unbanned!.audit, unbanned!.edit).toMatchObject({ regression_flag: true });
  });
});
