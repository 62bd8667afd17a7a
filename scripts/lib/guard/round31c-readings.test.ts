// Round 31c (issue 11: benign edits flagged in v32-v37): after the readings, a check that the new
// version still states every requirement the old one did (`requirements-kept-withdrawn.ts`): each
// changed old sentence read as the region of cases it forbids (`_requirement-frames.ts`) and looked
// for in the new version slot by slot (party, act or its dictionary kin, things, the side of each
// case once negations are resolved, figures and bounds, order). One check for every code it
// withdraws, tested per code; the twins that change one slot stay flagged; one kind is also driven
// through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readRequirementFrame } from './_requirement-frames.ts';
import { findReasonsBeyondKeptRequirements, sameRequirement, withKeptRequirementsInOldWords } from './requirements-kept-withdrawn.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);
/** A frame's words as "+word" (inside what is forbidden) or "-word", the act marked "!". */
const sides = (sentence: string) => readRequirementFrame(sentence)?.words.map((word) => `${word.side > 0 ? '+' : '-'}${word.act ? '!' : ''}${word.word}`) ?? null;
const same = (previous: string, next: string) => {
  const [old, now] = [readRequirementFrame(previous), readRequirementFrame(next)];
  return old !== null && now !== null && sameRequirement(lexicon, old, now);
};

describe('a sentence read as the region of cases it forbids', () => {
  it('puts a banned or restricted act inside, a demanded one outside, the things inside either way', () => {
    expect(sides('Do not open the fire door during a performance.')).toEqual(['+!open', '+fire', '+door', '+performance']);
    expect(sides('The fire door stays closed during a performance.')).toEqual(['+fire', '+door', '-!closed', '+performance']);
    expect(sides('Do not refund a lift pass that has been scanned.')).toEqual(['+!refund', '+lift', '+pass', '+scanned']);
    expect(sides('A lift pass is refunded only if it has not been scanned.')).toEqual(['+lift', '+pass', '+!refunded', '+scanned']);
  });

  it('turns the act of a case that lets the rule off or of a negated relative clause, and the set an "only" keeps to', () => {
    expect(sides('Never print a customer\'s artwork unless they have approved the proof.')).toEqual(['+!print', '+customer', '+artwork', '-approved', '+proof']);
    expect(sides('Only certified divers may enter the wreck.')).toEqual(['-certified', '-divers', '+!enter', '+wreck']);
    expect(sides('Divers without certification may not enter the wreck.')).toEqual(['+divers', '-certification', '+!enter', '+wreck']);
    expect(sides('Never issue a parking permit to a resident whose car is not registered at the address.')).toEqual(['+!issue', '+parking', '+permit', '+resident', '+car', '-registered', '+address']);
  });

  it('reads no frame for a grant, a negated duty, a hedge, a negation after the act or no act', () => {
    expect(readRequirementFrame('Members may use the sauna after 18:00.')).toBeNull();
    expect(readRequirementFrame('Drivers need not show the full report.')).toBeNull();
    expect(readRequirementFrame('Staff should lock the shed.')).toBeNull();
    expect(readRequirementFrame('Keep the gate closed where possible.')).toBeNull();
    expect(readRequirementFrame('Pre-treat stains before the main clean, never after.')).toBeNull();
    expect(readRequirementFrame('The dispatcher assigns drivers to routes.')).toBeNull();
  });
});

describe('one requirement stated again, slot by slot', () => {
  it('finds a ban as an "only", a bound from its other side, an act as its opposite state', () => {
    expect(same('Never issue a parking permit to a resident whose car is not registered at the address.', 'Parking permits are issued only to residents whose car is registered at the address.')).toBe(true);
    expect(same('Only certified divers may enter the wreck.', 'Divers without certification may not enter the wreck.')).toBe(true);
    expect(same('No child under 8 may use the climbing wall.', 'Only children aged 8 or over may use the climbing wall.')).toBe(true);
    expect(same('Do not open the fire door during a performance.', 'The fire door stays closed during a performance.')).toBe(true);
  });

  it('keeps apart a slot changed: the side of a case, the bound, the act, the party, the order of things', () => {
    expect(same('Never issue a parking permit to a resident whose car is not registered at the address.', 'Parking permits are issued only to residents whose car is not registered at the address.')).toBe(false);
    expect(same('No child under 8 may use the climbing wall.', 'Only children aged 8 or under may use the climbing wall.')).toBe(false);
    expect(same('Do not open the fire door during a performance.', 'The fire door stays open during a performance.')).toBe(false);
    expect(same('Tenants must tell us about any leak within a day.', 'We must tell tenants about any leak within a day.')).toBe(false);
    expect(same('Claims handlers must tell the policyholder the reason a claim was declined.', 'Claims handlers must not tell the policyholder the reason a claim was declined.')).toBe(false);
    expect(same('The duty chemist must sign the register and must lock the cabinet.', 'The duty chemist must sign the register and can lock the cabinet.')).toBe(false);
    expect(same('Dogs are not permitted in the dining room.', 'Poodles are not permitted in the dining room.')).toBe(false);
  });

  it('keeps apart people moved across the region with nothing of their own saying which of them (the rule turned)', async () => {
    expect(same('Never give keys to visitors.', 'Give keys only to visitors.')).toBe(false);
    expect(same('Do not serve customers who are drunk.', 'Serve only customers who are drunk.')).toBe(false);
    expect(await codes('Never give keys to visitors.', 'Give keys only to visitors.')).toContain('negation-removed');
    expect(same('Only certified divers may enter the wreck.', 'Divers without certification may not enter the wreck.')).toBe(true);
  });

  it('writes a sentence found back in the old words and leaves the others', () => {
    const previous = 'Greet every visitor. Only certified divers may enter the wreck. Log each dive.';
    const next = 'Greet every visitor. Divers without certification may not enter the wreck. Log every dive in the book.';
    expect(withKeptRequirementsInOldWords(previous, next, lexicon)).toBe('Greet every visitor. Only certified divers may enter the wreck. Log every dive in the book.');
  });
});

describe('reasons withdrawn when every requirement is stated again, per code', () => {
  it('withdraws negation-removed: a ban said as the act done only in the case it was lifted in', async () => {
    expect(await codes('Do not deliver funeral flowers to the family\'s home unless the family has asked for it.', 'Funeral flowers are delivered to a family\'s home only at the family\'s own request.')).toEqual([]);
    // Twin: the case turned, and the "only" dropped.
    expect(await codes('Do not lend harnesses to climbers who have not passed the belay check.', 'Harnesses are lent to climbers who have passed the belay check.')).not.toEqual([]);
    expect(await codes('Never issue a parking permit to a resident whose car is not registered at the address.', 'Parking permits are issued only to residents whose car is not registered at the address.')).toContain('negation-removed');
  });

  it('withdraws negation-moved: the negation moved from the rule into the case an "only" keeps to', async () => {
    expect(await codes('Do not refund a lift pass that has been scanned.', 'A lift pass is refunded only if it has not been scanned.')).toEqual([]);
    expect(await codes('Do not refund a lift pass that has been scanned.', 'A lift pass is refunded only if it has been scanned.')).not.toEqual([]);
  });

  it('withdraws condition-added: a case said with another word of the same sense', async () => {
    expect(await codes('Use the service lift where necessary.', 'Use the service lift if needed.')).toEqual([]);
    expect(await codes('Use the service lift where necessary.', 'Use the service lift if possible.')).not.toEqual([]);
  });

  it('never withdraws a reason that flags by design or is read from how the text speaks', () => {
    const read = () => [{ code: 'tone-dismissive', message: 'tone' }, { code: 'negation-removed', message: 'negation' }];
    const kept = findReasonsBeyondKeptRequirements('Only certified divers may enter the wreck.', 'Divers without certification may not enter the wreck.', lexicon, read(), () => []);
    expect(kept.map((reason) => reason.code)).toEqual(['tone-dismissive']);
  });
});
