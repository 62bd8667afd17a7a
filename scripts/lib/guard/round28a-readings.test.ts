// Round 28a (issue 11: false flags of v28-v31, a rule said another way): a ban on every case outside
// a set or a condition, said as the act allowed only for it with the act or the set in other words
// or the voice turned (`_bans-as-only.ts`). Twins that replace the act, widen or replace the
// condition, change its figure, soften the modal, turn the gate round or exchange the act and its
// condition are read as before. Two sentences joined, the second's subject a pronoun for the first's:
// not a remit widened (`reason-remit-widened.ts`) nor a condition narrowed (`reason-condition.ts`).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { banAsOnly, foldBansAsOnly } from './_bans-as-only.ts';
import { writeDeadlinesBeforeAsFloors } from './_deadlines-before.ts';
import { writeClockWords } from './_clock-words.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a ban outside a set or a condition, said as the act allowed only for it', () => {
  it('reads "to anyone other than / apart from S" as "only to S", the act in other words or in the passive', async () => {
    expect(await codes("Do not show the floor plans to anyone apart from the buyer's surveyor.", "The floor plans are shown only to the buyer's surveyor.")).toEqual([]);
    expect(await codes('Do not release personal effects to anyone other than the next of kin or the executor.', 'Personal effects are handed over only to the next of kin or the executor.')).toEqual([]);
  });

  it('reads "unless C" as "only if C" and a negated relative clause as the case that lifts the ban', async () => {
    expect(await codes('The ward must not discharge a patient unless a consultant has signed the discharge form.', 'A patient is released from the ward only if a consultant has signed the discharge form.')).toEqual([]);
    expect(await codes('Never pour concrete that has not been tested for slump.', 'Concrete is poured only once it has been tested for slump.')).toEqual([]);
    expect(await codes('Do not roster a driver on a route they have not been trained on.', 'Drivers are rostered only on routes they have been trained to drive.')).toEqual([]);
  });

  it('still reads the act replaced, the condition widened, replaced or changed, the modal softened, the gate turned round and the sides exchanged', async () => {
    expect(await codes("Do not show the floor plans to anyone apart from the buyer's surveyor.", "The floor plans are emailed only to the buyer's surveyor.")).toContain('negation-removed');
    expect(await codes('The ward must not discharge a patient unless a consultant has signed the discharge form.', 'A patient is released from the ward only if a doctor has signed the discharge form.')).toContain('negation-removed');
    expect(await codes('Never ship an order that has not been paid for in full.', 'An order is dispatched only once it has been paid for in part.')).toContain('negation-removed');
    expect(await codes('Never pour concrete that has not been tested for slump.', 'Concrete is poured only once it has been delivered to site.')).toContain('negation-removed');
    expect(await codes('Never pour concrete that has not been tested for slump.', 'Concrete should be poured only once it has been tested for slump.')).toContain('modal-weakened');
    expect(await codes('Lifeguards must not leave the tower until a relief lifeguard has arrived.', 'A lifeguard departs from the tower only until a relief lifeguard has arrived.')).toContain('negation-removed');
    expect(await codes('Crews must not fell trees near the road unless a banksman is in position.', 'A banksman is in position only when trees near the road are felled.')).toContain('negation-removed');
  });

  it('writes the ban in the "only" form in its own words, and leaves a ban it cannot read as it is', () => {
    expect(banAsOnly('Do not lend the projector to anyone other than teaching staff.')?.written).toBe('Lend the projector only to teaching staff.');
    expect(banAsOnly('Staff must not open the safe unless a manager is present.')?.written).toBe('Staff may open the safe only if a manager is present.');
    expect(banAsOnly('Never serve chicken that has not reached 75 °C.', 'Chicken is served only once it is hot.')?.written).toBe('Serve chicken only once it has reached 75 °C.');
    expect(banAsOnly('Do not let anyone into the hut apart from railway staff.')).toBeNull();
    expect(banAsOnly('Staff must not open the safe.')).toBeNull();
    const previous = 'Do not show the floor plans to anyone apart from the surveyor. Keep the keys in the safe.';
    expect(foldBansAsOnly(previous, 'The floor plans are emailed only to the surveyor. Keep the keys in the safe.', lexicon)[0]).toBe(previous);
  });
});

describe('two sentences joined, the second saying more of the first', () => {
  it('reads "X include A. They also include B." joined as "X include A and B", and a condition followed by the other sentence\'s predicate as no narrower case', async () => {
    expect(await codes('Quotes include fitting. They also include removal of old blinds.', 'Quotes include fitting and removal of old blinds.')).toEqual([]);
    expect(await codes('The welcome pack contains a site map. It also contains the fire procedure.', 'The welcome pack contains a site map and the fire procedure.')).toEqual([]);
    expect(await codes('The pump starts when the tank is full. It stops only when the float switch drops.', 'The pump starts when the tank is full and stops only when the float switch drops.')).toEqual([]);
  });

  it('still reads an item the other sentence did not give the remit, and a condition that took only part of the other sentence', async () => {
    expect(await codes('Tour tickets include entry to the castle. They exclude the audio guide.', 'Tour tickets include entry to the castle and the audio guide.')).toContain('scope-widened');
    expect(await codes('The welcome pack contains a site map. The safety pack contains the fire procedure.', 'The welcome pack contains a site map and the fire procedure.')).toContain('scope-widened');
    expect(await codes('The ferry leaves when the ramp is raised. It docks only when the harbour master signals.', 'The ferry leaves when the ramp is raised and the harbour master signals, and docks only when the harbour master signals.')).toContain('condition-narrowed');
  });
});

describe('"No <subject> is allowed" with a head and its of-phrase', () => {
  it('reads "No member of the public is allowed / may" as the ban, and still reads a figure, a case or the ban lifted', async () => {
    expect(await codes('Keep members of the public at least 5 metres from the crane.', 'No member of the public is allowed within 5 metres of the crane.')).toEqual([]);
    expect(await codes('Members of the public must not enter the plant room.', 'No member of the public may enter the plant room.')).toEqual([]);
    expect(await codes('Keep members of the public at least 5 metres from the crane.', 'No member of the public is allowed within 2 metres of the crane.')).toContain('number-changed');
    expect(await codes('Employees of the contractor are not allowed in the server room.', 'No employee of the contractor is allowed in the server room without an escort.')).toContain('condition-added');
    expect(await codes('Bottles of wine are not allowed in the dormitories.', 'One bottle of wine is permitted in the dormitories.')).toContain('negation-removed');
  });
});

describe('a hedge said by another of its kind, a modal in what a relative clause reports, "Help" as an imperative', () => {
  it('reads "usually" as "normally" and "where possible" as "if possible", and still reads a hedge of another kind', async () => {
    expect(await codes('Staff generally work in pairs on the night shift.', 'Staff usually work in pairs on the night shift.')).toEqual([]);
    expect(await codes('Check the pool chemistry where possible before opening.', 'Check the pool chemistry if possible before opening.')).toEqual([]);
    expect(await codes('Staff generally work in pairs on the night shift.', 'Staff sometimes work in pairs on the night shift.')).toContain('qualifier-added');
    expect(await codes('Use the service lift where necessary.', 'Use the service lift where possible.')).toContain('qualifier-added');
  });

  it('reads "Anyone who says they can smell smoke is told to leave" as no grant, and still reads the rule\'s own "can" after it', async () => {
    expect(await codes('If a caller smells smoke, tell them to leave the building.', 'Anyone who says they can smell smoke is told to leave the building.')).toEqual([]);
    expect(await codes('If a caller smells smoke, tell them to leave the building.', 'Anyone who says they can smell smoke can be told to leave the building.')).toContain('modal-weakened');
  });

  it('reads "Help customers understand ..." as an imperative, and still reads it made a possibility', async () => {
    expect(await codes('Explain the refund policy to customers and how long a refund usually takes.', 'Help customers understand the refund policy and how long a refund normally takes.')).toEqual([]);
    expect(await codes('Explain the refund policy to customers.', 'Customers can be helped to understand the refund policy.')).toContain('modal-weakened');
  });
});

describe('a deadline a span before an event said as "up to" or "no later than" that span', () => {
  it('reads "up to 48 hours before" and "no later than 48 hours before" as "at least 48 hours before"', async () => {
    expect(await codes('Bookings can be cancelled up to 48 hours before the class.', 'Bookings can be cancelled at least 48 hours before the class.')).toEqual([]);
    expect(await codes('Submit the risk assessment at least five working days before the event.', 'Submit the risk assessment no later than five working days before the event.')).toEqual([]);
    expect(writeDeadlinesBeforeAsFloors('Refunds up to 2 hours after the flight, changes up to 24 hours before it.')).toBe('Refunds up to 2 hours after the flight, changes at least 24 hours before it.');
  });

  it('reads "at most 48 hours before" as another deadline, and a later deadline in a permission as a loosening', async () => {
    expect(await codes('Bookings can be cancelled up to 48 hours before the class.', 'Bookings can be cancelled at most 48 hours before the class.')).toContain('order-changed');
    expect(await codes('Bookings can be cancelled up to 48 hours before the class.', 'Bookings can be cancelled up to 24 hours before the class.')).toContain('number-changed');
    expect(await codes('Crew must book on at least 2 hours before the first train.', 'Crew must book on no later than 1 hour before the first train.')).toContain('number-changed');
  });
});

describe('a bound on a fraction of an amount after a negated verb', () => {
  it('reads "must not work more than half a day" as "more than 12 hours" was read, and still reads a cap raised or turned round', async () => {
    expect(await codes('Guests must not stay longer than 12 hours in the day room.', 'Guests must not stay longer than half a day in the day room.')).toEqual([]);
    expect(await codes('Keepers must not work more than 6 hours in any shift.', 'Keepers must not work more than half a day in any shift.')).toContain('number-changed');
    expect(await codes('Keepers must not work more than 12 hours in any shift.', 'Keepers must not work less than half a day in any shift.')).toContain('order-changed');
  });
});

describe('a time of day said in words with its half of the day', () => {
  it('reads "half past four in the morning" as 04:30 and "a quarter to seven in the evening" as 6:45 p.m., and still reads another time', async () => {
    expect(writeClockWords('at a quarter to seven in the evening, or twelve at night')).toBe('at 6:45 p.m., or 12 a.m.');
    expect(await codes('The gates open at 06:15 for deliveries.', 'The gates open at a quarter past six in the morning for deliveries.')).toEqual([]);
    expect(await codes('Last orders are taken at 6:45 p.m.', 'Last orders are taken at a quarter to seven in the evening.')).toEqual([]);
    expect(await codes('Lock the main doors at 21:00.', 'Lock the main doors at eleven o\'clock at night.')).toContain('number-changed');
    expect(await codes('The gates open at 06:15 for deliveries.', 'The gates open at a quarter past six in the evening for deliveries.')).toContain('number-changed');
  });
});
