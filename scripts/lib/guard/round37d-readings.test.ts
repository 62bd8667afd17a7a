// Round 37d (issue 11): the tuning set's and the read sets' misses read as classes. A set an
// exclusive rule keeps its act to widened while the rule is said in another form ("Only X may" ->
// "... is restricted to X and Y"); a figure in a right the people served hold cut, which the number
// reading read as a cap lowered. Each beside a twin that keeps the rule; both through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { exclusiveSet } from './reason-exclusive-set-widened.ts';
import { grantsARightReceived } from './_benefit-bounds.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('the set an exclusive rule keeps its act to, read in each form', () => {
  it('reads the set after "only", "restricted to", "anyone other than", "anyone who is not" and before a closing "only"', () => {
    expect(exclusiveSet('Only instructors may rig the sand yachts.')?.set).toEqual(['instructors']);
    expect(exclusiveSet('Rigging the sand yachts is restricted to instructors and their trainees.')?.set).toEqual(['instructors', 'and', 'their', 'trainees']);
    expect(exclusiveSet("Do not hand a llama's lead rope to anyone other than an adult trekker.")?.set).toEqual(['an', 'adult', 'trekker']);
    expect(exclusiveSet('Never hire out a segway to anyone who is not a booked rider.')?.set).toEqual(['a', 'booked', 'rider']);
    expect(exclusiveSet('Segways are hired out to booked riders and their friends only.')?.set).toEqual(['booked', 'riders', 'and', 'their', 'friends']);
  });

  it('reads no set in an "only" gate', () => {
    expect(exclusiveSet('The study may start only after the committee and the sponsor have approved it.')).toBeNull();
    expect(exclusiveSet('Quote the fixed price only once all three are known.')).toBeNull();
  });
});

describe('a set an exclusive rule keeps to, widened in another form', () => {
  it('flags an item added or a qualifier made optional, and passes the same set said in the other form', async () => {
    expect(await codes('Only instructors may rig the sand yachts.', 'Rigging the sand yachts is restricted to instructors and their trainees.')).toContain('scope-widened');
    expect(await codes('Only instructors may rig the sand yachts.', 'Rigging the sand yachts is restricted to instructors.')).toEqual([]);
    expect(await codes('Never hire out a segway to anyone who is not a booked rider.', 'Segways are hired out to booked riders and their friends only.')).toContain('scope-widened');
    expect(await codes('Never hire out a segway to anyone who is not a booked rider.', 'Segways are hired out to booked riders only.')).toEqual([]);
    expect(await codes('Only drivers holding a rickshaw permit may carry passengers on the promenade.', 'Carrying passengers on the promenade is limited to drivers, with or without a rickshaw permit.')).toContain('scope-widened');
    expect(await codes('Only drivers holding a rickshaw permit may carry passengers on the promenade.', 'Carrying passengers on the promenade is limited to drivers who hold a rickshaw permit.')).toEqual([]);
  });
});

describe('a figure in a right the people served hold', () => {
  it('reads a right received or a remedy, not a cap on what the rule\'s own people may do or hand out', () => {
    expect(grantsARightReceived('riders may return a faulty segway helmet within 30 days for a full refund.')).toBe(true);
    expect(grantsARightReceived('a rickshaw driver gets a 20-minute paid break for every 4 hours on the road.')).toBe(true);
    expect(grantsARightReceived('refunds for accidental renewals are allowed within 14 days of the charge.')).toBe(true);
    expect(grantsARightReceived('trek leaders may accept tips of up to £20 from a group.')).toBe(false);
    expect(grantsARightReceived('yacht instructors can offer a discount of up to 15% to a returning group.')).toBe(false);
    expect(grantsARightReceived('refunds must be issued within 30 days of purchase.')).toBe(false);
  });

  it('flags the right cut and passes a cap lowered', async () => {
    expect(await codes('Riders may return a faulty segway helmet within 30 days for a full refund.', 'Riders may return a faulty segway helmet within 7 days for a full refund.')).toContain('number-changed');
    expect(await codes('Sand-yacht club guests can claim a refund of up to £40 if the wind drops before their session.', 'Sand-yacht club guests can claim a refund of up to £15 if the wind drops before their session.')).toContain('number-changed');
    expect(await codes('Trek leaders may accept tips of up to £20 from a group.', 'Trek leaders may accept tips of up to £10 from a group.')).toEqual([]);
    expect(await codes('Yacht instructors can offer a discount of up to 15% to a returning group.', 'Yacht instructors can offer a discount of up to 10% to a returning group.')).toEqual([]);
  });
});
