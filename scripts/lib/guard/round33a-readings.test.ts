// Round 33a (issue 11: v40's and v41's largest class of false flags): a prohibition with a gate and
// the act allowed only inside that gate, read as one form (`_gated-rules.ts`): the ban's
// "until / before / unless / without C" or its object's relative clause ("that another clinic
// supplied", "that has not P") against the "only if / once / after / when C", "Only once C may ...",
// "Only A the Xs that C". The benign rewordings withdraw their codes; each twin that turns the gate
// (no "only", "only until", no "not", another party, "C or D", a word of the gate gone) stays
// flagged. One kind is also driven through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { foldGatedRules, readGatedRule, sameGatedRule } from './_gated-rules.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);
const read = (sentence: string) => {
  const rule = readGatedRule(sentence);
  return rule && `${rule.form}/${rule.kind} [${rule.doer.join(' ')}] [${rule.act.join(' ')}] [${rule.gate.join(' ')}]`;
};
const same = (previous: string, next: string) => {
  const [old, now] = [readGatedRule(previous), readGatedRule(next)];
  return old !== null && now !== null && sameGatedRule(old, now, lexicon);
};

describe('a gated rule read as its form, doer, act and gate', () => {
  it('reads a ban waiting for an event or lifted by a condition, past a "let" and the ban\'s doer', () => {
    expect(read('Do not let a tram leave the depot until its brake test has been recorded.')).toBe('ban/event [] [tram leave depot] [brake test recorded]');
    expect(read('The pharmacist must not hand over a controlled drug unless the collector shows identification.')).toBe('ban/condition [pharmacist] [hand over controlled drug] [collector shows identification]');
  });

  it('turns a ban\'s relative clause to the case allowed: its "not" out, another party read as the rule\'s own', () => {
    expect(read('Do not adjust a device that another clinic supplied.')).toBe('ban/restriction [] [adjust device] [=own clinic supplied]');
    expect(read('Do not grade an essay that a student has not submitted through the portal.')).toBe('ban/restriction [] [grade essay] [student submitted portal]');
  });

  it('reads the "only" forms: after the act, inverted in front, before the verb, before the object', () => {
    expect(read('A tram may leave the depot only once its brake test is on record.')).toBe('only/event [tram] [leave depot] [brake test record]');
    expect(read('Only once the means test is complete may you tell a caller that they qualify for legal aid.')).toBe('only/event [] [tell caller qualify legal aid] [means test complete]');
    expect(read('Swimmers may only enter the lake once a lifeguard is in the boat.')).toBe('only/event [swimmers] [enter lake] [lifeguard boat]');
    expect(read('Only make adjustments to devices that this clinic supplied.')).toBe('only/restriction [] [adjustments devices] [=own clinic supplied]');
  });

  it('reads no gate in "once C" without "only", an "only until", a negated "only" sentence or a plain ban', () => {
    expect(readGatedRule('A ferry may sail once the vehicle deck has been secured.')).toBeNull();
    expect(readGatedRule("A climber may leave the belay ledge only until their partner has called 'safe'.")).toBeNull();
    expect(readGatedRule('Resell a ticket only when not every seat has been sold.')).toBeNull();
    expect(readGatedRule('Do not mount a dish on a chimney stack.')).toBeNull();
    expect(readGatedRule('Concrete should be poured only once it has been tested for slump.')).toBeNull();
  });
});

describe('two forms of one gated rule', () => {
  it('are the same rule when the acts and the gates say each other', () => {
    expect(same('Do not let an operator use the organic logo before their certificate is issued.', 'An operator may use the organic logo only once their certificate has been issued.')).toBe(true);
    expect(same('Never ship a parcel unless the sender has paid the postage on it.', 'Ship only parcels whose postage the sender has paid.')).toBe(true);
    expect(same('Do not adjust a device that another clinic supplied.', 'Only make adjustments to devices that this clinic supplied.')).toBe(true);
  });

  it('lets the new gate close on a qualifier of its own, which allows less, but not on an alternative or a softening word', () => {
    expect(same('Never take a kayak out unless a guide is on the water.', 'A kayak can only be taken out if a guide is on the water for the whole trip.')).toBe(true);
    expect(same('Never take a kayak out unless a guide is on the water.', 'A kayak can only be taken out if a guide is on the water or on the beach.')).toBe(false);
    expect(same('Never take a kayak out unless a guide is on the water.', 'A kayak can only be taken out if a guide is on the water where possible.')).toBe(false);
  });

  it('are not when the gate gained or lost a word, its party turned, or the new act names a narrower doer', () => {
    expect(same('Do not release the test results before the supervising doctor has reviewed them.', 'Only once the supervising doctor or a nurse has reviewed them may the test results be released.')).toBe(false);
    expect(same('Never publish a letter unless its writer has agreed to it in writing.', 'Only when its writer has agreed to it may a letter be published.')).toBe(false);
    expect(same('Do not repair a bike that another shop sold.', 'Only repair bikes that another shop sold.')).toBe(false);
    // "Only repair bikes that this shop sold" forbids a bike no shop sold; the ban said after it allows it again.
    expect(same('Only repair bikes that this shop sold.', 'Do not repair a bike that another shop sold.')).toBe(false);
    expect(same('Do not lend a key card unless the guest has shown photo ID.', 'Trainees may lend a key card only when the guest has shown photo ID.')).toBe(false);
    expect(same('Do not release a hire boat unless a staff member has checked the bilge pump.', 'Release a hire boat only once a member has checked the bilge pump.')).toBe(false);
    expect(same('Pupils must not use the kiln room unless a teacher is supervising.', 'Pupils use the kiln room only while a teacher is in the building.')).toBe(false);
  });

  it('writes the new sentence as the old one, and leaves the rest of the text as written', () => {
    const previous = 'Greet each visitor. Do not let a swimmer enter the lake until a lifeguard is in the boat.';
    expect(foldGatedRules(previous, 'Greet visitors warmly. Swimmers may only enter the lake once a lifeguard is in the boat.', lexicon)[1]).toBe('Greet visitors warmly. Do not let a swimmer enter the lake until a lifeguard is in the boat.');
  });
});

describe('the verdict on a ban said as the only case allowed', () => {
  it('withdraws the codes of the same gated rule in the other form', async () => {
    expect(await codes('Do not let a tram leave the depot until its brake test has been recorded.', 'A tram may leave the depot only once its brake test is on record.')).toEqual([]);
    expect(await codes('Do not tell a caller they qualify for legal aid before the means test has been completed.', 'Only once the means test is complete may you tell a caller that they qualify for legal aid.')).toEqual([]);
    expect(await codes('Do not adjust a device that another clinic supplied.', 'Only make adjustments to devices that this clinic supplied.')).toEqual([]);
    expect(await codes('Volunteers must not sell plants that another garden raised.', 'Volunteers may sell only plants that this garden raised.')).toEqual([]);
  });

  it('keeps the twins flagged: no "only", "only until", no "not", the other party, a gate widened', async () => {
    expect(await codes('Never allow a ferry to sail before the vehicle deck has been secured.', 'A ferry may sail once the vehicle deck has been secured.')).not.toEqual([]);
    expect(await codes("Do not let a climber leave the belay ledge until their partner has called 'safe'.", "A climber may leave the belay ledge only until their partner has called 'safe'.")).not.toEqual([]);
    expect(await codes('Never dispatch a drone unless the wind is below 20 knots.', 'A drone is dispatched unless the wind is below 20 knots.')).not.toEqual([]);
    expect(await codes('Do not repair a bike that another shop sold.', 'Only repair bikes that another shop sold.')).not.toEqual([]);
    expect(await codes('Do not release the test results before the supervising doctor has reviewed them.', 'Only once the supervising doctor or a nurse has reviewed them may the test results be released.')).not.toEqual([]);
  });
});
