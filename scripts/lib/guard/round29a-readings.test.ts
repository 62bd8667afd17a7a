// Round 29a (issue 11: false flags of v30-v33, a rule said another way): a ban whose things are
// picked out by a negated relative clause ("anyone who is not", "whose <part> has not", "who
// cannot") said with "only" (`_bans-as-only.ts`), and a ban on the things of an act outside a set
// said as a duty on every thing of the act (`_bans-as-every.ts`), and "only" said after its object
// ("and to nobody else", "and in no other way", `_only-phrasings.ts`), and a bound on a whole count
// said strictly and inclusively ("more than one" / "two or more", `_whole-count-bounds.ts`), a ban
// said with "None of <things> may" (`_rule-words.ts`), a negative word spelled out as "without any
// <noun>" (`_statements.ts`), and a cap said as a superlative ("One court a day is the most a member
// can book", `_superlative-caps.ts`), and a bound after a negated verb on "an hour" (`_statements.ts`). Twins that widen or replace the
// set, change its figure, drop "only" or a word of the set, soften the modal or replace the act are
// read as before; one kind is also driven through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { banAsOnly } from './_bans-as-only.ts';
import { banAsEvery, foldBansAsEvery } from './_bans-as-every.ts';
import { withOnlySaidPlainly } from './_only-phrasings.ts';
import { foldWholeCountBounds } from './_whole-count-bounds.ts';
import { superlativeAsCap } from './_superlative-caps.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a ban picked out by a negated relative clause, said with "only"', () => {
  it('reads "anyone who is not S", "whose P has not", "who cannot" and a set closing the sentence with "only"', async () => {
    expect(await codes('Do not sell fireworks to anyone who is not over 18.', 'Fireworks are sold to customers over 18 only.')).toEqual([]);
    expect(await codes('Do not mill timber whose moisture content has not been measured.', 'Mill only timber whose moisture content has been measured.')).toEqual([]);
    expect(await codes('Do not serve a customer who cannot show proof of age.', 'Serve only customers who can show proof of age.')).toEqual([]);
    expect(await codes('Never sign off a boiler whose flue has not been tested.', 'Boilers are signed off only when their flue has been tested.')).toEqual([]);
    expect(await codes("Never accept a parcel for a resident who is not on the building's list.", "Parcels are accepted for residents on the building's list only.")).toEqual([]);
  });

  it('still reads a figure changed, the set widened or replaced, the part replaced and "only" dropped', async () => {
    expect(await codes('Do not sell fireworks to anyone who is not over 18.', 'Fireworks are sold to customers over 16 only.')).toContain('number-changed');
    expect(await codes('Never lend a kayak to anyone who is not a club member.', 'Kayaks are lent to club members and their guests only.')).toContain('negation-removed');
    expect(await codes('Never sign off a boiler whose flue has not been tested.', 'Boilers are signed off only when their pipes have been tested.')).toContain('negation-removed');
    expect(await codes("Do not issue a visitor badge to anyone who cannot give a host's name.", 'Visitor badges are issued only to people who can give a company name.')).toContain('negation-removed');
    expect(await codes('Do not serve a customer who cannot show proof of age.', 'Serve customers who can show proof of age.')).toContain('negation-removed');
    expect(await codes("Never accept a parcel for a resident who is not on the building's list.", 'Parcels are accepted for residents only.')).toContain('negation-removed');
  });

  it('takes the first negation for the rule\'s, and writes "anyone who" after "only" as the set itself', () => {
    expect(banAsOnly('Do not accept catalytic converters from anyone who is not a registered trader.')?.written).toBe('Accept catalytic converters only from a registered trader.');
    expect(banAsOnly('Never open a locker remotely for someone who cannot give the collection code.')?.written).toBe('Open a locker remotely only for people who can give the collection code.');
    expect(banAsOnly('Do not collect from a farm whose tank has not been washed.')).toMatchObject({ written: 'Collect only from a farm whose tank has been washed.', restriction: 'tank been washed' });
  });
});

describe('a ban on things outside a set, said as a duty on every thing of the act', () => {
  it('reads "may not V any X that is not P" as "every X S V must be P", either way round', async () => {
    expect(await codes('Do not fit any part that is not on the approved list.', 'Every part you fit has to be on the approved list.')).toEqual([]);
    expect(await codes('Pharmacists must not dispense any medicine that has not been checked by a second pharmacist.', 'Every medicine a pharmacist dispenses must have been checked by a second pharmacist.')).toEqual([]);
    expect(await codes('Volunteers may not serve food that has not been labelled with its allergens.', 'All food volunteers serve must be labelled with its allergens.')).toEqual([]);
    expect(await codes('Do not use any ladder unless it has been inspected this month.', 'Every ladder you use must have been inspected this month.')).toEqual([]);
    expect(await codes('Every sample the lab reports must be logged in the register.', 'The lab may not report any sample that is not logged in the register.')).toEqual([]);
  });

  it('still reads the modal softened, a word of the set dropped or replaced, and the act replaced', async () => {
    expect(await codes('Do not fit any part that is not on the approved list.', 'Every part you fit should be on the approved list.')).toContain('modal-weakened');
    expect(await codes('Pharmacists must not dispense any medicine that has not been checked by a second pharmacist.', 'Every medicine a pharmacist dispenses must have been checked.')).toContain('negation-removed');
    expect(await codes('Never publish a photo that is not cleared by the picture desk.', 'Any photo you publish must be cleared by the features editor.')).toContain('negation-removed');
    expect(await codes('Do not use any ladder unless it has been inspected this month.', 'Every ladder you use must have been inspected this year.')).toContain('negation-removed');
    expect(await codes('Every sample the lab reports must be logged in the register.', 'The lab may not report any sample that is not logged.')).toContain('negation-added');
    expect(await codes('Do not fit any part that is not on the approved list.', 'Every part you order has to be on the approved list.')).toContain('negation-removed');
  });

  it('writes the ban as the duty in its own words, and leaves what it cannot read', () => {
    expect(banAsEvery('A partnership may not use any convention that is not disclosed on its convention card.')?.written).toBe('Every convention a partnership use must be disclosed on its convention card.');
    expect(banAsEvery('Never quote an insurance excess that is not on the rate sheet.')?.written).toBe('Every insurance excess you quote must be on the rate sheet.');
    expect(banAsEvery('Do not let any visitor who is not signed in onto the ward.')).toBeNull();
    expect(banAsEvery('Do not fit any part.')).toBeNull();
    const previous = 'Do not fit any part that is not on the approved list. Log every job.';
    expect(foldBansAsEvery(previous, 'Every part you fit has to be on the supplier list. Log every job.', lexicon)[0]).toBe(previous);
  });
});

describe('"only" said after its object', () => {
  it('reads "and to nobody else", "and in no other way" and a limit past another preposition as "only"', async () => {
    expect(await codes("Only a resident's named next of kin can be given updates about their health.", "Updates on a resident's health go to their named next of kin and to nobody else.")).toEqual([]);
    expect(await codes('Return the samples only to the lab that sent them.', 'Return the samples to the lab that sent them and to no other.')).toEqual([]);
    expect(await codes('Parcels must be lifted only with the hoist.', 'Parcels are lifted with the hoist and in no other way.')).toEqual([]);
    expect(await codes("Guests without a certificate may shoot only with the ground's own guns.", 'A guest with no certificate shoots with one of our guns and no other.')).toEqual([]);
    expect(withOnlySaidPlainly('A guest with no certificate shoots with one of our guns and no other.')).toBe('A guest with no certificate shoots only with one of our guns.');
  });

  it('still reads another party, another way or another place added', async () => {
    expect(await codes('Only the site manager may hold the master key.', 'The master key is held by the site manager and by the caretaker.')).toContain('scope-widened');
    expect(await codes('Parcels must be lifted only with the hoist.', 'Parcels are lifted with the hoist or in any other way.')).toContain('scope-widened');
    expect(await codes('Send the invoice only to the finance office.', 'Send the invoice to the finance office and to the customer.')).toContain('scope-widened');
  });
});

describe('a bound on a whole count said strictly and inclusively', () => {
  it('reads "more than N" as "N+1 or more" and "under N" as "N-1 or younger" on counts and ages', async () => {
    expect(await codes('Trainees who miss more than one session must rebook the course.', 'Missing two or more sessions means the trainee has to rebook the course.')).toEqual([]);
    expect(await codes('Drivers under 25 pay a young driver surcharge.', 'A young driver surcharge applies to every driver aged 24 or younger.')).toEqual([]);
    expect(await codes('Groups of fewer than six people do not need a guide.', 'Groups of five people or fewer do not need a guide.')).toEqual([]);
    expect(foldWholeCountBounds('Orders of more than ten items ship free.', 'Orders of eleven items or more ship free.')[1]).toBe('Orders of more than ten items ship free.');
  });

  it('still reads a count moved, and leaves an amount of a measure as written', async () => {
    expect(await codes('Trainees who miss more than one session must rebook the course.', 'Missing one or more sessions means the trainee has to rebook the course.')).toContain('number-changed');
    expect(await codes('Tenants with more than two pets must tell the landlord.', 'Tenants who keep four or more pets must tell the landlord.')).toContain('number-changed');
    expect(await codes('Parcels over 2 kg need a signature.', 'Parcels of 3 kg or more need a signature.')).toContain('number-changed');
    expect(await codes('Calls longer than 10 minutes are logged.', 'Calls of 11 minutes or more are logged.')).toContain('number-changed');
    expect(foldWholeCountBounds('Parcels over 2 kg need a signature.', 'Parcels of 3 kg or more need a signature.')[1]).toBe('Parcels of 3 kg or more need a signature.');
  });
});

describe('a ban said with "None of <things> may"', () => {
  it('reads the negative quantifier with its of-phrase as "No <thing> may"', async () => {
    expect(await codes('Parties and events are not permitted in any of our cottages.', 'None of our cottages may be used for a party or an event.')).toEqual([]);
    expect(await codes('Do not let any of the trainees drive the forklift alone.', 'None of the trainees may drive the forklift alone.')).toEqual([]);
    expect(await codes('Guests must not smoke in any of the bedrooms.', 'None of the bedrooms can be smoked in by guests.')).toEqual([]);
  });

  it('still reads "some of" and "any of" as a grant, and a case or exception added', async () => {
    expect(await codes('Parties and events are not permitted in any of our cottages.', 'Some of our cottages may be used for a party or an event.')).toContain('negation-removed');
    expect(await codes('Visitors must not feed the animals in any of the paddocks.', "Any of the paddocks' animals may be fed by visitors.")).toContain('negation-removed');
    expect(await codes('Guests must not smoke in any of the bedrooms.', 'None of the bedrooms may be smoked in by guests unless a window is open.')).toContain('condition-added');
  });
});

describe('a negative word spelled out as "without" or "no" and its base', () => {
  it('reads "without any damage" and "with no label" as "undamaged" and "unlabelled"', async () => {
    expect(await codes('Refund the deposit when the van comes back undamaged.', 'Refund the deposit when the van comes back without any damage.')).toEqual([]);
    expect(await codes('Store unlabelled samples in the quarantine fridge.', 'Store samples with no label in the quarantine fridge.')).toEqual([]);
    expect(await codes('Treat an unmarked parcel as lost.', 'Treat a parcel with no markings as lost.')).toEqual([]);
  });

  it('still reads a "without" or "no" whose noun is another thing', async () => {
    expect(await codes('Refund the deposit when the van comes back undamaged.', 'Refund the deposit when the van comes back without any fuel.')).toContain('condition-changed');
    expect(await codes('Treat an unmarked parcel as lost.', 'Treat a parcel with no address as lost.')).toContain('negation-added');
  });
});

describe('a cap said as a superlative of what a party may do', () => {
  it('reads "N is the most S can V" as "S may not V more than N"', async () => {
    expect(await codes('Members may not book more than one peak-time court a day.', 'One peak-time court a day is the most a member can book.')).toEqual([]);
    expect(await codes('Customers cannot borrow more than six books at a time.', 'Six books at a time is the maximum a customer can borrow.')).toEqual([]);
    expect(superlativeAsCap('One visitor at the bedside is the most a patient can have.')).toBe('A patient cannot have more than one visitor at the bedside.');
  });

  it('still reads a figure changed, a floor, another party, a case turned round and a softer modal', async () => {
    expect(await codes('Members may not book more than one peak-time court a day.', 'Two peak-time courts a day is the most a member can book.')).toContain('number-changed');
    expect(await codes('Guests may not bring more than two visitors to the pool.', 'Two visitors is the least a guest may bring to the pool.')).toContain('negation-removed');
    expect(await codes('Customers cannot borrow more than six books at a time.', 'Six books at a time is the maximum a member of staff can borrow.')).toContain('negation-removed');
    expect(await codes('Staff must not carry more than 25 kg without a trolley.', '25 kg is the most staff may carry with a trolley.')).toContain('scope-narrowed');
    expect(await codes('Do not sell more than four tickets to one buyer.', 'Four tickets is the most you should sell to one buyer.')).toContain('modal-weakened');
    expect(superlativeAsCap('Two visitors is the least a guest may bring to the pool.')).toBeNull();
  });
});

describe('a bound after a negated verb on "an hour" or "a day"', () => {
  it('turns the bound on one unit as it turns it on a figure', async () => {
    expect(await codes("A carrier's round must not take longer than 90 minutes.", "A carrier's round must not take longer than an hour and a half.")).toEqual([]);
    expect(await codes('Calls must not last longer than 60 minutes.', 'Calls must not last longer than an hour.')).toEqual([]);
  });

  it('still reads a longer span and a bound turned round', async () => {
    expect(await codes('Calls must not last longer than 60 minutes.', 'Calls must not last longer than a day.')).toContain('number-changed');
    expect(await codes('Samples must not be kept for more than 7 days.', 'Samples must not be kept for less than a week.')).toContain('order-changed');
  });
});
