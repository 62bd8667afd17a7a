// A whole demand reworded behind the verb alone (session 22, guard28d): round 27b took the words two
// replaced stretches share for frame whenever the sentence's opening was kept, and an opening of the
// verb alone ("Tell ...") keeps no one the act is done to, so v13's faithful "Tell the customer the
// full deposit amount before they sign the rental agreement" -> "Let the renter know the complete
// security deposit prior to their signing the hire contract" read as a demand replaced. Those shared
// words now count as said again; the act and its receiver replaced around two kept words still flag.
import { describe, expect, it } from 'vitest';
import { demandStretchReplaced } from './reason-demand-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a demand reworded behind the verb alone', () => {
  it('keeps a rewording whose shared words are what any rewording keeps', async () => {
    expect(await flagging('Tell the customer the full deposit amount before they sign the rental agreement.', 'Let the renter know the complete security deposit prior to their signing the hire contract.')).toEqual([]);
    expect(await flagging('Tell the member the full joining fee before they sign the membership form.', 'Let the newcomer know the complete joining cost prior to their signing the application.')).toEqual([]);
    expect(demandStretchReplaced('Tell the customer the full deposit amount before they sign the rental agreement.', 'Tell the renter the complete security deposit prior to their signing the hire contract.', lexicon)).toBeNull();
  });

  it('flags the act and whom it is for replaced around two kept words', async () => {
    expect(await flagging('Remind guests to return their room keys at checkout.', 'Remind staff to photograph the room keys at the desk.')).toContain('semantic-drift');
    expect(await flagging('Ask volunteers to sign the safeguarding register on arrival.', 'Ask parents to photograph the safeguarding register for the newsletter.')).toContain('semantic-drift');
    expect(await flagging('Remind campers to pack the tent pegs before departure.', 'Remind leaders to count the tent pegs at the campsite.')).toContain('semantic-drift');
    // Round 27b's own: an opening of the act and its receiver makes the shared words frame.
    expect(await flagging('Remind travellers to bring their vaccination record to the appointment.', 'Remind travellers to keep their vaccination record with their passport.')).toContain('semantic-drift');
  });
});
