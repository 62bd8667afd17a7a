// Round 44c (issue 11): the learned flag stands down on a duty's or a ban's one case made to hold in
// every case by a concessive ("Log the call if the caller sounds distressed" -> "Log the call,
// whatever the caller sounds like"): stricter, the rule said again. Four of the tuning set's false
// flags the learned flag raised alone after session 37's refit were of this class. A grant or a
// hand-over made universal gives more away and stays read (reason-case-universal.ts); an "only if"
// dropped for "always" weakens a gate and is no concessive. Each beside a regression twin; the class
// through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
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
