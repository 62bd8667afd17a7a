// Round 27a (issue 11: false flags of v28 and v29, a rule said another way): a ban lifted by a
// condition said as the act allowed "only" in that case, the act in another form (`_only-gates.ts`);
// a ban beyond a figure said as the grant its cap limits (`_bounds-other-side.ts`). Twins that
// replace or widen the condition, narrow the act, exchange its two sides, turn the gate round, drop
// the cap or add doers or a case beside it are read as before.
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { foldOnlyGates } from './_only-gates.ts';
import { foldNegativeClauses } from './_negative-clauses.ts';
import { countNamesItsList } from './_counted-lists.ts';
import { sayInvertedConditionsAsIf } from './_inverted-conditions.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a ban lifted by a condition, said as the act allowed only in that case', () => {
  it('reads "only while / when / with" and an "Only <people> who ..." subject as the ban, the doer left out or the act a gerund that happens', async () => {
    expect(await codes('Staff must not serve alcohol at the bar unless a personal licence holder is on duty.', 'Alcohol is served at the bar only while a personal licence holder is on duty.')).toEqual([]);
    expect(await codes('Crews must not fell trees near the road unless a banksman is in position.', 'Felling trees near the road happens only when a banksman is in position.')).toEqual([]);
    expect(await codes('Pupils must not use the kiln room unless a teacher is supervising.', 'Pupils use the kiln room only while a teacher supervises them.')).toEqual([]);
    expect(await codes('Do not lift a patient without a hoist.', 'A patient is lifted only with a hoist.')).toEqual([]);
  });

  it('reads the ban as the duty its condition becomes whenever the act is done, and still reads that duty softened or the case narrowed', async () => {
    expect(await codes('Climbers must not lead a route unless a partner is belaying.', 'Whenever a climber leads a route, a partner must be belaying.')).toEqual([]);
    expect(await codes('Do not weld in the workshop unless the extractor fan is running.', 'If anyone welds in the workshop, the extractor fan must be running.')).toEqual([]);
    expect(await codes('Climbers must not lead a route unless a partner is belaying.', 'Whenever a climber leads a route, a partner should be belaying.')).toContain('negation-removed');
    expect(await codes('Climbers must not lead a route unless a partner is belaying.', 'Whenever a climber leads an outdoor route, a partner must be belaying.')).toContain('negation-removed');
    expect(await codes('Staff must not lift a patient unless a second carer is present.', 'Whenever a second carer is present, staff have to lift a patient.')).toContain('negation-removed');
  });

  it('reads a ban on what a negated relative clause picks out as the act allowed only if the clause holds', async () => {
    expect(await codes("The residents' committee does not discuss motions that are not on the agenda.", 'A motion is discussed only if it is on the agenda.')).toEqual([]);
    expect(await codes('Do not sell tickets to guests who are not on the guest list.', 'Tickets are sold to guests only if they are on the guest list.')).toEqual([]);
  });

  it('writes the new sentence as the old one only when both sides of the gate keep their words', () => {
    const previous = 'Staff must not open the cash drawer unless a manager is present. Count the float at noon.';
    expect(foldOnlyGates(previous, 'The cash drawer is opened only while a manager is present. Count the float at noon.')).toBe(previous);
    expect(foldOnlyGates(previous, 'The cash drawer is opened only while a manager or a supervisor is present. Count the float at noon.')).not.toBe(previous);
  });

  it('still reads a condition replaced or widened, the act narrowed, the sides exchanged, the gate turned round and no "only"', async () => {
    expect(await codes('Staff must not serve alcohol at the bar unless a personal licence holder is on duty.', 'Alcohol is served at the bar only while a personal licence holder is on call.')).toContain('negation-removed');
    expect(await codes('Staff must not open the cash drawer unless a manager is present.', 'The cash drawer is opened only while a manager or a supervisor is present.')).toContain('negation-removed');
    expect(await codes('Crews must not fell trees near the road unless a banksman is in position.', 'Felling large trees near the road happens only when a banksman is in position.')).toContain('negation-removed');
    expect(await codes('Crews must not fell trees near the road unless a banksman is in position.', 'A banksman is in position only when trees near the road are felled.')).toContain('negation-removed');
    expect(await codes("Divers must not enter the water until the boat's engine has been switched off.", "Divers enter the water only before the boat's engine has been switched off.")).toContain('negation-removed');
    expect(await codes('Pupils must not use the kiln room unless a teacher is supervising.', 'Pupils use the kiln room only while a teacher is in the building.')).toContain('negation-removed');
    expect(await codes("The residents' committee does not discuss motions that are not on the agenda.", 'A motion is discussed if it is on the agenda.')).toContain('negation-removed');
  });
});

describe('a ban beyond a figure, said as the grant its cap limits', () => {
  it('reads "can bring 2 bags at most", "at most 4 books", "up to 4 books" as the ban on more', async () => {
    expect(await codes('Guests must not bring more than 2 bags.', 'Each guest can bring 2 bags at most.')).toEqual([]);
    expect(await codes('Pupils may not borrow more than 4 books at a time.', 'A pupil can borrow at most 4 books at a time.')).toEqual([]);
    expect(await codes('Pupils may not borrow more than 4 books at a time.', 'A pupil can borrow up to 4 books at a time.')).toEqual([]);
    expect(await codes('Visitors may not stay longer than 20 minutes.', 'Visitors can stay for 20 minutes at the most.')).toEqual([]);
  });

  it('reads "5 working days at most" as a bound on the figure, and "most deliveries" still as some of them', async () => {
    expect(await codes('Deliveries take up to 5 working days.', 'A delivery takes 5 working days at most.')).toEqual([]);
    expect(await codes('Deliveries take up to 5 working days.', 'Most deliveries take up to 5 working days.')).toContain('scope-narrowed');
  });

  it('still reads the grant with no cap, the side turned, the figure moved, doers picked out and a case added beside the cap', async () => {
    expect(await codes('Guests must not bring more than 2 bags.', 'Each guest can bring 2 bags.')).toContain('modal-weakened');
    expect(await codes('Guests must not bring more than 2 bags.', 'Each guest can bring at least 2 bags.')).toContain('order-changed');
    expect(await codes('Guests must not bring more than 2 bags.', 'Each guest can bring 3 bags at most.')).toContain('number-changed');
    expect(await codes('Guests must not bring more than 2 bags.', 'Guests under 12 can bring 2 bags at most.')).toContain('modal-weakened');
    expect(await codes('Pupils may not borrow more than 4 books at a time.', 'Pupils in year 6 can borrow up to 4 books at a time.')).toContain('modal-weakened');
    expect(await codes('Pupils may not borrow more than 4 books at a time.', 'A pupil can borrow up to 4 books at a time, or more in the holidays.')).toContain('modal-weakened');
  });
});

describe('benign variants read as the clause they restate', () => {
  it('keeps each joined clause its own polarity when split in two, and still reads a clause that lost its own negation', async () => {
    expect(await codes('Dogs are not allowed on the beach, and owners must clean up after them on the promenade.', 'Dogs are not allowed on the beach. Owners must clean up after them on the promenade.')).toEqual([]);
    expect(await codes('Food is not allowed in the library, and readers must not leave bags at the issue desk.', 'Food is not allowed in the library. Readers must leave bags at the issue desk.')).toContain('negation-removed');
  });

  it('leaves standing a complement the adjective\'s version says after its noun, and still reads the negation dropped', async () => {
    expect(foldNegativeClauses('Unclaimed prizes at the raffle desk are redrawn 10 minutes before closing.', 'Prizes that have not been claimed at the raffle desk are redrawn 10 minutes before closing.')[1]).toBe('Unclaimed prizes at the raffle desk are redrawn 10 minutes before closing.');
    expect(foldNegativeClauses('Unsealed bait must not be left out.', 'Bait that is not sealed in a box must not be left out.')[1]).toBe('Unsealed bait must not be left out.');
    expect(await codes('Unclaimed prizes at the raffle desk are redrawn 10 minutes before closing.', 'Prizes that have been claimed at the raffle desk are redrawn 10 minutes before closing.')).toContain('negation-removed');
  });

  it('reads a count naming its list said as the list, and still reads an item dropped or the items made alternatives', async () => {
    expect(await codes('Applicants must bring two documents to the interview: their passport and a recent utility bill.', 'Applicants must bring to the interview:\n- their passport\n- a recent utility bill')).toEqual([]);
    expect(countNamesItsList({ text: 'three things', value: 3 }, 'Check three things before each flight: the fuel level, the tyre pressure and the weather report.', 'Before each flight, check:\n- the fuel level\n- the tyre pressure')).toBe(false);
    expect(await codes('Applicants must bring two documents to the interview: their passport and a recent utility bill.', 'Applicants must bring their passport or a recent utility bill to the interview.')).toContain('number-changed');
  });

  it('reads "Should <subject> <verb> ..., " and "Were <subject> to ..., " as an if-clause, and still reads the rule\'s own modal weakened', async () => {
    expect(sayInvertedConditionsAsIf('Should the alarm sound, leave the building. Should staff wear gloves?')).toBe('If the alarm sound, leave the building. Should staff wear gloves?');
    expect(await codes('If a guest complains about the noise, apologise and offer a room change.', 'Should a guest complain about the noise, apologise and offer a room change.')).toEqual([]);
    expect(await codes('If a pupil feels faint during the exam, a teacher must take them outside.', 'Were a pupil to feel faint during the exam, a teacher must take them outside.')).toEqual([]);
    expect(await codes('If a passenger seems unwell during a journey, the driver must call 999.', 'Should a passenger seem unwell during a journey, the driver should call 999.')).toContain('modal-weakened');
  });
});

describe('a ban said as "No <subject> is allowed"', () => {
  it('reads it as the prohibition, also after "Apart from ...," or "Absolutely", and still reads the ban dropped or a case added', async () => {
    expect(await codes('Bikes are not allowed on the towpath after dark.', 'No bike is allowed on the towpath after dark.')).toEqual([]);
    expect(await codes("Horses are not allowed anywhere in the orchard, except the farrier's pony.", "Apart from the farrier's pony, no horse is allowed in any part of the orchard.")).toEqual([]);
    expect(await codes('No food or drink is allowed in the fitting rooms.', 'Absolutely no food or drink is allowed in the fitting rooms, not even a glass of water.')).toEqual([]);
    expect(await codes('Bikes are not allowed on the towpath after dark.', 'Bikes are allowed on the towpath after dark.')).toContain('negation-removed');
    expect(await codes('Bikes are not allowed on the towpath after dark.', 'No bike is allowed on the towpath after dark unless it has lights.')).toContain('condition-added');
  });
});
