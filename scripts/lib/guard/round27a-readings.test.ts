// Round 27a (issue 11: false flags of v28 and v29, a rule said another way): a ban lifted by a
// condition said as the act allowed "only" in that case, the act in another form (`_only-gates.ts`);
// a ban beyond a figure said as the grant its cap limits (`_bounds-other-side.ts`). Twins that
// replace or widen the condition, narrow the act, exchange its two sides, turn the gate round, drop
// the cap or add doers or a case beside it are read as before.
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { foldOnlyGates } from './_only-gates.ts';
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
