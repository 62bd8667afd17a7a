// Round 36b (issue 11): a ban said as a relation the rule keeps (round 32a's `_frame-relations.ts`:
// the thing kept or withheld from a party, a place closed to it), read where it escaped by form: a
// subject opened by a possessive whose next word the tagger reads as a verb, a case opening the
// sentence, "stays withheld". Each beside twins that regress; one kind is also driven through a
// real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readClause } from './_clause-reading.ts';
import { OPEN_ACTS, restateByRelation } from './_frame-relations.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a subject opened by a possessive', () => {
  it('reads the word after the possessive as part of the subject, not as its verb', () => {
    const tagger = lexicon.tagger!;
    expect(readClause("The donor's home address is withheld from researchers.", tagger)).toMatchObject({ subject: ['The', "donor's", 'home', 'address'], verb: 'withheld' });
    expect(readClause("Each party's contact details are kept from the other party.", tagger)).toMatchObject({ subject: ['Each', "party's", 'contact', 'details'], verb: 'kept' });
    expect(restateByRelation("The referee's incident notes stay withheld from riders.", tagger)[0]).toBe(`Do not ${OPEN_ACTS.pass} the referee's incident notes to riders.`);
  });

  it('reads the thing kept or withheld from the party as the ban, and flags the party replaced or the thing given', async () => {
    expect(await codes("Do not tell researchers the donor's home address.", "The donor's home address is withheld from researchers.")).toEqual([]);
    expect(await codes("Never tell a crew the umpire's draft ranking.", "The umpire's draft ranking is kept from crews.")).toEqual([]);
    expect(await codes("Do not tell researchers the donor's home address.", "The donor's home address is withheld from journalists.")).toContain('negation-removed');
    expect(await codes("Do not give riders the referee's incident notes.", "The referee's incident notes are given to riders.")).toContain('negation-removed');
    expect(await codes("Never tell a crew the umpire's draft ranking.", "The umpire's draft ranking is kept from crews until the final.")).toContain('negation-removed');
  });
});

describe('a case opening the sentence said by a relation', () => {
  it('restates the relation with the case after it, where a requirement frame reads a case', () => {
    expect(restateByRelation('Outside supervised visits, the tape vault is closed to members of the public.', lexicon.tagger!)).toEqual([`members of the public must not ${OPEN_ACTS.enter} the tape vault outside supervised visits.`]);
  });

  it('reads the place closed to the party in that case as the ban, and flags the case or the party replaced', async () => {
    expect(await codes('Members of the public must not enter the tape vault outside supervised visits.', 'Outside supervised visits, the tape vault is closed to members of the public.')).toEqual([]);
    expect(await codes('Staff must not let guests into the ice bar before 9 pm.', 'Before 9 pm, the ice bar stays closed to guests.')).toEqual([]);
    expect(await codes('Members of the public must not enter the tape vault outside supervised visits.', 'During supervised visits, the tape vault is closed to members of the public.')).toContain('negation-removed');
    expect(await codes('Staff must not let guests into the ice bar before 9 pm.', 'Before 9 pm, the ice bar stays open to guests.')).toContain('negation-removed');
    expect(await codes('Spectators must not enter the pits area during a race.', 'During a race, the pits area stays closed to mechanics.')).toContain('negation-removed');
  });
});
