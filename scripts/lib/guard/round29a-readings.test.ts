// Round 29a (issue 11: false flags of v30-v33, a rule said another way): a ban whose things are
// picked out by a negated relative clause ("anyone who is not", "whose <part> has not", "who
// cannot") said with "only" (`_bans-as-only.ts`). Twins that widen or replace the set, change its
// figure or drop "only" are read as before.
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { banAsOnly } from './_bans-as-only.ts';
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
